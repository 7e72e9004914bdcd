package debris

import (
	"errors"
	"math"
)

// Example is one candidate line as the classifier sees it, for training.
type Example struct {
	Text     string
	Line     int // index among the text's non-blank lines
	Features [numFeatures]float64
}

// Train fits the weights of a logistic regression to examples labelled
// debris (true) or content, by Newton's method with an L2 penalty. The
// examples are visited in the order given and every step is plain
// arithmetic, so the same examples give the same weights bit for bit. The
// thresholds of the returned model are left at zero for the caller to set.
func Train(xs [][numFeatures]float64, debris []bool, l2 float64) (*Model, error) {
	if len(xs) != len(debris) || len(xs) == 0 {
		return nil, errors.New("train: need as many labels as examples, and some")
	}
	const n = numFeatures
	var w [n]float64
	for iter := 0; iter < maxNewtonSteps; iter++ {
		var grad [n]float64
		var hess [n][n]float64
		for k := range xs {
			x := &xs[k]
			z := 0.0
			for i := range n {
				z += w[i] * x[i]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if debris[k] {
				y = 1
			}
			g, h := p-y, p*(1-p)
			for i := range n {
				if x[i] == 0 {
					continue
				}
				grad[i] += g * x[i]
				hx := h * x[i]
				for j := i; j < n; j++ {
					hess[i][j] += hx * x[j]
				}
			}
		}
		for i := range n {
			for j := 0; j < i; j++ {
				hess[i][j] = hess[j][i]
			}
			penalty := l2
			if i == fBias {
				penalty = 1e-9 // the intercept is not shrunk
			}
			grad[i] += penalty * w[i]
			hess[i][i] += penalty
		}
		step, err := solve(hess, grad)
		if err != nil {
			return nil, err
		}
		biggest := 0.0
		for i := range n {
			w[i] -= step[i]
			biggest = max(biggest, math.Abs(step[i]))
		}
		if biggest < 1e-10 {
			break
		}
	}
	return &Model{weights: w}, nil
}

const maxNewtonSteps = 50

// solve returns x with a·x = b by Gaussian elimination with partial
// pivoting; a is positive definite here, so a pivot of zero is a bug.
func solve(a [numFeatures][numFeatures]float64, b [numFeatures]float64) ([numFeatures]float64, error) {
	const n = numFeatures
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return b, errors.New("train: singular system")
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			if f == 0 {
				continue
			}
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	var x [numFeatures]float64
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x, nil
}

// NumFeatures is the length of a feature vector.
const NumFeatures = numFeatures

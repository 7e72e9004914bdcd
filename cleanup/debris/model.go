package debris

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"math"
	"strconv"
	"strings"
)

// Model is the line classifier's learned weights and the thresholds that
// turn its probability into a decision. It is data (assets/debris/model.tsv),
// written by `go run ./cleanup/debris/cmd/train`.
type Model struct {
	weights [numFeatures]float64
	// Apply: at the head or tail, a line this likely to be debris is removed.
	Apply float64
	// Suggest: from here up to Apply the removal is only suggested.
	Suggest float64
	// ApplyMid: between paragraphs a line must be this likely to go;
	// from Apply up to it the removal is suggested.
	ApplyMid float64
}

// prob is the model's probability that a line with features x is debris.
func (m *Model) prob(x *[numFeatures]float64) float64 {
	z := 0.0
	for i, w := range m.weights {
		z += w * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// Weight is the learned weight of a named feature.
func (m *Model) Weight(name string) float64 {
	for i, n := range featureNames {
		if n == name {
			return m.weights[i]
		}
	}
	return 0
}

// LoadModel reads a model file: "weight<TAB>feature<TAB>value" and
// "threshold<TAB>name<TAB>value" rows, "#" comments. Every feature and
// threshold must be given exactly once.
func LoadModel(fsys fs.FS, name string) (*Model, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("debris model: %w", err)
	}
	defer f.Close()
	m, err := ReadModel(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// ReadModel reads a model from r; errors name the line.
func ReadModel(r io.Reader) (*Model, error) {
	m := &Model{}
	thresholds := map[string]*float64{"apply": &m.Apply, "suggest": &m.Suggest, "apply_mid": &m.ApplyMid}
	index := map[string]int{}
	for i, n := range featureNames {
		index[n] = i
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		row := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(row) == "" || strings.HasPrefix(row, "#") {
			continue
		}
		cols := strings.Split(row, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("line %d: want 3 tab-separated columns (kind, name, value), got %d", n, len(cols))
		}
		v, err := strconv.ParseFloat(cols[2], 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("line %d: value %q is not a number", n, cols[2])
		}
		key := cols[0] + " " + cols[1]
		if seen[key] {
			return nil, fmt.Errorf("line %d: %s %q given twice", n, cols[0], cols[1])
		}
		seen[key] = true
		switch cols[0] {
		case "weight":
			i, ok := index[cols[1]]
			if !ok {
				return nil, fmt.Errorf("line %d: unknown feature %q", n, cols[1])
			}
			m.weights[i] = v
		case "threshold":
			p, ok := thresholds[cols[1]]
			if !ok {
				return nil, fmt.Errorf("line %d: unknown threshold %q", n, cols[1])
			}
			if v <= 0 || v >= 1 {
				return nil, fmt.Errorf("line %d: threshold %s=%v is not a probability", n, cols[1], v)
			}
			*p = v
		default:
			return nil, fmt.Errorf("line %d: kind %q: want weight or threshold", n, cols[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, name := range featureNames {
		if !seen["weight "+name] {
			return nil, fmt.Errorf("no weight for feature %q", name)
		}
	}
	for name := range thresholds {
		if !seen["threshold "+name] {
			return nil, fmt.Errorf("no threshold %q", name)
		}
	}
	if !(m.Suggest <= m.Apply && m.Apply <= m.ApplyMid) {
		return nil, fmt.Errorf("thresholds must rise: suggest %v <= apply %v <= apply_mid %v", m.Suggest, m.Apply, m.ApplyMid)
	}
	return m, nil
}

// WriteTSV writes the model in the form ReadModel reads, thresholds first.
func (m *Model) WriteTSV(w io.Writer, header string) error {
	b := bufio.NewWriter(w)
	for _, l := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		fmt.Fprintf(b, "# %s\n", l)
	}
	fmt.Fprintf(b, "threshold\tapply\t%s\n", num(m.Apply))
	fmt.Fprintf(b, "threshold\tsuggest\t%s\n", num(m.Suggest))
	fmt.Fprintf(b, "threshold\tapply_mid\t%s\n", num(m.ApplyMid))
	for i, n := range featureNames {
		fmt.Fprintf(b, "weight\t%s\t%s\n", n, num(m.weights[i]))
	}
	return b.Flush()
}

// num prints a weight with enough digits and none of the noise.
func num(v float64) string { return strconv.FormatFloat(v, 'f', 6, 64) }

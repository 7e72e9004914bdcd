package namekey

import (
	"slices"
	"strings"
)

// Diff is one letter-level difference between two spellings with equal
// keys: From is what the text has, To what the reference has.
type Diff struct {
	From, To string
	Route    string // arabic, russian, turkish, german, french, spanish or spelling
}

// Diffs lists how spelling from differs from spelling to, letter class by
// letter class, with the route that explains each difference. It returns
// ok=false when the keys differ.
func (t *Table) Diffs(from, to string) (diffs []Diff, ok bool) {
	ft, tt := Split(from), Split(to)
	ft, tt = t.dropVanishing(ft), t.dropVanishing(tt)
	if len(ft) != len(tt) {
		return nil, false
	}
	for i := range ft {
		a, b, found := t.aligned(ft[i], tt[i])
		if !found {
			return nil, false
		}
		for j := range a {
			if a[j].raw != b[j].raw {
				r := route(a[j].routes, b[j].routes)
				if b[j].second && len(b[j].routes) > 0 {
					r = b[j].routes[len(b[j].routes)-1] // the second reading names its route
				}
				diffs = append(diffs, Diff{From: a[j].raw, To: b[j].raw, Route: r})
			}
		}
	}
	return diffs, true
}

// aligned finds readings of two tokens with the same key, the primary
// readings first.
func (t *Table) aligned(from, to string) (a, b []segment, ok bool) {
	as, bs := t.Choices(from), t.Choices(to)
	for _, a := range as {
		for _, b := range bs {
			if sameSyms(a, b) {
				return a, b, true
			}
		}
	}
	return nil, nil, false
}

func sameSyms(a, b []segment) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].sym != b[i].sym {
			return false
		}
	}
	return true
}

// Diffs uses the default table.
func Diffs(from, to string) ([]Diff, bool) { return Default().Diffs(from, to) }

// Routes names the routes behind a set of differences, most frequent
// first ("arabic", "russian" …), without repeats.
func Routes(diffs []Diff) []string {
	count := map[string]int{}
	var order []string
	for _, d := range diffs {
		if count[d.Route] == 0 {
			order = append(order, d.Route)
		}
		count[d.Route]++
	}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && count[order[j]] > count[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	return order
}

func (t *Table) dropVanishing(toks []string) []string {
	out := toks[:0:0]
	for _, tok := range toks {
		if t.Token(tok) != "" {
			out = append(out, tok)
		}
	}
	return out
}

func (t *Table) tokenSegments(tok string) []segment {
	lower := strings.ToLower(tok)
	if p, ok := t.particles[lower]; ok {
		segs := make([]segment, len(p.key))
		for i := range segs {
			segs[i] = segment{raw: lower, sym: p.key[i]}
		}
		return segs
	}
	return t.segments(lower)
}

// route picks the route that explains the text's spelling a: one only
// a's letters have (w is German, ï French), else one both share, in the
// order a lists them; failing that, any route either has.
func route(a, b []string) string {
	for _, r := range a {
		if r != "base" && r != "spelling" && !slices.Contains(b, r) {
			return r
		}
	}
	for _, r := range a {
		if slices.Contains(b, r) {
			return r
		}
	}
	for _, r := range append(a, b...) {
		if r != "base" {
			return r
		}
	}
	return "spelling"
}

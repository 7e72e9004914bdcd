// Package evalset measures the name matcher of cleanup/variants on the
// team's name corpus (shared/corpus/names) and on Copydesk's own pairs.
package evalset

import (
	"embed"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

//go:embed pairs/*.tsv
var pairs embed.FS

// Matcher says whether two spellings are one name.
type Matcher func(a, b string) bool

// Row is one line of the report.
type Row struct {
	Set     string
	Measure string // precision or recall
	Hits, N int
	Target  float64 // 0 when the row is for information only
	Misses  []string
}

// Value is Hits/N.
func (r Row) Value() float64 {
	if r.N == 0 {
		return 0
	}
	return float64(r.Hits) / float64(r.N)
}

// Pass reports whether the row reaches its target.
func (r Row) Pass() bool { return r.Value() >= r.Target }

// Run measures the matcher. corpus is shared/corpus/names; its sets are
// skipped (and reported missing) when it is absent.
func Run(corpus string, match Matcher) ([]Row, error) {
	rig, err := readRigour(filepath.Join(corpus, "rigour", "name_comparison_cases.csv"))
	if err != nil {
		return nil, err
	}
	distinct, err := readPairs("pairs/distinct.tsv")
	if err != nil {
		return nil, err
	}
	own, err := readPairs("pairs/translit.tsv")
	if err != nil {
		return nil, err
	}
	gaddafi, err := readColumn(filepath.Join(corpus, "curated", "gaddafi_variants.tsv"))
	if err != nil {
		return nil, err
	}
	topo, err := readToponyms(filepath.Join(corpus, "curated", "ua_toponyms_ru_vs_ua.tsv"))
	if err != nil {
		return nil, err
	}

	// Precision: of the pairs the matcher merges, how many are one name.
	// The negatives are rigour's labelled non-matches and our distinct
	// people; the positives that count are rigour's labelled matches.
	prec := Row{Set: "rigour person pairs + own distinct people", Measure: "precision", Target: 0.98}
	rej := Row{Set: "rigour non-matches + own distinct people", Measure: "kept apart", Target: 0.98}
	for _, p := range append(rig, distinct...) {
		if !match(p.a, p.b) {
			if !p.same {
				rej.Hits++
			}
			if !p.same {
				rej.N++
			}
			continue
		}
		prec.N++
		if p.same {
			prec.Hits++
		} else {
			prec.Misses = append(prec.Misses, p.a+" ~ "+p.b)
			rej.N++
		}
	}
	rows := []Row{prec, rej}

	rows = append(rows, recall("own transliteration pairs (ru/uk, arabic, german)", own, match, 0.9))
	rows = append(rows, recall("ua toponyms ru vs ua, renamings excluded", topo, match, 0.9))
	g := Row{Set: "Gaddafi spellings vs Muammar Gaddafi", Measure: "recall", Target: 0.9}
	for _, v := range gaddafi {
		ref := "Muammar Gaddafi"
		if !strings.ContainsAny(v, " ") {
			ref = "Gaddafi" // a surname alone joins through the full name
		}
		g.N++
		if match(v, ref) {
			g.Hits++
		} else {
			g.Misses = append(g.Misses, v)
		}
	}
	rows = append(rows, g)
	var same []pair
	for _, p := range rig {
		if p.same && comparable(p.a, p.b) {
			same = append(same, p)
		}
	}
	rows = append(rows, recall("rigour matches, Latin, same word count (info)", same, match, 0))
	return rows, nil
}

func recall(set string, ps []pair, match Matcher, target float64) Row {
	r := Row{Set: set, Measure: "recall", Target: target}
	for _, p := range ps {
		r.N++
		if match(p.a, p.b) {
			r.Hits++
		} else {
			r.Misses = append(r.Misses, p.a+" / "+p.b)
		}
	}
	return r
}

// comparable: both Latin script with the same number of words and no
// initials or commas, the only rigour matches a key could be expected to
// find. Reorderings, nicknames and initials are a different problem.
func comparable(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || strings.ContainsAny(a+b, ",.0123456789") {
		return false
	}
	for _, w := range append(wa, wb...) {
		for _, r := range w {
			if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
				return false
			}
		}
		if len([]rune(w)) < 2 {
			return false
		}
	}
	return true
}

type pair struct {
	a, b string
	same bool
}

func readRigour(path string) ([]pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rd := csv.NewReader(f)
	head, err := rd.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	var out []pair
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if rec[col["schema"]] != "Person" {
			continue
		}
		out = append(out, pair{rec[col["name1"]], rec[col["name2"]], rec[col["is_match"]] == "true"})
	}
}

// readPairs reads one of our TSVs (a, b, note); distinct.tsv pairs are
// different people, translit.tsv pairs the same.
func readPairs(name string) ([]pair, error) {
	b, err := pairs.ReadFile(name)
	if err != nil {
		return nil, err
	}
	same := strings.Contains(name, "translit")
	var out []pair
	for i, line := range tsvLines(string(b)) {
		if i == 0 {
			continue // header
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("%s: %q: want a, b", name, line)
		}
		out = append(out, pair{f[0], f[1], same})
	}
	return out, nil
}

func readColumn(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for i, line := range tsvLines(string(b)) {
		if v, _, _ := strings.Cut(line, "\t"); i > 0 && v != "" {
			out = append(out, v)
		}
	}
	return out, nil
}

// readToponyms keeps the pairs that are one name in two romanizations,
// leaving out cities that were renamed (Dnepropetrovsk → Dnipro).
func readToponyms(path string) ([]pair, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []pair
	for i, line := range tsvLines(string(b)) {
		f := strings.Split(line, "\t")
		if i == 0 || len(f) < 2 || strings.Contains(strings.ToLower(strings.Join(f[2:], " ")), "rename") {
			continue
		}
		out = append(out, pair{f[0], f[1], true})
	}
	return out, nil
}

func tsvLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimRight(l, "\r"); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

package namekey

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"
)

var corpus = filepath.Join(sharedtest.Root(), "corpus", "names")

// TestRigourPairs measures the key on labelled person-name pairs
// (opensanctions/rigour). The key is meant for candidate matching under
// extra checks, so precision matters more than recall.
func TestRigourPairs(t *testing.T) {
	f, err := os.Open(filepath.Join(corpus, "rigour", "name_comparison_cases.csv"))
	if err != nil {
		sharedtest.Missing(t, err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var tp, fp, fn, tn int
	for _, r := range rows[1:] {
		if r[1] != "Person" || strings.Contains(r[2], ",") || strings.Contains(r[3], ",") {
			continue // skip "SURNAME, Given" inversions: the key keeps word order
		}
		match := r[4] == "true"
		switch same := Same(r[2], r[3]); {
		case same && match:
			tp++
		case same && !match:
			fp++
			t.Logf("false merge: %q ~ %q", r[2], r[3])
		case !same && match:
			fn++
		default:
			tn++
		}
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("rigour person pairs: tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f", tp, fp, fn, tn, precision, recall)
	if precision < 0.9 {
		t.Errorf("precision %.3f below 0.9", precision)
	}
}

// TestGaddafiVariants: every spelling of one surname in the GNU grep list
// and the 2011 press list, keyed against the canonical Gaddafi.
func TestGaddafiVariants(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(corpus, "curated", "gaddafi_variants.tsv"))
	if err != nil {
		sharedtest.Missing(t, err)
	}
	want := Token("Gaddafi")
	var hit, total int
	for _, line := range strings.Split(string(b), "\n")[1:] {
		name, _, _ := strings.Cut(line, "\t")
		toks := Split(name)
		if len(toks) == 0 {
			continue
		}
		total++
		if Token(toks[len(toks)-1]) == want {
			hit++
		} else {
			t.Logf("missed: %s (%s)", name, Token(toks[len(toks)-1]))
		}
	}
	recall := float64(hit) / float64(max(total, 1))
	t.Logf("Gaddafi surname variants: %d/%d keyed together (recall %.2f)", hit, total, recall)
	if recall < 0.7 {
		t.Errorf("recall %.2f below 0.7", recall)
	}
}

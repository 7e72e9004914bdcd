package evalset

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"
	"github.com/copydesk/copydesk/cleanup/names"
	"github.com/copydesk/copydesk/cleanup/variants"
)

var corpus = filepath.Join(sharedtest.Root(), "corpus", "names")

// TestTargets runs the eval with the key alone (no glossary) and holds the
// sets the key is responsible for to the targets.
func TestTargets(t *testing.T) {
	if _, err := os.Stat(filepath.Join(corpus, "rigour")); err != nil {
		sharedtest.Missing(t, err)
	}
	rows, err := Run(corpus, variants.New(names.NewGlossary(), nil).Match)
	if err != nil {
		t.Fatal(err)
	}
	mustPass := map[string]bool{
		"rigour non-matches + own distinct people":          true,
		"own transliteration pairs (ru/uk, arabic, german)": true,
		"Gaddafi spellings vs Muammar Gaddafi":              true,
	}
	for _, r := range rows {
		t.Logf("%-50s %-10s %4d/%-4d %.3f (target %.2f) misses %v", r.Set, r.Measure, r.Hits, r.N, r.Value(), r.Target, r.Misses)
		if mustPass[r.Set] && !r.Pass() {
			t.Errorf("%s: %s %.3f below %.2f", r.Set, r.Measure, r.Value(), r.Target)
		}
		delete(mustPass, r.Set)
	}
	for set := range mustPass {
		t.Errorf("set %q missing from the report", set)
	}
}

func TestComparable(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Olaf Scholze", "Olaf Scholz", true},
		{"Smith, John", "John Smith", false},
		{"A. Khamenei", "Ali Khamenei", false},
		{"Ig0r Sech1n", "Igor Sechin", false},
		{"Барак Обама", "Barack Obama", false},
		{"Hans Friedrich", "Hans Joachim Friedrich", false},
	}
	for _, tt := range tests {
		if got := comparable(tt.a, tt.b); got != tt.want {
			t.Errorf("comparable(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

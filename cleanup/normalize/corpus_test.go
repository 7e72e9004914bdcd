package normalize

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"

	"github.com/copydesk/copydesk/cleanup"
)

// The shared corpora live next to the repository and are never copied in.
const (
	groundTruth = "../../../shared/corpus/article-extraction-benchmark/ground-truth.json"
	arabicRoute = "../../../shared/samples/geneva-talks-arabic-route.txt"
)

// corpusArticles returns the English article bodies of the extraction
// benchmark, or skips when the corpus is absent.
func corpusArticles(tb testing.TB) []string {
	tb.Helper()
	b, err := os.ReadFile(groundTruth)
	if err != nil {
		tb.Skipf("corpus absent: %v", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, a := range gt {
		out = append(out, a.ArticleBody)
	}
	return out
}

func readShared(tb testing.TB, path string) string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		sharedtest.Missing(tb, err)
	}
	return string(b)
}

// TestCorpusInvariants cleans every corpus article with both passes and
// checks the invariants the fuzz target checks, on real text.
func TestCorpusInvariants(t *testing.T) {
	texts := append(corpusArticles(t), readShared(t, arabicRoute))
	for _, o := range []Options{{}, {StraightQuotes: true, ASCIIDashes: true}} {
		passes := []cleanup.Pass{New(o), NewTidy()}
		for _, text := range texts {
			a := clean(t, text, passes...)
			if again := clean(t, a.Cleaned(), passes...); len(again.Changes()) != 0 {
				t.Fatalf("not idempotent: %+v", again.Changes())
			}
			a.RevertAll()
			if a.Cleaned() != text {
				t.Fatal("revert-all differs")
			}
		}
	}
}

// TestArabicRouteSample checks what the pass finds in the Geneva sample: its
// no-break spaces, and nothing inside the Arabic debris words.
func TestArabicRouteSample(t *testing.T) {
	text := readShared(t, arabicRoute)
	a := clean(t, text, New(Options{}))
	for _, c := range a.Changes() {
		if c.Rule != "unicode.odd-space" || strings.Trim(c.Original, "\u00A0") != "" {
			t.Errorf("unexpected change %+v", c)
		}
	}
	if n := strings.Count(text, "\u00A0"); n > 0 && len(a.Changes()) == 0 {
		t.Errorf("%d no-break spaces not found", n)
	}
}

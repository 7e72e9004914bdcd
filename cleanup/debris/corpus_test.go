package debris

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"

	"github.com/copydesk/copydesk/cleanup"
)

// TestGoldBodiesKeepTheirText runs the pass over the gold article bodies
// of the ScrapingHub benchmark: they are clean article text, so whatever
// the pass removes there is a false positive, or debris the gold kept
// (these bodies keep photo credits, copyright and contributor lines).
// Each removal is logged for review. The lexicon and rules must stay
// within their old budget; the classifier adds a small one of its own,
// and never removes a line that reads as a sentence.
func TestGoldBodiesKeepTheirText(t *testing.T) {
	b := sharedtest.ReadFile(t, "corpus/article-extraction-benchmark/ground-truth.json")
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	lex := builtin(t)
	var total, rules, shape, hits int
	for _, id := range ids {
		a := cleanText(t, lex, gold[id].ArticleBody)
		total += len(a.Original())
		for _, c := range a.Changes() {
			if c.State != cleanup.Applied {
				continue
			}
			hits++
			t.Logf("%s… %s %q", id[:8], c.Rule, c.Original)
			if c.Rule != "debris.shape" {
				rules += len(c.Original)
				continue
			}
			shape += len(c.Original)
			if l := strings.TrimSpace(c.Original); sentenceLike(line{text: l, words: countWords(l)}) {
				t.Errorf("%s: the classifier removed a sentence: %q", id[:8], l)
			}
		}
	}
	share := func(n int) float64 { return 100 * float64(n) / float64(total) }
	t.Logf("%d articles, %d removals, rules %d bytes (%.3f%%), classifier %d bytes (%.3f%%)", len(ids), hits, rules, share(rules), shape, share(shape))
	if float64(rules) > 0.0005*float64(total) {
		t.Errorf("lexicon and rules removed %.3f%% of clean gold text", share(rules))
	}
	if float64(shape) > 0.001*float64(total) {
		t.Errorf("the classifier removed %.3f%% of clean gold text", share(shape))
	}
}

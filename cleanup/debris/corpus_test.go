package debris

import (
	"encoding/json"
	"sort"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"

	"github.com/copydesk/copydesk/cleanup"
)

// TestGoldBodiesKeepTheirText runs the pass over the gold article bodies
// of the ScrapingHub benchmark: they are clean article text, so whatever
// the pass removes there is a false positive. Each removal is logged for
// review; the share of removed bytes must stay tiny.
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
	var total, removed, hits int
	for _, id := range ids {
		a := cleanText(t, lex, gold[id].ArticleBody)
		total += len(a.Original())
		for _, c := range a.Changes() {
			if c.State == cleanup.Applied {
				removed += len(c.Original)
				hits++
				t.Logf("%s… %s %q", id[:8], c.Rule, c.Original)
			}
		}
	}
	t.Logf("%d articles, %d removals, %d of %d bytes (%.3f%%)", len(ids), hits, removed, total, 100*float64(removed)/float64(total))
	if float64(removed) > 0.0005*float64(total) {
		t.Errorf("removed %.3f%% of clean gold text", 100*float64(removed)/float64(total))
	}
}

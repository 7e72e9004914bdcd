package evaluate

import (
	"testing"

	"github.com/copydesk/copydesk/cleanup/extract"
	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"
)

// Quality floors: Copydesk's extraction F1 on each shared corpus, as
// measured by `make eval` when they were set. Raise them when extraction
// improves; a change that drops below one gives back quality we had.
const (
	floorScrapingHub = 0.9793
	floorTrafilatura = 0.9403
	floorReadability = 0.9629
)

// TestQualityFloors scores extraction on the three corpora in ../shared
// (CI has them; without them the test skips, and fails under CI=true).
// It takes a few seconds, so -short skips it; `make test` runs it.
func TestQualityFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("scores three corpora; run without -short")
	}
	root := sharedtest.Path(t, "corpus")
	floors := map[string]float64{
		"scrapinghub": floorScrapingHub,
		"trafilatura": floorTrafilatura,
		"readability": floorReadability,
	}
	for _, c := range Corpora {
		t.Run(c.Name, func(t *testing.T) {
			docs, err := Load(root, c.Name)
			if err != nil {
				sharedtest.Missing(t, err)
			}
			sc := Score(docs, func(d Doc) (string, string, bool) {
				a, err := extract.Page(d.Page, d.Name)
				if err != nil {
					return "", "", false
				}
				return a.Cleaned(), a.Title, true
			}, nil)
			t.Logf("%s: P %.4f R %.4f F1 %.4f on %d pages", c.Name, sc.P, sc.R, sc.F1, len(docs))
			if sc.F1 < floors[c.Name] {
				t.Errorf("%s F1 %.4f fell below its floor %.4f", c.Name, sc.F1, floors[c.Name])
			}
		})
	}
}

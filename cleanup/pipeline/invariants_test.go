package pipeline

import (
	"fmt"
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/load"
)

func itoa(i int) string     { return strconv.Itoa(i) }
func quote(s string) string { return strconv.Quote(s) }

// checkInvariants asserts what every cleaned article must satisfy: a valid
// log, valid UTF-8, revert-all gives Original back, and cleaning the
// cleaned text again applies nothing new.
func checkInvariants(t testing.TB, p *Pipeline, a *cleanup.Article) {
	t.Helper()
	if err := checkArticle(p, a); err != nil {
		t.Errorf("%s: %v", a.Source, err)
	}
}

func checkArticle(p *Pipeline, a *cleanup.Article) error {
	if err := a.Check(); err != nil {
		return err
	}
	cleaned := a.Cleaned()
	if !utf8.ValidString(cleaned) {
		return fmt.Errorf("cleaned text is not valid UTF-8")
	}
	again := cleanup.NewArticle(a.Source, cleaned)
	p.Clean(again)
	for _, c := range again.Changes() {
		if c.State == cleanup.Applied {
			return fmt.Errorf("not idempotent: second run applied %s %q → %q", c.Rule, c.Original, c.Replacement)
		}
	}
	saved := a.Changes()
	a.RevertAll()
	if a.Cleaned() != a.Original() {
		return fmt.Errorf("revert-all does not give the original back")
	}
	for _, c := range saved {
		a.SetState(c.ID, c.State)
	}
	if a.Cleaned() != cleaned {
		return fmt.Errorf("restoring the decisions does not give the cleaned text back")
	}
	return nil
}

// Every page of the evaluation corpora goes through the whole engine with
// the invariants intact.
func TestInvariantsOnSharedCorpora(t *testing.T) {
	p := newAP(t)
	for _, dir := range []string{
		"corpus/article-extraction-benchmark/html",
		"corpus/trafilatura-eval/html",
		"corpus/readability-test-pages/pages",
		"samples",
	} {
		t.Run(dir, func(t *testing.T) {
			root := shared(t, dir)
			var batch []*cleanup.Article
			load.Walk([]string{root}, load.Options{}, func(a *cleanup.Article) {
				batch = append(batch, a)
			}, func(err error) {
				t.Logf("load: %v", err)
			})
			if len(batch) == 0 {
				t.Fatalf("no article loaded from %s", root)
			}
			p.CleanBatch(batch)
			bad := 0
			for _, a := range batch {
				if err := checkArticle(p, a); err != nil {
					bad++
					if bad <= 10 {
						t.Errorf("%s: %v", a.Source, err)
					}
				}
			}
			t.Logf("%d articles, %d broke an invariant", len(batch), bad)
		})
	}
}

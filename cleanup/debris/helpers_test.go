package debris

import (
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
)

var (
	lexOnce sync.Once
	lexMain *Lexicon
	lexErr  error
)

// builtin is the embedded lexicon, loaded once for all tests.
func builtin(tb testing.TB) *Lexicon {
	tb.Helper()
	lexOnce.Do(func() { lexMain, lexErr = LoadLexicon(assets.FS, "debris") })
	if lexErr != nil {
		tb.Fatal(lexErr)
	}
	return lexMain
}

// runPass runs the debris pass once on a and commits.
func runPass(lex *Lexicon, a *cleanup.Article) {
	d := a.NewDraft()
	New(lex).Run(d)
	d.Commit()
}

// cleanText runs the pass on text and checks the invariants every run must
// keep: a valid log, valid UTF-8, revert-all gives the original back, and a
// second run over the cleaned text adds nothing.
func cleanText(tb testing.TB, lex *Lexicon, text string) *cleanup.Article {
	tb.Helper()
	a := cleanup.NewArticle("test", text)
	runPass(lex, a)
	checkInvariants(tb, lex, a)
	return a
}

func checkInvariants(tb testing.TB, lex *Lexicon, a *cleanup.Article) {
	tb.Helper()
	if err := a.Check(); err != nil {
		tb.Fatal(err)
	}
	cleaned := a.Cleaned()
	if !utf8.ValidString(cleaned) {
		tb.Fatalf("cleaned text is not valid UTF-8: %q", cleaned)
	}
	before := len(a.Changes())
	runPass(lex, a)
	if after := len(a.Changes()); after != before || a.Cleaned() != cleaned {
		tb.Fatalf("second run changed the article: %d → %d changes\nfirst:  %q\nsecond: %q", before, after, cleaned, a.Cleaned())
	}
	b := cleanup.NewArticle("again", cleaned)
	runPass(lex, b)
	if applied, _ := b.Counts(); applied != 0 {
		tb.Fatalf("cleaning the cleaned text applied %d more changes: %+v", applied, b.Changes())
	}
	saved := a.Changes()
	a.RevertAll()
	if a.Cleaned() != a.Original() {
		tb.Fatalf("revert-all: %q", a.Cleaned())
	}
	for _, c := range saved {
		a.SetState(c.ID, c.State)
	}
}

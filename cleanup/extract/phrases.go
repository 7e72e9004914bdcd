package extract

import (
	"fmt"
	"sync"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/debris"
)

// Blocks longer than these are article text whatever words they open with.
const (
	phraseMaxBytes    = 160 // for a whole-block, label or prefix match
	phraseMaxContains = 300 // for a phrase anywhere in the block
)

// phrases is the debris lexicon (assets/debris) read for whole blocks:
// a block that is a boilerplate phrase ("Auch interessant", "Comments (3)",
// "Tags: …") goes, with the phrase's gloss in the note. Matching is the
// debris pass's own, so both fold and judge a phrase alike.
type phrases struct {
	lex *debris.Lexicon
}

var loadPhrases = sync.OnceValues(func() (*phrases, error) {
	lex, err := debris.LoadLexicon(assets.FS, "debris")
	if err != nil {
		return nil, err
	}
	return &phrases{lex: lex}, nil
})

// match says why a block is boilerplate by its wording, or nil. anywhere
// reports whether the phrase may go mid-article, not only at its edges.
func (p *phrases) match(text string) (why *reason, anywhere bool) {
	if len(text) > phraseMaxContains {
		return nil, false
	}
	e, ok := p.lex.Match(text)
	if !ok || (len(text) > phraseMaxBytes && e.Kind != debris.KindContains) {
		return nil, false
	}
	return &reason{e.Category, phraseNote(&e)}, e.Anywhere
}

func phraseNote(e *debris.Entry) string {
	switch {
	case e.Kind == debris.KindWord && e.Category == "share":
		return "row of share/follow buttons"
	case e.Kind == debris.KindWord:
		return fmt.Sprintf("row of %s buttons (%s)", e.Category, e.Gloss)
	case e.Gloss == "":
		return fmt.Sprintf("%q (%s)", e.Phrase, e.Category)
	}
	return fmt.Sprintf("%q = %q (%s)", e.Phrase, e.Gloss, e.Category)
}

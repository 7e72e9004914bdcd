package extract

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

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
// "Tags: …") goes, with the phrase's gloss in the note.
type phrases struct {
	whole    map[string]*phrase // the block is the phrase (line, label, word rows)
	opening  map[string]*phrase // the block opens with it (prefix, label, dated)
	contains []*phrase          // anywhere in a short block
	words    map[string]bool    // widget words: a block of only these is a share row
	maxWords int
	wordWhy  *reason
}

type phrase struct {
	entry *debris.Entry
	key   string
	why   reason
}

var loadPhrases = sync.OnceValues(func() (*phrases, error) {
	lex, err := debris.LoadLexicon(assets.FS, "debris")
	if err != nil {
		return nil, err
	}
	return newPhrases(lex.Entries()), nil
})

func newPhrases(entries []*debris.Entry) *phrases {
	p := &phrases{whole: map[string]*phrase{}, opening: map[string]*phrase{}, words: map[string]bool{}}
	for _, e := range entries {
		key := foldPhrase(e.Phrase)
		if key == "" {
			continue
		}
		ph := &phrase{entry: e, key: key, why: reason{e.Category, phraseNote(e)}}
		switch e.Kind {
		case debris.KindLine:
			p.whole[key] = ph
		case debris.KindLabel, debris.KindPrefix:
			// alone, it heads a box: "Read also:" above a list
			p.whole[key] = ph
			p.opening[key] = ph
		case debris.KindDated:
			p.opening[key] = ph
		case debris.KindContains:
			p.contains = append(p.contains, ph)
		case debris.KindWord:
			p.words[key] = true
			if p.wordWhy == nil {
				p.wordWhy = &reason{e.Category, "row of share/follow buttons"}
			}
		}
		p.maxWords = max(p.maxWords, strings.Count(key, " ")+1)
	}
	return p
}

func phraseNote(e *debris.Entry) string {
	if e.Gloss == "" {
		return fmt.Sprintf("%q (%s)", e.Phrase, e.Category)
	}
	return fmt.Sprintf("%q = %q (%s)", e.Phrase, e.Gloss, e.Category)
}

// match says why a block is boilerplate by its wording, or nil. anywhere
// reports whether the phrase may go mid-article, not only at its edges.
func (p *phrases) match(text string) (why *reason, anywhere bool) {
	if len(text) > phraseMaxContains {
		return nil, false
	}
	key := foldPhrase(stripCounts(text))
	if key == "" {
		return nil, false
	}
	if len(text) <= phraseMaxBytes {
		if ph := p.whole[key]; ph != nil {
			return &ph.why, ph.entry.Anywhere
		}
		// "Read more about the talks in Geneva." is a sentence, not a link
		if ph := p.openingOf(key, text); ph != nil && !(sentence(text) && strings.Count(key, " ") >= 5) {
			return &ph.why, ph.entry.Anywhere
		}
		if p.allWidgetWords(key) {
			return p.wordWhy, false
		}
	}
	padded := " " + key + " "
	for _, ph := range p.contains {
		if strings.Contains(padded, " "+ph.key+" ") {
			return &ph.why, ph.entry.Anywhere
		}
	}
	return nil, false
}

// openingOf finds the longest phrase the block opens with. A prefix needs
// a headline after it, a label punctuation, a dated phrase a number.
func (p *phrases) openingOf(key, text string) *phrase {
	words := strings.Fields(key)
	for n := min(len(words)-1, p.maxWords); n >= 1; n-- {
		ph := p.opening[strings.Join(words[:n], " ")]
		if ph == nil {
			continue
		}
		switch ph.entry.Kind {
		case debris.KindLabel:
			if !labelled(text, n) {
				continue
			}
		case debris.KindDated:
			if !strings.ContainsFunc(text, unicode.IsDigit) {
				continue
			}
		}
		return ph
	}
	return nil
}

// labelled reports whether the n-th word of text is followed by a label
// separator ("Tags: Ukraine").
func labelled(text string, n int) bool {
	words := 0
	in := false
	for _, r := range text {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case letter && !in:
			in = true
			words++
		case !letter && in:
			in = false
		}
		if words == n && !in && !unicode.IsSpace(r) {
			return strings.ContainsRune(":：|-–—»›>→•·/", r)
		}
		if words > n {
			return false
		}
	}
	return false
}

func (p *phrases) allWidgetWords(key string) bool {
	if len(p.words) == 0 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(key) {
		if !p.words[w] {
			return false
		}
		n++
	}
	return n >= 2
}

// stripCounts drops the numbers in a block ("Comments (12)", "12
// comments") so that counters do not hide the phrase.
func stripCounts(s string) string {
	if !strings.ContainsFunc(s, unicode.IsDigit) || len(s) > phraseMaxBytes {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return ' '
		}
		return r
	}, s)
}

// foldPhrase makes spelling variants of a phrase meet: case and accents
// dropped, punctuation and spaces collapsed to single spaces.
func foldPhrase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) || r == 'ـ':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				b.WriteByte(byte(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		default:
			space = true
		}
	}
	return b.String()
}

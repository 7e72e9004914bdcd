package variants

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/tsv"
)

// WordsPath is the table of words around names inside assets.FS.
const WordsPath = "glossary/namewords.tsv"

// Roles a word can have in namewords.tsv.
const (
	roleTitle    = "title"    // stripped before a name: President, Minister, Dr
	roleParticle = "particle" // joins name words: al-, bin, von der, de
	roleStop     = "stop"     // capitalized but never a name: The, Monday
	roleUkraine  = "ukraine"  // says the text is about Ukraine
	roleRussia   = "russia"   // says the text is about Russia
)

var roles = map[string]bool{roleTitle: true, roleParticle: true, roleStop: true, roleUkraine: true, roleRussia: true}

// lexicon maps a lower-case word to its role.
type lexicon map[string]string

func parseWords(text, name string) (lexicon, error) {
	lx := lexicon{}
	err := tsv.Each(strings.NewReader(text), name, []string{"word", "role"}, func(_ int, f []string) error {
		if !roles[f[1]] || f[0] == "" {
			return fmt.Errorf("want a word and one of title, particle, stop, ukraine, russia")
		}
		w := strings.ToLower(f[0])
		if old, ok := lx[w]; ok {
			return fmt.Errorf("%q already has role %s", f[0], old)
		}
		lx[w] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

var (
	wordsOnce sync.Once
	words     lexicon
)

// defaultWords is the embedded table. A broken embedded file panics; the
// package tests load it.
func defaultWords() lexicon {
	wordsOnce.Do(func() {
		b, err := assets.FS.ReadFile(WordsPath)
		if err == nil {
			words, err = parseWords(string(b), "assets/"+WordsPath)
		}
		if err != nil {
			panic(err)
		}
	})
	return words
}

// role looks a word up ignoring case; ASCII words are lower-cased on the
// stack, since every capitalized word of a batch is looked up.
func (lx lexicon) role(w string) string {
	var buf [32]byte
	if len(w) > len(buf) {
		return lx[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return lx[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lx[string(buf[:len(w)])]
}

// initials marks the ASCII bytes that start a word of a role. Keys are
// lower case and a word starts with a letter or a digit, so c|0x20 of a
// word's first byte c is the byte to test.
func (lx lexicon) initials(role string) *[utf8.RuneSelf]bool {
	var t [utf8.RuneSelf]bool
	for w, r := range lx {
		if r == role && w[0] < utf8.RuneSelf {
			t[w[0]] = true
		}
	}
	return &t
}

package debris

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup/internal/ascii8"
)

// A script is the writing system of a run of letters.
type script uint8

const (
	scriptNone script = iota
	scriptLatin
	scriptCyrillic
	scriptArabic
	scriptGreek
	scriptHebrew
	scriptCJK
	scriptOther
	numScripts
)

var scriptNames = [numScripts]string{"", "Latin", "Cyrillic", "Arabic", "Greek", "Hebrew", "CJK", "other"}

func (s script) String() string { return scriptNames[s] }

// scriptOf returns the script of a letter, scriptNone for anything else.
// The first 2048 code points (Latin to Arabic) are looked up in a table.
func scriptOf(r rune) script {
	if 0 <= r && r < rune(len(scriptTable)) {
		return scriptTable[r]
	}
	return lookupScript(r)
}

var scriptTable = func() (t [0x800]script) {
	for r := range rune(len(t)) {
		t[r] = lookupScript(r)
	}
	return t
}()

func lookupScript(r rune) script {
	switch {
	case r < 0x80:
		if 'a' <= r|0x20 && r|0x20 <= 'z' {
			return scriptLatin
		}
		return scriptNone
	case !unicode.IsLetter(r):
		return scriptNone
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Arabic, r):
		return scriptArabic
	case unicode.Is(unicode.Greek, r):
		return scriptGreek
	case unicode.Is(unicode.Hebrew, r):
		return scriptHebrew
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
		return scriptCJK
	}
	return scriptOther
}

// letterCounts counts the letters of s by script.
type letterCounts [numScripts]int

// add counts the characters of s (scriptNone for non-letters). The prose
// of a Latin-script article is counted eight ASCII bytes at a time.
func (c *letterCounts) add(s string) {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := ascii8.Load(s, i); x&ascii8.Highs == 0 {
				latin := bits.OnesCount64(asciiLetterBytes(x))
				c[scriptLatin] += latin
				c[scriptNone] += 8 - latin
				i += 8
				continue
			}
		}
		if b := s[i]; b < utf8.RuneSelf {
			c[scriptTable[b]]++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		c[scriptOf(r)]++
		i += size
	}
}

// asciiLetterBytes sets the high bit of each byte of x that is an ASCII
// letter. Every byte of x must be below 0x80, so no sum carries.
func asciiLetterBytes(x uint64) uint64 {
	lower := x | 0x20*ascii8.Ones                              // folds A–Z onto a–z
	fromA := (lower + (0x80-'a')*ascii8.Ones) & ascii8.Highs   // byte >= 'a'
	pastZ := (lower + (0x80-'z'-1)*ascii8.Ones) & ascii8.Highs // byte > 'z'
	return fromA &^ pastZ
}

// main returns the script of at least share of the letters, or scriptNone.
func (c *letterCounts) main(share float64) script {
	total := 0
	for s := scriptLatin; s < numScripts; s++ {
		total += c[s]
	}
	for s := scriptLatin; s < numScripts; s++ {
		if total > 0 && float64(c[s]) >= share*float64(total) {
			return s
		}
	}
	return scriptNone
}

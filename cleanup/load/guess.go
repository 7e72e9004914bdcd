package load

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// legacy is a single-byte charset the guesser may pick. On a tie the
// earlier one wins, so the common Western charset comes first.
type legacy struct {
	name string
	enc  encoding.Encoding
}

var legacyCharsets = []legacy{
	{"windows-1252", charmap.Windows1252},
	{"windows-1250", charmap.Windows1250},
	{"windows-1251", charmap.Windows1251},
	{"KOI8-R", charmap.KOI8R},
	{"KOI8-U", charmap.KOI8U},
	{"windows-1253", charmap.Windows1253},
	{"windows-1255", charmap.Windows1255},
	{"windows-1256", charmap.Windows1256},
}

// mostlyLegacy reports whether bytes that are not UTF-8 look like a legacy
// charset rather than UTF-8 with a few damaged bytes: more bad bytes than
// well-formed multi-byte characters.
func mostlyLegacy(b []byte) bool {
	bad, good := 0, 0
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			good++
		}
		b = b[n:]
	}
	return bad > good
}

// guessLegacy picks the single-byte charset under which the non-ASCII
// words of sample read most like words: letters of one script, cased the
// way words are (lower, Capitalized or UPPER), with no stray symbols. Russian
// read as windows-1256 mixes Arabic and Latin letters; Arabic read as
// windows-1251 gives Cyrillic words with capitals inside; KOI8-R and
// windows-1251 swap the cases of Russian letters. No letter tables needed.
func guessLegacy(sample []byte) legacy {
	best, bestScore := legacyCharsets[0], 0
	for i, c := range legacyCharsets {
		text, err := c.enc.NewDecoder().Bytes(sample)
		if err != nil {
			continue
		}
		if s := wordScore(string(text)); i == 0 || s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// wordScore counts the letters of plausible non-ASCII words, minus those
// of implausible ones and twice each stray symbol (Russian read as
// windows-1256 is mostly Arabic letters, but its в turns into ×).
func wordScore(s string) int {
	score := 0
	start := -1
	for i, r := range s + " " {
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			score += wordValue(s[start:i])
			start = -1
		}
		if r >= 0x80 && !unicode.IsPunct(r) && !unicode.IsSpace(r) && !commonSymbol(r) {
			score -= 2
		}
	}
	return score
}

// wordValue is the number of letters of a non-ASCII word that reads like
// one, minus that for one that does not, and 0 for plain ASCII.
func wordValue(w string) int {
	ascii := true
	n := utf8.RuneCountInString(w)
	var script *unicode.RangeTable
	upper, lower, upperAfterLower := 0, 0, false
	for i, r := range w {
		if r >= 0x80 {
			ascii = false
		}
		if unicode.IsMark(r) {
			if i == 0 { // a vowel sign needs a letter to sit on
				return -n
			}
			continue
		}
		sc := scriptOf(r)
		if sc == nil || script != nil && sc != script {
			return -n
		}
		script = sc
		switch {
		case unicode.IsUpper(r):
			if lower > 0 {
				upperAfterLower = true
			}
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	if ascii {
		return 0
	}
	if script == nil || upperAfterLower || upper > 1 && lower > 0 {
		return -n
	}
	return n
}

var scripts = []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Arabic, unicode.Greek, unicode.Hebrew}

func scriptOf(r rune) *unicode.RangeTable {
	for _, t := range scripts {
		if unicode.Is(t, r) {
			return t
		}
	}
	return nil
}

// commonSymbol accepts the few non-punctuation symbols news text uses.
func commonSymbol(r rune) bool {
	switch r {
	case '©', '®', '°', '€', '£', '№', '§', '±', '×', '™', '\u00a0':
		return true
	}
	return false
}

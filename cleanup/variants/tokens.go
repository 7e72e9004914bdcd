package variants

import (
	"unicode"
	"unicode/utf8"
)

// word is one word of a line. Apostrophes inside a word (O'Brien) belong
// to it; a hyphen or a space joins it to the previous word.
type word struct {
	start, end int
	sep        byte // ' ' or '-' when exactly that joins it to the previous word, else 0
	upper      bool // first letter is an upper-case Latin letter
	allCaps    bool // two or more letters, none lower case
	cyrillic   bool // first letter is Cyrillic
	opens      bool // first word of a sentence (line start, or after . ! ? : or an opening quote)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// splitWords appends the words of text[from:to] (one line) to dst.
func splitWords(text string, from, to int, dst []word) []word {
	opens := true
	for pos := from; pos < to; {
		r, size := utf8.DecodeRuneInString(text[pos:to])
		// ʼ is a letter to Unicode but an apostrophe here: it never starts a word.
		if isApostrophe(r) || (!isLetter(r) && !isDigit(r)) {
			if r == '.' || r == '!' || r == '?' || r == ':' || r == '"' || r == '“' || r == '«' || r == '—' {
				opens = true
			}
			pos += size
			continue
		}
		w := word{start: pos, upper: unicode.IsUpper(r) && unicode.Is(unicode.Latin, r), cyrillic: unicode.Is(unicode.Cyrillic, r), opens: opens}
		opens = false
		if n := len(dst); n > 0 {
			gap := text[dst[n-1].end:pos]
			if gap == " " || gap == "-" {
				w.sep = gap[0]
			}
		}
		letters, lowers := 0, 0
		for pos < to {
			r, size = utf8.DecodeRuneInString(text[pos:to])
			if isApostrophe(r) {
				// Inside a word only when a letter follows (O'Brien, Znam'ianka).
				if next, _ := utf8.DecodeRuneInString(text[pos+size : to]); pos+size < to && isLetter(next) {
					pos += size
					continue
				}
				break
			}
			if !isLetter(r) && !isDigit(r) {
				break
			}
			letters++
			if unicode.IsLower(r) {
				lowers++
			}
			pos += size
		}
		w.end = pos
		w.allCaps = letters > 1 && lowers == 0
		dst = append(dst, w)
	}
	return dst
}

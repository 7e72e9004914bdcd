package variants

import (
	"strings"
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

// lineEnd returns where the line that starts at from ends: at its '\n', or
// at the end of text.
func lineEnd(text string, from int) int {
	if to := strings.IndexByte(text[from:], '\n'); to >= 0 {
		return from + to
	}
	return len(text)
}

// eachWord calls fn for every word of text. Words never span a line, so
// the text is split a line at a time into one reused buffer: a big article
// needs no slice of all its words.
func eachWord(text string, fn func(w word)) {
	var ws []word
	for from := 0; from < len(text); {
		to := lineEnd(text, from)
		ws = splitWords(text, from, to, ws[:0])
		for _, w := range ws {
			fn(w)
		}
		from = to + 1
	}
}

// splitWords appends the words of text[from:to] (one line) to dst. ASCII
// letters and digits, most of any line, are read without decoding a rune.
func splitWords(text string, from, to int, dst []word) []word {
	opens := true
	for pos := from; pos < to; {
		c := text[pos]
		if c < utf8.RuneSelf && asciiClass[c] == asciiOther {
			if c == '.' || c == '!' || c == '?' || c == ':' || c == '"' {
				opens = true
			}
			pos++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[pos:to])
			// ʼ is a letter to Unicode but an apostrophe here: it never starts a word.
			if isApostrophe(r) || (!isLetter(r) && !isDigit(r)) {
				if r == '“' || r == '«' || r == '—' {
					opens = true
				}
				pos += size
				continue
			}
		}
		w := word{start: pos, upper: asciiClass[c] == asciiUpper, opens: opens}
		if c >= utf8.RuneSelf {
			w.upper = unicode.IsUpper(r) && unicode.Is(unicode.Latin, r)
			w.cyrillic = unicode.Is(unicode.Cyrillic, r)
		}
		opens = false
		if n := len(dst); n > 0 {
			gap := text[dst[n-1].end:pos]
			if gap == " " || gap == "-" {
				w.sep = gap[0]
			}
		}
		w.end, w.allCaps = wordEnd(text, pos, to)
		pos = w.end
		dst = append(dst, w)
	}
	return dst
}

// wordEnd reads the word that starts at text[pos] and returns where it
// ends, and whether it has two or more letters and none in lower case.
func wordEnd(text string, pos, to int) (int, bool) {
	letters, lowers := 0, 0
	for pos < to {
		if c := text[pos]; c < utf8.RuneSelf && c != '\'' {
			class := asciiClass[c]
			if class == asciiOther {
				break
			}
			letters++
			if class == asciiLower {
				lowers++
			}
			pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[pos:to])
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
	return pos, letters > 1 && lowers == 0
}

// asciiClass sorts ASCII bytes for splitWords' fast path; bytes of
// multi-byte characters are asciiOther and never read as such.
var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = asciiLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = asciiUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiDigit
	}
	return t
}()

const (
	asciiOther uint8 = iota
	asciiLower
	asciiUpper
	asciiDigit
)

// Package words answers whole-word questions about text in any script:
// a word is a run of letters and combining marks, so "Sisi" is in
// "al-Sisi said" and "ago" is not in "agony".
package words

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Contains reports whether w occurs in s with no letter or mark right
// before or after it.
func Contains(s, w string) bool {
	if w == "" {
		return false
	}
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(s) || !isWordRune(after)) {
			return true
		}
		from = end
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

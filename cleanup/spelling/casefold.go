package spelling

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// withCase writes repl in the case of the word it replaces: lower case,
// a capital first letter, or ALL CAPS. A target with its own capitals
// ("OK") keeps them. ok is false for mixed case (iPhone-like words), which
// the pass leaves alone.
func withCase(word, repl string, tok token) (string, bool) {
	switch {
	case tok.lower:
		return repl, true
	case tok.allCaps:
		return strings.ToUpper(repl), true
	case tok.capFirst && isLowerTail(word):
		if repl != strings.ToLower(repl) {
			return repl, true
		}
		r, n := utf8.DecodeRuneInString(repl)
		return string(unicode.ToUpper(r)) + repl[n:], true
	}
	return "", false
}

func isLowerTail(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	for _, r := range w[n:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

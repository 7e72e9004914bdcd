package normalize

import (
	"unicode"
	"unicode/utf8"
)

// A few invisible or special characters are correct where they stand and
// must survive the pass:
//   - a zero-width joiner between emoji builds one glyph (👩‍💻, 🏳️‍🌈);
//   - joiners and non-joiners between letters of a cursive or Indic script
//     choose letter forms (Persian می‌خواهم needs its ZWNJ);
//   - a no-break or thin space inside French guillemets or before ; : ! ?
//     is French typography, not debris.
func meaningful(s string, i, size int, r rune) bool {
	switch r {
	case '\u200D':
		prev, next := before(s, i), after(s, i+size)
		return isEmojiTail(prev) && isEmoji(next) || joins(prev) && joins(next)
	case '\u200C':
		return joins(before(s, i)) && joins(after(s, i+size))
	case '\u00A0', '\u202F', '\u2009':
		return before(s, i) == '«' || isFrenchCloser(after(s, i+size))
	}
	return false
}

func before(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func after(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isFrenchCloser(r rune) bool {
	switch r {
	case '»', ';', ':', '!', '?':
		return true
	}
	return false
}

// isEmoji approximates Extended_Pictographic: emoji are "other symbols".
func isEmoji(r rune) bool { return unicode.Is(unicode.So, r) }

// isEmojiTail is what can end the emoji before a joiner: the emoji itself,
// a skin-tone modifier (Sk) or the emoji presentation selector.
func isEmojiTail(r rune) bool {
	return isEmoji(r) || unicode.Is(unicode.Sk, r) || r == '\uFE0F'
}

// joins reports whether r is a letter or mark of a script whose letter
// shapes depend on joiners; in Latin, Cyrillic, Greek and Han they do nothing.
func joins(r rune) bool {
	if !unicode.IsLetter(r) && !unicode.IsMark(r) {
		return false
	}
	return !unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Han)
}

package namekey

import (
	"unicode"
	"unicode/utf8"
)

// AppendToken appends the key of one token to dst. It gives the same key
// as Token without allocating for short tokens, for callers that key every
// capitalized word of a text.
func (t *Table) AppendToken(dst []byte, tok string) []byte {
	var buf [64]byte
	lower := lowerInto(buf[:0], tok)
	if p, ok := t.particles[string(lower)]; ok {
		return append(dst, p.key...)
	}
	start := len(dst)
	push := func(key string) {
		for i := 0; i < len(key); i++ {
			if len(dst) > start && dst[len(dst)-1] == key[i] {
				continue
			}
			dst = append(dst, key[i])
		}
	}
	for pos := 0; pos < len(lower); {
		r, size := rune(lower[pos]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(lower[pos:])
		}
		afterVowel := len(dst) > start && dst[len(dst)-1] == vowel
		if ru, end := match(t.rulesFor(r), lower, pos, afterVowel); ru != nil {
			push(ru.key)
			pos = end
			continue
		}
		pos += size
		switch {
		case unicode.Is(unicode.Mn, r):
		case r < utf8.RuneSelf:
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				push(string(rune(r)))
			}
		default:
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				dst = utf8.AppendRune(dst, r)
			}
		}
	}
	return dst
}

// lowerInto lower-cases s into dst (ASCII fast path).
func lowerInto(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

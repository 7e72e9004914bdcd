// Package namekey gives names a key that survives transliteration: two
// spellings of one name that went through Arabic script (p→b, v→f, vowels
// guessed, doubled letters lost, al-/el-) or through Russian (g/h, i/y,
// -sky/-skyi, kh/h) get the same key. Letter classes are data
// (assets/glossary/namekey.tsv), so a new route is a table edit.
//
// Keys are for candidate matching, not proof: callers decide how much
// agreement (how many tokens, how long a surname) they need.
package namekey

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// vowel is the key symbol every vowel run collapses to.
const vowel = 'a'

// segment is the raw spelling behind one key symbol.
type segment struct {
	raw    string
	sym    byte
	routes []string
	second bool // from a second reading (Keys), whose route explains the swap
}

// Token returns the key of one name token with the default table.
func Token(tok string) string { return Default().Token(tok) }

// Name returns the keys of a full name's tokens with the default table;
// particles such as al- vanish and bin/ben/ibn share one key.
func Name(name string) []string { return Default().Name(name) }

// Same reports whether two full names have equal keys token by token.
func Same(a, b string) bool { return Default().Same(a, b) }

// Token returns the key of one token ("" when nothing is left).
func (t *Table) Token(tok string) string {
	// A key is about as long as its token: most fit the stack buffer, so
	// the string is the one allocation.
	var buf [64]byte
	return string(t.AppendToken(buf[:0], tok))
}

// segmentKey is the key spelled out by segments; Diffs relies on it
// agreeing with AppendToken, which the tests check.
func (t *Table) segmentKey(tok string) string {
	var b strings.Builder
	for _, s := range t.tokenSegments(tok) {
		b.WriteByte(s.sym)
	}
	return b.String()
}

// Name splits a name into tokens (spaces and hyphens) and keys each one,
// dropping tokens whose key is empty.
func (t *Table) Name(name string) []string {
	var keys []string
	for _, tok := range Split(name) {
		if k := t.Token(tok); k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

// Same reports whether two names have the same token keys in order.
func (t *Table) Same(a, b string) bool {
	ka, kb := t.Name(a), t.Name(b)
	if len(ka) == 0 || len(ka) != len(kb) {
		return false
	}
	for i := range ka {
		if ka[i] != kb[i] {
			return false
		}
	}
	return true
}

// IsParticle reports whether a token (any case) is a name particle such
// as al, el, bin.
func (t *Table) IsParticle(tok string) bool {
	_, ok := t.particles[strings.ToLower(tok)]
	return ok
}

// IsParticle reports whether tok is a particle in the default table.
func IsParticle(tok string) bool { return Default().IsParticle(tok) }

// Split cuts a name into tokens at spaces and hyphens.
func Split(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '‐' || r == ','
	})
}

// segments turns a lower-case token into key symbols with the spelling
// each came from, merging vowel runs and doubled symbols.
func (t *Table) segments(lower string) []segment {
	var out []segment
	push := func(raw string, key string, routes []string) {
		for i := 0; i < len(key); i++ {
			if n := len(out); n > 0 && out[n-1].sym == key[i] {
				out[n-1].raw += raw
				out[n-1].routes = mergeRoutes(out[n-1].routes, routes)
			} else {
				out = append(out, segment{raw: raw, sym: key[i], routes: routes})
			}
			raw = "" // a two-symbol key (x → ks) owns its spelling once
		}
	}
	for pos := 0; pos < len(lower); {
		r, size := utf8.DecodeRuneInString(lower[pos:])
		if ru, end := match(t.rulesFor(r), lower, pos, endsInVowel(out)); ru != nil {
			push(lower[pos:end], ru.key, ru.routes)
			pos = end
			continue
		}
		pos += size
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining accents vanish, like precomposed ones
		case r < utf8.RuneSelf:
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				push(string(r), string(rune(r)), nil)
			}
		default:
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				// Letters outside the table (other scripts) stand for
				// themselves; keep the whole rune so keys stay valid UTF-8.
				out = append(out, runeSegments(string(r))...)
			}
		}
	}
	return out
}

func endsInVowel(out []segment) bool {
	return len(out) > 0 && out[len(out)-1].sym == vowel
}

// runeSegments stores a multi-byte rune as one segment per byte so that a
// key is still a byte string; the first segment carries the spelling.
func runeSegments(s string) []segment {
	segs := make([]segment, len(s))
	for i := range segs {
		segs[i].sym = s[i]
	}
	segs[0].raw = s
	return segs
}

func mergeRoutes(a, b []string) []string {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := append([]string(nil), a...)
	for _, r := range b {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

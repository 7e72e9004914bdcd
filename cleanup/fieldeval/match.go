package fieldeval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ContentShare is the share of a content line's word tokens that one
// cleaned line must hold for the line to count as kept: high enough that a
// dropped clause counts as lost, low enough that name fixes do not.
const ContentShare = 0.8

// span is a byte range [start, end).
type span struct{ start, end int }

func (s span) overlaps(t span) bool {
	if s.start == s.end {
		return t.start <= s.start && s.start < t.end
	}
	return s.start < t.end && t.start < s.end
}

// occurrences finds needle in hay where it is not part of a longer word: a
// needle that starts (ends) with a letter or digit must not be preceded
// (followed) by one.
func occurrences(hay, needle string) []span {
	if needle == "" {
		return nil
	}
	var out []span
	for from := 0; from <= len(hay)-len(needle); {
		i := strings.Index(hay[from:], needle)
		if i < 0 {
			break
		}
		s := span{from + i, from + i + len(needle)}
		if wordBounded(hay, needle, s) {
			out = append(out, s)
		}
		_, size := utf8.DecodeRuneInString(hay[s.start:])
		from = s.start + size
	}
	return out
}

func wordBounded(hay, needle string, s span) bool {
	first, _ := utf8.DecodeRuneInString(needle)
	last, _ := utf8.DecodeLastRuneInString(needle)
	if isWordRune(first) && s.start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(hay[:s.start]); isWordRune(r) {
			return false
		}
	}
	if isWordRune(last) && s.end < len(hay) {
		if r, _ := utf8.DecodeRuneInString(hay[s.end:]); isWordRune(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// contains reports whether needle occurs in hay as whole words.
func contains(hay, needle string) bool { return len(occurrences(hay, needle)) > 0 }

// tokens splits s into lower-cased words.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) })
}

// nonEmptyLines returns the trimmed non-empty lines of s.
func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// lineIndex holds the token sets of the cleaned lines, for the content rule.
type lineIndex []map[string]bool

func newLineIndex(text string) lineIndex {
	var idx lineIndex
	for _, l := range nonEmptyLines(text) {
		set := map[string]bool{}
		for _, t := range tokens(l) {
			set[t] = true
		}
		idx = append(idx, set)
	}
	return idx
}

// kept reports whether one cleaned line holds at least ContentShare of the
// content line's word tokens. A line without words is kept when it is
// present verbatim, which the caller checks.
func (idx lineIndex) kept(content string) bool {
	ts := tokens(content)
	if len(ts) == 0 {
		return true
	}
	for _, set := range idx {
		n := 0
		for _, t := range ts {
			if set[t] {
				n++
			}
		}
		if float64(n) >= ContentShare*float64(len(ts)) {
			return true
		}
	}
	return false
}

// sameLine reports whether two lines share ContentShare of their word
// tokens both ways: the headline, give or take a fixed name, and not a
// body paragraph that happens to hold its words.
func sameLine(a, b string) bool {
	return newLineIndex(a).kept(b) && newLineIndex(b).kept(a)
}

package debris

import (
	"strings"
	"unicode"
)

// Shape signals recognise debris by its form, in any language.

// crumbSeparators join the steps of a breadcrumb trail; a slash counts
// only with spaces around it, so URLs and "and/or" are not trails.
const crumbSeparators = "»›>→⟩|"

// breadcrumb splits "Home » World » Europe" into its steps. It returns nil
// unless every step is a short label with a letter and no colon; lines with
// guillemet quotes are left alone, since » also closes a French quote.
func breadcrumb(l line) []string {
	if l.words > 15 || !(strings.ContainsAny(l.text, crumbSeparators) || strings.Contains(l.text, " / ")) ||
		strings.ContainsAny(l.text, "«“\"") || strings.Contains(l.text, "://") {
		return nil
	}
	text := strings.ReplaceAll(l.text, " / ", " | ")
	steps := strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(crumbSeparators, r) })
	if len(steps) < 2 {
		return nil
	}
	for i, s := range steps {
		s = strings.TrimSpace(s)
		if n := countWords(s); n == 0 || n > 4 || strings.IndexFunc(s, unicode.IsLetter) < 0 || endsSentence(s) || strings.Contains(s, ":") {
			return nil
		}
		steps[i] = s
	}
	return steps
}

// timestamp reports a line that is only a date or time with a few words
// around it ("12.01.2022 10:30", "Monday 12 January 2022, 10:30 GMT").
func timestamp(l line, toks []token) bool {
	if l.words > 8 {
		return false
	}
	return dateLike(l.text, toks)
}

// dateLike reports whether toks are mostly numbers and include a year or a
// clock time, so "10 000 people" is not a date but "12 January 2022" is.
func dateLike(raw string, toks []token) bool {
	var digits, letters int
	var year bool
	for _, t := range toks {
		if !isDigit(t.folded[t.start]) {
			letters++
			continue
		}
		digits++ // "10h30" and "3pm" count as numbers too
		if w := t.word(); len(w) == 4 && (w[:2] == "19" || w[:2] == "20" || w[:2] == "13" || w[:2] == "14") {
			year = true // Gregorian, or Hijri and Persian calendar years
		}
	}
	return digits > 0 && digits >= letters && (year || clock(raw))
}

// clock reports an hh:mm time in s.
func clock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == ':' && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// copyrightMark reports a short line opening with a copyright sign.
func copyrightMark(l line) bool {
	if l.words > 30 {
		return false
	}
	t := strings.ToLower(l.text)
	return strings.HasPrefix(t, "©") || strings.HasPrefix(t, "(c)") || strings.HasPrefix(t, "℗")
}

// hashtags reports a line made only of #tags.
func hashtags(l line) bool {
	for _, f := range strings.Fields(l.text) {
		if len(f) < 2 || f[0] != '#' || isDigit(f[1]) {
			return false
		}
	}
	return true
}

// Package romanize writes Cyrillic words in Latin letters with a national
// scheme (Ukrainian KMU 2010, Russian BGN/PCGN). Schemes are tables in
// assets/translit, so a house that prefers another system edits data.
package romanize

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup/tsv"
)

// rule is one table row: a Cyrillic letter (or digraph) and how it is
// written at the start of a word, after a vowel, and elsewhere.
type rule struct {
	cyr                        string
	initial, afterVowel, other string
}

// Scheme is a loaded romanization table.
type Scheme struct {
	Name  string
	rules map[rune][]rule // by first letter, longest spelling first
}

var header = []string{"cyrillic", "initial", "after_vowel", "elsewhere"}

// Load reads translit/<name>.tsv from fsys (assets.FS in production).
func Load(fsys fs.FS, name string) (*Scheme, error) {
	path := "translit/" + name + ".tsv"
	f, err := fsys.Open(path)
	if err != nil {
		return nil, fmt.Errorf("romanization scheme %q: %w", name, err)
	}
	defer f.Close()
	s := &Scheme{Name: name, rules: map[rune][]rule{}}
	err = tsv.Each(f, path, header, func(_ int, cols []string) error {
		r := rule{cyr: cols[0], initial: dash(cols[1]), afterVowel: dash(cols[2]), other: dash(cols[3])}
		first, _ := utf8.DecodeRuneInString(r.cyr)
		if r.cyr == "" || strings.ToLower(r.cyr) != r.cyr || !utf8.ValidString(r.cyr) {
			return fmt.Errorf("spelling %q must be lower-case text", r.cyr)
		}
		s.rules[first] = append(s.rules[first], r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, rs := range s.rules {
		sort.SliceStable(rs, func(i, j int) bool { return len(rs[i].cyr) > len(rs[j].cyr) })
	}
	return s, nil
}

func dash(s string) string {
	if s = strings.TrimSpace(s); s == "-" {
		return ""
	}
	return s
}

// cyrillicVowels (and the hard and soft signs) select the after_vowel
// column for the next letter.
const cyrillicVowels = "аеёиоуыэюяіїєъь"

// Word romanizes one word. ok is false when a Cyrillic letter has no row,
// so that a half-Latin word never reaches the text.
func (s *Scheme) Word(w string) (out string, ok bool) {
	lower := strings.ToLower(w)
	if len(lower) != len(w) {
		return "", false // a case change that resizes the word; not a name we know
	}
	allCaps := utf8.RuneCountInString(w) > 1 && w == strings.ToUpper(w)
	var b strings.Builder
	prev := rune(0)
	for pos := 0; pos < len(lower); {
		r, size := utf8.DecodeRuneInString(lower[pos:])
		var hit *rule
		for i, ru := range s.rules[r] {
			if strings.HasPrefix(lower[pos:], ru.cyr) {
				hit = &s.rules[r][i]
				break
			}
		}
		if hit == nil {
			if unicode.Is(unicode.Cyrillic, r) {
				return "", false
			}
			b.WriteString(w[pos : pos+size])
			pos += size
			prev = r
			continue
		}
		lat := hit.other
		switch {
		// A word starts after anything that is neither a letter nor in the
		// table (the apostrophe in Знам'янка is in the Ukrainian one).
		case pos == 0 || (!unicode.IsLetter(prev) && s.rules[prev] == nil):
			lat = hit.initial
		case strings.ContainsRune(cyrillicVowels, prev):
			lat = hit.afterVowel
		}
		orig, _ := utf8.DecodeRuneInString(w[pos:])
		switch {
		case allCaps:
			lat = strings.ToUpper(lat)
		case unicode.IsUpper(orig):
			lat = upperFirst(lat)
		}
		b.WriteString(lat)
		end := pos + len(hit.cyr)
		prev, _ = utf8.DecodeLastRuneInString(lower[pos:end])
		pos = end
	}
	return b.String(), true
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

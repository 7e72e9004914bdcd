package names

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/names/namekey"
)

// Thresholds for a lone surname that follows a person the article names
// in full (rule names.glossary-surname).
const (
	// minLoneKey is the shortest surname key a lone word may be fixed to
	// when it differs only by a doubled letter or an i/y swap (Lamy →
	// Lammy, Rutee → Rutte).
	minLoneKey = 4
	// minLoneKeyOneLetter is the shortest key when it also differs in one
	// letter (Starmar → Starmer, Blinkin → Blinken): shorter words
	// (Rate/Rutte) are too likely to be other words.
	minLoneKeyOneLetter = 5
)

// person is someone the article names in full, in house spelling or
// fixed to it: the surname and its key.
type person struct {
	entry   *compiled
	surname string // last word of the house spelling
	key     string
	state   cleanup.State // how sure the full-name match was
}

// establish records a person the article names in full, so that a lone
// surname anywhere in it (the headline included) can follow.
func (m *matcher) establish(c *compiled, n int, state cleanup.State) {
	if c.Kind != "person" || n < 2 {
		return
	}
	ws := personTokens(c.replacement)
	if len(ws) < 2 {
		return
	}
	surname := ws[len(ws)-1]
	for k, p := range m.people {
		if p.entry.replacement == c.replacement {
			if state == cleanup.Applied {
				m.people[k].state = state
			}
			return
		}
	}
	m.people = append(m.people, person{entry: c, surname: surname, key: namekey.Token(surname), state: state})
}

// loneToPerson fixes a lone capitalized word that spells the surname of a
// person the article names in full, when only that person fits and the
// word differs by what transliteration or a typo does to one letter. It
// reports whether it proposed a change.
func (m *matcher) loneToPerson(l loneMention) bool {
	word := m.text[l.start:l.end]
	if len(m.people) == 0 || m.surnames.other[word] || m.g.IsHouseSurname(word) {
		return false
	}
	m.keyBuf = namekey.Default().AppendToken(m.keyBuf[:0], word)
	var best *person
	bestCost, rivals := -1, 0
	for k := range m.people {
		p := &m.people[k]
		if p.key != string(m.keyBuf) || p.surname == word || l.caps && strings.EqualFold(p.surname, word) {
			continue
		}
		cost, ok := letterCost(strings.ToLower(word), strings.ToLower(p.surname))
		if !ok {
			continue
		}
		rivals++
		if best == nil || cost < bestCost {
			best, bestCost = p, cost
		}
	}
	if best == nil || utf8.RuneCountInString(word) < minSurnameRunes {
		return false
	}
	switch {
	case bestCost == 0 && len(best.key) >= minLoneKey:
	case bestCost == 1 && len(best.key) >= minLoneKeyOneLetter:
	default:
		return false
	}
	start := m.particleStart(l.start, best.surname)
	repl := m.sentenceCase(start, best.surname)
	if l.caps {
		repl = strings.ToUpper(repl)
	}
	state, confidence := best.state, 0.85
	note := fmt.Sprintf("%s, not %s: the surname of %s, whom this article names in full; %s", repl, word, best.entry.replacement, best.entry.Basis)
	if rivals > 1 {
		// Another person of the article has a surname with the same key.
		state = cleanup.Suggested
		note += "; another person in the article has a similar name, so only suggested"
	}
	if state == cleanup.Suggested {
		confidence = 0.5
	}
	m.d.Propose(start, l.end, cleanup.Change{
		Replacement: repl,
		Rule:        RuleSurname,
		Category:    cleanup.CatNames,
		Note:        note,
		Confidence:  confidence,
		State:       state,
	})
	return true
}

// diffCost counts the differences that are not free.
func diffCost(diffs []namekey.Diff) int {
	n := 0
	for _, d := range diffs {
		if !freeDiff(d.From, d.To) {
			n++
		}
	}
	return n
}

// letterCost counts the differences between two spellings with equal
// keys that are not free: a doubled letter, an i/y swap, a dropped accent.
// ok is false when the keys differ.
func letterCost(a, b string) (int, bool) {
	diffs, ok := namekey.Diffs(a, b)
	if !ok {
		return 0, false
	}
	return diffCost(diffs), true
}

// freeDiff: spellings that differ only by doubling, i/y, an accent, or
// the order of the letters in a vowel run (Saeid/Saied: the vowels were
// never written, so their order is the transliterator's guess).
func freeDiff(a, b string) bool {
	a, b = foldAccents(strings.ToLower(a)), foldAccents(strings.ToLower(b))
	return a == b || undouble(a) == undouble(b) || iy(a) == iy(b) || sameVowels(a, b)
}

// sameVowels: two vowel runs with the same letters in another order.
func sameVowels(a, b string) bool {
	if len(a) != len(b) || strings.Trim(a, "aeiouy") != "" || strings.Trim(b, "aeiouy") != "" {
		return false
	}
	var count [256]int
	for i := 0; i < len(a); i++ {
		count[a[i]]++
		count[b[i]]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

func undouble(s string) string {
	var out []rune
	for _, r := range s {
		if n := len(out); n > 0 && out[n-1] == r {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

func iy(s string) string { return undouble(strings.ReplaceAll(s, "y", "i")) }

// foldAccents drops accents, as the name key does (é → e).
func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// rivalOf returns another person the article names in full whose surname
// has the same key as the name being matched to c, or "".
func (m *matcher) rivalOf(c *compiled) string {
	ws := personTokens(c.replacement)
	key := namekey.Token(ws[len(ws)-1])
	for _, p := range m.people {
		if p.entry.replacement != c.replacement && p.key == key {
			return p.entry.replacement
		}
	}
	return ""
}

func rivalNote(other string) string {
	if other == "" {
		return ""
	}
	return fmt.Sprintf("; the article also names %s, so only suggested", other)
}

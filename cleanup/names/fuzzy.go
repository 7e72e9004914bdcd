package names

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/names/namekey"
)

// Thresholds for the transliteration-tolerant match of people's names.
const (
	// minSurnameKey is the shortest surname key (letter classes) that is
	// distinctive enough to rewrite without asking; shorter ones (Kim,
	// Li, Scholz → "xals") are only suggested.
	minSurnameKey = 5
	// maxFuzzyWords bounds a name's length in words, particles included.
	maxFuzzyWords = 6
)

// fuzzyIndex finds glossary people by the key of every word of their name.
type fuzzyIndex struct {
	byKey map[string]fuzzyTarget // token keys joined by spaces
	first map[string]bool        // key of a name's first word
	// byAlt and firstAlt hold the keys of the names under the second
	// readings of their letters (namekey.Keys: how a route writes them,
	// Benjamin as Benyamin, Zakharova as Sacharowa), consulted when no
	// primary key matches. The text is keyed once, as always.
	byAlt    map[string]fuzzyTarget
	firstAlt map[string]bool
	// byDrop holds the names' keys with one vowel run of one word left
	// out (Netanyahu as Ntanyahu: routes drop unwritten short vowels) or
	// a final vowel added (Salmane). Weakest evidence, consulted last.
	byDrop map[string]fuzzyTarget
	// namesakes maps an ambiguous key to, for each person with it, one
	// other person with it (for the note).
	namesakes map[string]map[string]string
}

type fuzzyTarget struct {
	entry    *compiled // nil when two different people share the key
	spelling string    // the glossary spelling that had this key
	dropped  bool      // the key has one vowel of the name left out
}

// maxNameReadings bounds the readings of one name (product of its words'
// readings) that are indexed or tried.
const maxNameReadings = 32

// minFullNameKey is the length (letter classes, all words) from which a
// full name whose every word matches is distinctive enough to rewrite
// although its surname key is short (Friedrich Merz, Sergei Shoigu).
const minFullNameKey = 9

// maxShortNameCost: a short name (see minFullNameKey) differing in this
// many letters or more beyond free differences is not even suggested.
const maxShortNameCost = 2

func newFuzzyIndex(g *Glossary, entries []*compiled) *fuzzyIndex {
	ix := &fuzzyIndex{byKey: map[string]fuzzyTarget{}, first: map[string]bool{},
		byAlt: map[string]fuzzyTarget{}, firstAlt: map[string]bool{}, byDrop: map[string]fuzzyTarget{},
		namesakes: map[string]map[string]string{}}
	add := func(m map[string]fuzzyTarget, k string, c *compiled, s string, dropped, primary bool) {
		if old, ok := m[k]; ok {
			if primary && old.entry != nil && old.entry.replacement != c.replacement {
				if ix.namesakes[k] == nil {
					ix.namesakes[k] = map[string]string{}
				}
				ix.namesakes[k][c.replacement] = old.entry.replacement
				ix.namesakes[k][old.entry.replacement] = c.replacement
			}
			if old.entry == nil || old.entry.replacement != c.replacement {
				m[k] = fuzzyTarget{} // ambiguous: never guess between two people
			}
			return // same person: keep the first spelling, the canonical
		}
		m[k] = fuzzyTarget{entry: c, spelling: s, dropped: dropped}
	}
	for _, c := range entries {
		if c.Kind != "person" {
			continue
		}
		for _, s := range append([]string{c.Canonical}, c.Variants...) {
			// A spelling a later layer gave to someone else is not this
			// entry's any more.
			if t := g.lookup(s); t == nil || t.entry.replacement != c.replacement {
				continue
			}
			keys := namekey.Name(s)
			if len(keys) < 2 || len(personTokens(s)) > maxFuzzyWords {
				continue
			}
			add(ix.byKey, strings.Join(keys, " "), c, s, false, true)
			ix.first[keys[0]] = true
			if s != c.Canonical {
				continue // routes are read from the house spelling only: the variants add little but cost
			}
			readings := nameReadings(s)
			for _, r := range readings[1:] {
				add(ix.byAlt, strings.Join(r, " "), c, s, false, false)
				ix.firstAlt[r[0]] = true
			}
			for _, r := range droppedVowels(keys) {
				add(ix.byDrop, strings.Join(r, " "), c, s, true, false)
			}
		}
	}
	return ix
}

// minDropKey is the shortest word key that may lose a vowel run: shorter
// words are all vowels and too easily someone else's.
const minDropKey = 5

// droppedVowels lists a name's token keys with one vowel run of one word
// after the first left out, or a vowel added after its final consonant
// (French and Italian spellings end names in e: Salmane for Salman).
func droppedVowels(keys []string) [][]string {
	var out [][]string
	for t, k := range keys {
		// The first word is left whole: it decides which words are read
		// as names at all, and every extra key there costs on every
		// capitalized word of every article.
		if t == 0 || len(k) < minDropKey {
			continue
		}
		if k[len(k)-1] != 'a' {
			r := append([]string(nil), keys...)
			r[t] = k + "a"
			out = append(out, r)
		}
		for i := 0; i < len(k); i++ {
			if k[i] != 'a' {
				continue
			}
			if i > 0 && i < len(k)-1 && k[i-1] == k[i+1] {
				continue // Hariri without its last i would key as Hari: too lossy
			}
			d := k[:i] + k[i+1:]
			r := append([]string(nil), keys...)
			r[t] = d
			out = append(out, r)
		}
	}
	return out
}

// nameReadings lists the token keys of a name under every reading of its
// letters, the primary one first (vanishing tokens left out).
func nameReadings(name string) [][]string {
	var perToken [][]string
	for _, tok := range namekey.Split(name) {
		if ks := namekey.Keys(tok); len(ks) > 0 && ks[0] != "" {
			perToken = append(perToken, ks)
		}
	}
	return readingsOf(perToken)
}

// readingsOf is the product of per-token key lists, primary first, at
// most maxNameReadings.
func readingsOf(perToken [][]string) [][]string {
	out := [][]string{nil}
	for _, ks := range perToken {
		var grown [][]string
		for _, prefix := range out {
			for _, k := range ks {
				if len(grown) == maxNameReadings {
					break
				}
				r := append(append([]string(nil), prefix...), k)
				grown = append(grown, r)
			}
		}
		out = grown
	}
	return out
}

// fuzzyAt tries to read a glossary person's name, spelled some other way,
// starting at token i. It returns the number of tokens consumed.
func (m *matcher) fuzzyAt(i int) int {
	ix := m.g.fuzzy
	t0 := m.toks[i]
	if len(ix.byKey) == 0 || !t0.capFirst || t0.end-t0.start < 2 {
		return 0
	}
	if !m.mayStartName(m.text[t0.start:t0.end]) {
		return 0
	}
	keys := namekey.Default()
	m.keyBuf = keys.AppendToken(m.keyBuf[:0], m.text[t0.start:t0.end])
	best, bestEnd, words, lastKey, nameKey := fuzzyTarget{}, -1, 1, 0, 0
	for j := i + 1; j < len(m.toks) && j-i < maxFuzzyWords; j++ {
		t := m.toks[j]
		word := m.text[t.start:t.end]
		particle := keys.IsParticle(word)
		// A hyphen may join a lower-case part (Kim Jong-un).
		if t.sep == 0 || (!t.capFirst && !particle && t.sep != '-') {
			break
		}
		n := len(m.keyBuf)
		m.keyBuf = keys.AppendToken(append(m.keyBuf, ' '), word)
		if len(m.keyBuf) == n+1 {
			m.keyBuf = m.keyBuf[:n] // a particle that vanishes (al-)
			continue
		}
		words++
		if particle || words < 2 {
			continue
		}
		ft, ok := ix.byKey[string(m.keyBuf)]
		if !ok {
			ft, ok = ix.byAlt[string(m.keyBuf)]
		}
		if !ok {
			ft, ok = ix.byDrop[string(m.keyBuf)]
		}
		if ok {
			best, bestEnd, lastKey, nameKey = ft, j, len(m.keyBuf)-n-1, len(m.keyBuf)-words+1
		}
	}
	if bestEnd < 0 || best.entry == nil {
		return 0
	}
	n := bestEnd - i + 1
	m.proposeFuzzy(i, n, best, lastKey, nameKey)
	return n
}

// mayStartName reports whether a capitalized word keys like the first word
// of a glossary person. Articles repeat their capitalized words (sentence
// openers, the same names), so each word is keyed once per run.
func (m *matcher) mayStartName(word string) bool {
	if hit, ok := m.firstWords[word]; ok {
		return hit
	}
	m.keyBuf = namekey.Default().AppendToken(m.keyBuf[:0], word)
	ix := m.g.fuzzy
	hit := ix.first[string(m.keyBuf)] || ix.firstAlt[string(m.keyBuf)]
	if m.firstWords == nil {
		m.firstWords = map[string]bool{}
	}
	m.firstWords[word] = hit
	return hit
}

func (m *matcher) proposeFuzzy(i, n int, ft fuzzyTarget, surnameKey, nameKey int) {
	c := ft.entry
	span := m.span(i, n)
	repl := c.replacement
	caps := allCaps(m.toks[i : i+n])
	if caps {
		repl = strings.ToUpper(repl)
	}
	if span == repl || m.inURL(i, n) || m.protected(c, i, n) {
		return
	}
	diffs, ok := namekey.Diffs(span, c.replacement)
	if !ok {
		diffs, ok = namekey.Diffs(span, ft.spelling)
	}
	if !ok && !ft.dropped {
		return
	}
	state, confidence := cleanup.Applied, 0.9
	// In an ALL-CAPS line every word looks capitalized, so only mixed-case
	// text can tell that the name goes on.
	followed := !caps && i+n < len(m.toks) && m.toks[i+n].sep != 0 && m.toks[i+n].capFirst
	other := m.rivalOf(c)
	// A short name is only suggested, unless nothing but case, hyphens,
	// doubled letters, i/y, accents or vowel order differs (Kim Jong-un,
	// Nabih Berry, Kais Saeid).
	cost := diffCost(diffs)
	// A short name is certain enough when nothing but free differences
	// separate it, or when its given names are the house's, letter for
	// letter, and the surname is one letter off (Olaf Schulz).
	short := surnameKey < minSurnameKey && nameKey < minFullNameKey && cost > 0 &&
		!(cost == 1 && sameGivenNames(span, c.replacement))
	if ft.dropped {
		// A vowel left out is weaker evidence: only a long name is fixed.
		short = surnameKey < minSurnameKey || nameKey < minFullNameKey
	}
	if short && cost >= maxShortNameCost {
		return // a short name two letters away is someone else (John Gille is not John Healey)
	}
	if short || followed || other != "" {
		// A short name, a name that goes on (a longer name, another
		// person), or another person of the article with a surname of
		// the same key: ask instead of rewriting.
		state, confidence = cleanup.Suggested, 0.6
	}
	m.learnSurname(c, i, n, repl, state)
	m.establish(c, n, state)
	m.d.Propose(m.toks[i].start, m.toks[i+n-1].end, cleanup.Change{
		Replacement: repl,
		Rule:        RuleFuzzy,
		Category:    cleanup.CatNames,
		Note:        fuzzyNote(span, c, diffs, ft.dropped) + rivalNote(other),
		Confidence:  confidence,
		State:       state,
	})
}

// sameGivenNames: every word but the last is spelled alike (case aside).
func sameGivenNames(a, b string) bool {
	aw, bw := personTokens(a), personTokens(b)
	if len(aw) != len(bw) || len(aw) < 2 {
		return false
	}
	for i := 0; i < len(aw)-1; i++ {
		if !strings.EqualFold(aw[i], bw[i]) {
			return false
		}
	}
	return true
}

func allCaps(ts []token) bool {
	for _, t := range ts {
		if !t.allCaps {
			return false
		}
	}
	return true
}

// fuzzyNote explains a transliteration fix: which route the spelling took
// and which letters it changed.
func fuzzyNote(span string, c *compiled, diffs []namekey.Diff, dropped bool) string {
	if dropped {
		return fmt.Sprintf("%s, not %s: the same name with a vowel left out or added, as transliteration drops unwritten short vowels and French or Italian ends a name in e; %s", c.replacement, span, c.Basis)
	}
	if len(diffs) == 0 {
		return fmt.Sprintf("%s, not %s: the same name with other hyphens, spaces or capitals; %s", c.replacement, span, c.Basis)
	}
	routes := namekey.Routes(diffs)
	var names []string
	for _, r := range routes {
		names = append(names, routeName(r))
	}
	var pairs []string
	for _, d := range diffs {
		pairs = append(pairs, fmt.Sprintf("%s→%s", orNothing(d.From), orNothing(d.To)))
	}
	return fmt.Sprintf("%s spelling: %q is how this name comes back through transliteration (%s); %s: %s",
		strings.Join(names, " and "), span, strings.Join(pairs, ", "), c.replacement, c.Basis)
}

func orNothing(s string) string {
	if s == "" {
		return "∅"
	}
	return s
}

func routeName(r string) string {
	switch r {
	case "arabic":
		return "Arabic-route"
	case "russian":
		return "Russian-route"
	case "turkish":
		return "Turkish-letter"
	case "german":
		return "German-route"
	case "french":
		return "French-route"
	case "spanish":
		return "Spanish-route"
	}
	return "Variant"
}

// markNamesakes records, on every listed multi-word spelling of a person
// whose key another person shares, who that other person is (a listed
// variant that in transliteration is also someone else's name).
func (g *Glossary) markNamesakes() {
	for _, tg := range g.exact {
		c := tg.entry
		if c.Kind != "person" || !strings.ContainsAny(tg.spelling, " -") {
			continue
		}
		key := strings.Join(namekey.Name(tg.spelling), " ")
		if ft, ok := g.fuzzy.byKey[key]; ok && ft.entry == nil {
			tg.namesake = g.fuzzy.namesakes[key][c.replacement]
		}
	}
}

// House returns the house spelling of a name the glossary knows: one of
// its spellings (any case), or a person whose every name word has the same
// transliteration key, when only one person has that key. Other passes
// use it as evidence that a word run is a known name.
func (g *Glossary) House(name string) (string, bool) {
	if t := g.lookup(name); t != nil {
		return t.entry.replacement, true
	}
	keys := namekey.Name(name)
	if len(keys) < 2 {
		return "", false
	}
	ft, ok := g.fuzzy.byKey[strings.Join(keys, " ")]
	if !ok || ft.entry == nil {
		return "", false
	}
	return ft.entry.replacement, true
}

// Package names fixes names to house style: a glossary of canonical
// spellings and their variants, matched in one pass over the text, plus a
// transliteration-tolerant key (package namekey) for full names of people
// that come back from Arabic or Russian script in spellings no list has.
package names

import (
	"strings"

	"github.com/copydesk/copydesk/cleanup/names/namekey"
)

// target is what one spelling (lower-cased key) leads to.
type target struct {
	key      string // normalized spelling, to confirm a hash hit
	spelling string // the spelling as the glossary writes it
	entry    *compiled
	namesake string // another person this spelling may name (markNamesakes)
}

// compiled is an entry ready for matching.
type compiled struct {
	Entry
	replacement string // canonical after following later layers' claims
	protect     []phrase
}

// Glossary is a compiled set of entries.
type Glossary struct {
	exact    map[uint64]*target // n-gram hash → spelling
	first    map[uint64]uint8   // first-word hash → most words a spelling starting with it has
	starts   []uint64           // bitset over first-word hashes: skips most map lookups
	maxWords int
	fuzzy    *fuzzyIndex
	// protectors are the entries with leave-alone phrases.
	protectors []*compiled
	// houseSurnames holds the lower-cased last word of every person's
	// house spelling.
	houseSurnames map[string]bool
}

// NewGlossary compiles layers of entries; later layers override earlier
// ones: a spelling claimed by a later layer (as canonical or variant) wins.
// Within one layer a canonical spelling beats a variant.
func NewGlossary(layers ...[]Entry) *Glossary {
	g := &Glossary{exact: map[uint64]*target{}, first: map[uint64]uint8{}, starts: make([]uint64, startBits/64)}
	var all []*compiled
	claim := func(s string, c *compiled) {
		p := splitPhrase(s)
		if len(p.words) == 0 {
			return
		}
		g.exact[p.hash()] = &target{key: p.key(), spelling: s, entry: c}
		h := fnvWord(fnvOffset, p.words[0])
		g.first[h] = max(g.first[h], uint8(min(len(p.words), 255)))
		g.starts[(h>>startShift)/64] |= 1 << ((h >> startShift) % 64)
		g.maxWords = max(g.maxWords, len(p.words))
	}
	for _, layer := range layers {
		var cs []*compiled
		for _, e := range layer {
			c := &compiled{Entry: e, replacement: e.Canonical}
			for _, la := range e.LeaveAlone {
				c.protect = append(c.protect, protectPhrase(la))
			}
			cs = append(cs, c)
		}
		for _, c := range cs {
			for _, v := range c.Variants {
				claim(v, c)
			}
		}
		for _, c := range cs {
			claim(c.Canonical, c)
		}
		all = append(all, cs...)
	}
	g.houseSurnames = map[string]bool{}
	for _, c := range all {
		c.replacement = g.resolve(c)
		if len(c.protect) > 0 {
			g.protectors = append(g.protectors, c)
		}
		if ws := personTokens(c.replacement); c.Kind == "person" && len(ws) > 1 {
			g.houseSurnames[strings.ToLower(ws[len(ws)-1])] = true
		}
	}
	g.fuzzy = newFuzzyIndex(g, all)
	g.markNamesakes()
	return g
}

// startBits sizes the first-word bitset: 2^17 bits (16 KB) keep it mostly
// empty for 10,000 entries, so an ordinary word costs one bit test.
const (
	startBits  = 1 << 17
	startShift = 64 - 17
)

// mayStart reports whether a spelling might start with the word of hash h.
func (g *Glossary) mayStart(h uint64) bool {
	b := h >> startShift
	return g.starts[b/64]&(1<<(b%64)) != 0
}

// resolve follows a canonical spelling that a later layer claimed for
// another entry, so that cleaning twice changes nothing more.
func (g *Glossary) resolve(c *compiled) string {
	seen := map[*compiled]bool{}
	for !seen[c] {
		seen[c] = true
		t := g.exact[splitPhrase(c.Canonical).hash()]
		if t == nil || t.entry == c {
			break
		}
		c = t.entry
	}
	return c.Canonical
}

// lookup finds the target of a spelling, for tests and the editor.
func (g *Glossary) lookup(s string) *target {
	p := splitPhrase(s)
	t := g.exact[p.hash()]
	if t == nil || t.key != p.key() {
		return nil
	}
	return t
}

// Canonical returns the house spelling for s (any case) and whether the
// glossary knows s at all.
func (g *Glossary) Canonical(s string) (string, bool) {
	if t := g.lookup(s); t != nil {
		return t.entry.replacement, true
	}
	return "", false
}

// Len is the number of spellings the glossary recognises.
func (g *Glossary) Len() int { return len(g.exact) }

// personTokens are the name tokens of a person spelling, particles kept.
func personTokens(s string) []string { return namekey.Split(s) }

// upperFirst capitalizes the first letter of s.
func upperFirst(s string) string {
	for i, r := range s {
		return s[:i] + strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

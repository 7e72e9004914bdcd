package names

import "strings"

// Protects reports whether text[start:end] lies inside one of the
// glossary's leave-alone phrases (Odessa, Texas; chicken Kiev): there the
// glossary pass kept a spelling on purpose, and no other pass may suggest
// changing it.
func (g *Glossary) Protects(text string, start, end int) bool {
	if len(g.protectors) == 0 || start < 0 || end > len(text) || start > end {
		return false
	}
	from := strings.LastIndexByte(text[:start], '\n') + 1
	to := len(text)
	if k := strings.IndexByte(text[end:], '\n'); k >= 0 {
		to = end + k
	}
	m := matcher{g: g, text: text, toks: tokenize(text, from, to, nil)}
	for _, c := range g.protectors {
		for _, p := range c.protect {
			for at := range m.toks {
				if !m.phraseAt(p, at) {
					continue
				}
				if m.toks[at].start < end && start < m.toks[at+len(p.words)-1].end {
					return true
				}
			}
		}
	}
	return false
}

// IsHouseSurname reports whether word (any case) is the last word of a
// person's house spelling: a lone "Lavrov" is already right.
func (g *Glossary) IsHouseSurname(word string) bool {
	return g.houseSurnames[strings.ToLower(word)]
}

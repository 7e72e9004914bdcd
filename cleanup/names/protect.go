package names

import "strings"

// Protects reports whether text[start:end] lies inside one of the
// glossary's leave-alone phrases (chicken Kiev) or is a place variant with a
// US state or Canadian province after it (Odessa, Minn.): there the glossary
// pass kept a spelling on purpose, and no other pass may suggest changing it.
func (g *Glossary) Protects(text string, start, end int) bool {
	if start < 0 || end > len(text) || start > end {
		return false
	}
	from := strings.LastIndexByte(text[:start], '\n') + 1
	to := len(text)
	if k := strings.IndexByte(text[end:], '\n'); k >= 0 {
		to = end + k
	}
	m := matcher{g: g, text: text, toks: tokenize(text, from, to, nil)}
	// A place variant named with a state after it (Odessa, Texas).
	for i := range m.toks {
		t := m.toks[i]
		if t.start < end && start < t.end && townAbroad(text, t.end) {
			if tg := g.lookup(text[t.start:t.end]); tg != nil && tg.entry.Kind == "place" {
				return true
			}
		}
	}
	// The span test comes before phraseAt, which normalizes every word it
	// compares: only the few places where a phrase would cover the span
	// are read, not every token of the paragraph for every phrase.
	for _, c := range g.protectors {
		for _, p := range c.protect {
			for at := range m.toks {
				last := at + len(p.words) - 1
				if last >= len(m.toks) {
					break // phraseAt needs the phrase's words inside the line
				}
				if m.toks[at].start < end && start < m.toks[last].end && m.phraseAt(p, at) {
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

package variants

import "strings"

// latinNames are the names the batch writes in Latin letters, by key: a
// Cyrillic name whose romanization has the same key (and near vowels) is
// the same person, and takes the batch's spelling.
type latinNames struct {
	byKey map[string]latinName
}

type latinName struct {
	form   string
	source string // the article it was read in
	tie    bool   // two different spellings share the key: no evidence
}

// latinNames indexes the multi-word mentions of the batch and the
// one-word ones with a distinctive key.
func (b *batch) latinNames(found [][]mention) latinNames {
	ln := latinNames{byKey: map[string]latinName{}}
	for doc, ms := range found {
		text := b.ds[doc].Text()
		for i := range ms {
			m := &ms[i]
			k := m.fullKey()
			if len(m.keys) == 1 && len(k) < minSingleKey {
				continue
			}
			form := text[m.start:m.end]
			old, seen := ln.byKey[k]
			switch {
			case !seen:
				ln.byKey[k] = latinName{form: form, source: b.source(doc)}
			case !strings.EqualFold(old.form, form):
				old.tie = true
				ln.byKey[k] = old
			}
		}
	}
	return ln
}

// find returns the batch's Latin spelling of a romanized name.
func (ln latinNames) find(p *Pass, roman string) (form, source string, ok bool) {
	keys := p.keys.Name(roman)
	p.given.fold(keys)
	n, hit := ln.byKey[strings.Join(keys, " ")]
	if !hit || n.tie || !near(p.keys, p.given, roman, n.form) {
		return "", "", false
	}
	return n.form, n.source, true
}

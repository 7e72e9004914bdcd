package variants

import "strings"

// occurrence is one mention in one draft of the batch.
type occurrence struct {
	doc int
	m   *mention
}

// cluster gathers the spellings of one name across the batch.
type cluster struct {
	key     string
	full    []occurrence // the whole name (or the one word of a one-word name)
	surname []occurrence // the surname alone, linked to the full name in its article or batch
}

// clusterBatch groups mentions by key. Names of two or more words group
// by the key of every word. A one-word mention joins the name whose
// surname it matches in its own article; failing that, if its key is
// distinctive, the one name in the batch with that surname or else other
// one-word mentions with the same key. Two names sharing a surname in an article
// (two ministers) leave the lone surname alone.
func clusterBatch(found [][]mention) []*cluster {
	byKey := map[string]*cluster{}
	var order []*cluster
	get := func(k string) *cluster {
		c := byKey[k]
		if c == nil {
			c = &cluster{key: k}
			byKey[k] = c
			order = append(order, c)
		}
		return c
	}
	bySurname := map[string][]*cluster{} // across the batch
	for doc, ms := range found {
		for i := range ms {
			if m := &ms[i]; len(m.keys) > 1 {
				c := get(m.fullKey())
				c.full = append(c.full, occurrence{doc, m})
				if len(c.full) == 1 && !m.commonSurname {
					s := m.keys[len(m.keys)-1]
					bySurname[s] = append(bySurname[s], c)
				}
			}
		}
	}
	var lone []occurrence
	for doc, ms := range found {
		// Surname key → full keys in this article, and where the first full
		// name with it stands: a lone surname refers back to a full name
		// given before it, as news copy does.
		local := map[string][]string{}
		firstAt := map[string]int{}
		for i := range ms {
			if m := &ms[i]; len(m.keys) > 1 {
				s, k := m.keys[len(m.keys)-1], m.fullKey()
				if !contains(local[s], k) {
					local[s] = append(local[s], k)
				}
				if _, seen := firstAt[s]; !seen && !m.commonSurname {
					firstAt[s] = m.start
				}
			}
		}
		for i := range ms {
			m := &ms[i]
			if len(m.keys) != 1 {
				continue
			}
			fulls := local[m.keys[0]]
			switch at, ok := firstAt[m.keys[0]]; {
			case len(fulls) == 0:
				lone = append(lone, occurrence{doc, m})
			case len(fulls) == 1 && ok && at < m.start:
				c := byKey[fulls[0]]
				c.surname = append(c.surname, occurrence{doc, m})
			}
		}
	}
	// A word that opens a sentence may be any word, so it joins a one-word
	// name found elsewhere but never starts one: those go second.
	for _, opens := range []bool{false, true} {
		for _, o := range lone {
			k := o.m.keys[0]
			if o.m.opens != opens {
				continue
			}
			if len(k) < minSingleKey {
				continue // too short to link outside its own article
			}
			switch cs := bySurname[k]; {
			case len(cs) == 1 && !opens:
				cs[0].surname = append(cs[0].surname, o)
			case len(cs) == 0 && (!opens || byKey[k] != nil):
				c := get(k)
				c.full = append(c.full, o)
			}
		}
	}
	return order
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Match reports whether two spellings would be clustered as one name: the
// same transliteration key word by word (particles such as al- aside,
// given names folded by the Ukrainian/Russian table), near enough in their
// vowels, a distinctive key for a one-word name, and not two different
// people in the glossary. It is the matcher cmd/evalnames measures.
func (p *Pass) Match(a, b string) bool {
	ka, kb := p.keys.Name(a), p.keys.Name(b)
	p.given.fold(ka)
	p.given.fold(kb)
	if len(ka) == 0 || strings.Join(ka, " ") != strings.Join(kb, " ") {
		return false
	}
	if len(ka) == 1 && len(ka[0]) < minSingleKey {
		return false
	}
	ca, okA := p.gl.Canonical(a)
	cb, okB := p.gl.Canonical(b)
	if okA && okB && ca != cb {
		return false
	}
	return near(p.keys, p.given, a, b)
}

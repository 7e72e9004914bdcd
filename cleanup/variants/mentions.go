package variants

import (
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup/names/namekey"
)

// maxNameWords bounds a name; a longer run of capitalized words is a
// title-case headline, not a name.
const maxNameWords = 5

// mention is one name found in a draft's text.
type mention struct {
	start, end int      // the name in Text(), without title or possessive
	keys       []string // namekey of each word (given names folded); particles that vanish are left out
	words      []string // the words as written, particles included
	opens      bool     // the name opens a sentence
	// commonSurname: the last word is also a lower-case word of the batch,
	// so a lone mention of it is no sign of this name.
	commonSurname bool
}

// spelling identifies how a mention is written, ignoring case.
func (m *mention) spelling(text string) string { return strings.ToLower(text[m.start:m.end]) }

// fullKey is the keys joined; mentions with equal full keys are candidates
// for one name.
func (m *mention) fullKey() string { return strings.Join(m.keys, " ") }

// findMentions reads the names in text: runs of capitalized Latin words
// joined by single spaces or hyphens, with particles (al-, bin, von der)
// inside, titles before them left out and a possessive 's cut off.
func findMentions(text string, lx lexicon, keys *keyMemo, g givenNames, dst []mention) []mention {
	var ws []word
	for from := 0; from < len(text); {
		to := lineEnd(text, from)
		ws = splitWords(text, from, to, ws[:0])
		dst = mentionsInLine(text, ws, lx, keys, g, dst)
		from = to + 1
	}
	return dst
}

func mentionsInLine(text string, ws []word, lx lexicon, keys *keyMemo, g givenNames, dst []mention) []mention {
	for i := 0; i < len(ws); {
		if !startsName(text, ws, i, lx) {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && ws[j].sep != 0 && continuesName(text, ws, j, lx) && !possessive(text, ws[j-1]) {
			j++
		}
		// Particles at the end belong to what follows, not to the name.
		k := j
		for k > i && lx.role(text[ws[k-1].start:ws[k-1].end]) == roleParticle {
			k--
		}
		if m, ok := newMention(text, ws[i:k], keys, g); ok {
			dst = append(dst, m)
		}
		i = j
	}
	return dst
}

// startsName: a capitalized word that is no title or stop word, or a
// particle directly followed by one (al-Assad, bin Salman).
// A word that cannot be a name word is looked up only when a name word
// follows: most words of a line are lower case and start nothing.
func startsName(text string, ws []word, i int, lx lexicon) bool {
	w := ws[i]
	nextIsName := func() bool { return i+1 < len(ws) && ws[i+1].sep != 0 && nameWord(text, ws[i+1], lx) }
	if !w.upper || w.allCaps {
		return nextIsName() && lx.role(text[w.start:w.end]) == roleParticle
	}
	raw := text[w.start:w.end]
	role := lx.role(raw)
	if role == roleParticle {
		return nextIsName()
	}
	return nameRole(lx, raw, role)
}

func continuesName(text string, ws []word, j int, lx lexicon) bool {
	w := ws[j]
	raw := text[w.start:w.end]
	role := lx.role(raw)
	if role == roleParticle {
		return true
	}
	if !w.upper || w.allCaps {
		return false
	}
	return nameRole(lx, raw, role)
}

// nameWord: capitalized, mixed case, and not a title or stop word.
func nameWord(text string, w word, lx lexicon) bool {
	if !w.upper || w.allCaps {
		return false
	}
	switch lx.role(stripPossessive(text[w.start:w.end])) {
	case roleTitle, roleStop:
		return false
	}
	return true
}

// nameRole is nameWord's test of the role of a capitalized word, given
// the role of the word as written: a possessive is cut and looked up
// again, while a word without one (most) is not looked up twice.
func nameRole(lx lexicon, raw, role string) bool {
	if bare := stripPossessive(raw); len(bare) != len(raw) {
		role = lx.role(bare)
	}
	switch role {
	case roleTitle, roleStop:
		return false
	}
	return true
}

func possessive(text string, w word) bool {
	return len(stripPossessive(text[w.start:w.end])) < w.end-w.start
}

// stripPossessive cuts a final 's or ’s.
func stripPossessive(s string) string {
	if !strings.HasSuffix(s, "s") {
		return s
	}
	r, size := utf8.DecodeLastRuneInString(s[:len(s)-1])
	if isApostrophe(r) && len(s)-1-size > 0 {
		return s[:len(s)-1-size]
	}
	return s
}

func newMention(text string, ws []word, keys *keyMemo, g givenNames) (mention, bool) {
	if len(ws) == 0 || len(ws) > maxNameWords {
		return mention{}, false
	}
	m := mention{start: ws[0].start, opens: ws[0].opens}
	last := ws[len(ws)-1]
	m.end = last.start + len(stripPossessive(text[last.start:last.end]))
	for _, w := range ws {
		s := text[w.start:min(w.end, m.end)]
		if utf8.RuneCountInString(s) < 2 {
			return mention{}, false // an initial or a letter (Group C): no key to trust
		}
		m.words = append(m.words, s)
		if k := keys.token(s); k != "" {
			m.keys = append(m.keys, k)
		}
	}
	g.fold(m.keys)
	return m, len(m.keys) > 0
}

// keyMemo keys the words of a batch's names, each distinct word once: a
// batch names the same people again and again, and keying a word is most
// of the cost of reading a mention. It lives for one RunBatch.
type keyMemo struct {
	keys *namekey.Table
	seen map[string]string
}

func newKeyMemo(keys *namekey.Table) *keyMemo {
	return &keyMemo{keys: keys, seen: map[string]string{}}
}

// token is keys.Token(w).
func (k *keyMemo) token(w string) string {
	key, ok := k.seen[w]
	if !ok {
		key = k.keys.Token(w)
		k.seen[w] = key
	}
	return key
}

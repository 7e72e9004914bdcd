package names

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

// Rules the pass emits.
const (
	RuleGlossary = "names.glossary"
	RuleFuzzy    = "names.glossary-fuzzy"
)

type pass struct{ g *Glossary }

// NewGlossaryPass returns the pass that rewrites glossary variants to the
// house spelling, and full names of people that differ from the glossary
// only by transliteration.
func NewGlossaryPass(g *Glossary) cleanup.Pass { return pass{g} }

func (pass) Name() string { return "names" }

func (p pass) Run(d *cleanup.Draft) {
	text := d.Text()
	m := matcher{g: p.g, text: text, d: d}
	s := m.take()
	defer m.give(s)
	// Names never span a line break, so the text is read line by line with
	// one small token buffer.
	for from := 0; from < len(text); {
		to := strings.IndexByte(text[from:], '\n')
		if to < 0 {
			to = len(text)
		} else {
			to += from
		}
		m.toks = tokenize(text, from, to, m.toks[:0])
		m.line()
		from = to + 1
	}
	m.fixLoneSurnames()
}

// line matches the tokens of one line.
func (m *matcher) line() {
	for i := 0; i < len(m.toks); {
		if n := m.exactAt(i); n > 0 {
			i += n
			continue
		}
		if n := m.fuzzyAt(i); n > 0 {
			i += n
			continue
		}
		m.noteCapitalized(i)
		i++
	}
}

// matcher holds one run of the pass over one text.
type matcher struct {
	g    *Glossary
	text string
	toks []token
	d    *cleanup.Draft
	// keyBuf holds the namekeys of the words being read as a name.
	keyBuf []byte
	// firstWords remembers, per capitalized word, whether its key starts
	// a glossary person's name.
	firstWords map[string]bool
	// surnames gathers full-name fixes and lone surnames to follow them.
	surnames surnames
	// people are the persons the article names in full.
	people []person
}

// exactAt looks for the longest glossary spelling that starts at token i.
// It returns how many tokens the spelling covers (0 when none), whether or
// not the text needed a change.
func (m *matcher) exactAt(i int) int {
	t0 := m.toks[i]
	if !m.g.mayStart(t0.hash) {
		return 0
	}
	most, ok := m.g.first[t0.hash]
	if !ok {
		return 0
	}
	var hashes [16]uint64
	n, h := 1, t0.hash
	hashes[0] = h
	for n < int(most) && n < len(hashes) && i+n < len(m.toks) && m.toks[i+n].sep != 0 {
		t := m.toks[i+n]
		h = fnvWord(fnvByte(h, t.sep), m.text[t.start:t.end])
		hashes[n] = h
		n++
	}
	for ; n > 0; n-- {
		tg := m.g.exact[hashes[n-1]]
		if tg == nil {
			continue
		}
		span := m.span(i, n)
		if normalize(span) != tg.key {
			continue // hash collision
		}
		m.establish(tg.entry, n, cleanup.Applied)
		m.replaceExact(i, n, span, tg)
		return n
	}
	return 0
}

func (m *matcher) span(i, n int) string {
	return m.text[m.toks[i].start:m.toks[i+n-1].end]
}

func (m *matcher) replaceExact(i, n int, span string, tg *target) {
	c := tg.entry
	repl, ok := adaptCase(span, tg.spelling, c.replacement)
	if !ok || repl == span || m.inURL(i, n) || m.protected(c, i, n) {
		return
	}
	note := fmt.Sprintf("%s, not %s: %s", c.replacement, span, c.Basis)
	if c.Renamed != "" {
		// A renaming covers its scope only: the city, not the region
		// that kept the old name.
		if s := m.scopeAfter(i + n); s != "" && s != c.Scope {
			return
		}
		if historical(m.text, m.toks[i].start, m.toks[i+n-1].end) {
			return // the old name as history: "called Kirovohrad until 2016"
		}
		note = renamingNote(c, span)
	}
	state, confidence := cleanup.Applied, 1.0
	if other := tg.namesake; other != "" {
		// The spelling is listed for one person, but in transliteration it
		// is also another's (Andrei Kostin: the banker or the prosecutor).
		state, confidence = cleanup.Suggested, 0.6
		note += fmt.Sprintf("; %s could be meant too, so only suggested", other)
	}
	m.learnSurname(c, i, n, repl, state)
	m.d.Propose(m.toks[i].start, m.toks[i+n-1].end, cleanup.Change{
		Replacement: repl,
		Rule:        RuleGlossary,
		Category:    cleanup.CatNames,
		Note:        note,
		Confidence:  confidence,
		State:       state,
	})
}

// adaptCase decides the replacement for a text that matched spelling
// ignoring case. It is sure of three cases: the exact spelling, the same
// with a capital first letter (sentence start), and ALL CAPS. Anything else
// (kiev in lower-case prose, in a slug) is left alone.
func adaptCase(text, spelling, canonical string) (string, bool) {
	switch {
	case text == spelling:
		return canonical, true
	case text == upperFirst(spelling):
		return upperFirst(canonical), true
	case text == strings.ToUpper(spelling) && hasTwoLetters(text):
		return strings.ToUpper(canonical), true
	}
	return "", false
}

func hasTwoLetters(s string) bool {
	n := 0
	for _, r := range s {
		if isWordRune(r) {
			n++
		}
	}
	return n >= 2
}

// inURL reports whether tokens i..i+n-1 sit inside a URL, an e-mail
// address, a path or a domain, where spelling is not ours to change.
func (m *matcher) inURL(i, n int) bool {
	start, end := m.toks[i].start, m.toks[i+n-1].end
	if start > 1 && m.text[start-1] == '.' && isWordByte(m.text[start-2]) {
		return true
	}
	if end+1 < len(m.text) && m.text[end] == '.' && isWordByte(m.text[end+1]) {
		return true
	}
	lo, hi := start, end
	for lo > 0 && start-lo < 256 && !isSpaceByte(m.text[lo-1]) {
		lo--
	}
	for hi < len(m.text) && hi-end < 256 && !isSpaceByte(m.text[hi]) {
		hi++
	}
	chunk := m.text[lo:hi]
	// One look at each byte: it runs for every capitalized word.
	for k := 0; k < len(chunk); k++ {
		if urlByte[chunk[k]] {
			return true
		}
	}
	return strings.Contains(chunk, "www.")
}

// urlByte marks the bytes that only URLs, e-mail addresses and paths
// put inside a run of non-space text.
var urlByte = func() (b [256]bool) {
	for _, c := range []byte("/@\\=_") {
		b[c] = true
	}
	return b
}()

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b >= 0x80
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// protected reports whether tokens i..i+n-1 sit inside one of the entry's
// leave-alone phrases ("chicken Kiev", "* Lvov" for a surname).
func (m *matcher) protected(c *compiled, i, n int) bool {
	if c.Kind == "place" && townAbroad(m.text, m.toks[i+n-1].end) {
		return true
	}
	for _, p := range c.protect {
		for k := 0; k+n <= len(p.words); k++ {
			if m.phraseAt(p, i-k) {
				return true
			}
		}
	}
	return false
}

// phraseAt reports whether phrase p matches the text tokens from index at.
// Words must be on one line; "*" matches a capitalized word that does not
// begin a sentence (a first name or title before a surname).
func (m *matcher) phraseAt(p phrase, at int) bool {
	if at < 0 || at+len(p.words) > len(m.toks) {
		return false
	}
	for j, w := range p.words {
		t := m.toks[at+j]
		if j > 0 && strings.ContainsAny(m.text[m.toks[at+j-1].end:t.start], "\n.!?") {
			return false
		}
		if w == "*" {
			if !t.capFirst || m.sentenceStart(at+j) {
				return false
			}
			continue
		}
		if normalize(m.text[t.start:t.end]) != w {
			return false
		}
	}
	return true
}

// sentenceStart reports whether token i begins a sentence or a line.
func (m *matcher) sentenceStart(i int) bool {
	s := strings.TrimRight(m.text[:m.toks[i].start], " \t\"“‘'«(")
	return s == "" || strings.ContainsAny(s[len(s)-1:], ".!?:\n")
}

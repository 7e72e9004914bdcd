package names

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// RuleSurname fixes a surname standing alone after the article already
// named the person in full with the wrong spelling ("Antonio Gutierrez …
// Gutierrez said" → Guterres both times).
const RuleSurname = "names.glossary-surname"

// minSurnameRunes keeps short surnames (Li, Kim) out: alone they are too
// likely to be someone else.
const minSurnameRunes = 4

// surnames collects, over one run of the pass, what full-name fixes taught
// about surnames and where surnames stand alone; the lone ones are fixed
// at the end, when the whole article has been read.
type surnames struct {
	fixes map[string]surnameFix // misspelled surname → its fix
	other map[string]bool       // words that end some other capitalized name
	lone  []loneMention
}

// surnameFix is what a full-name fix taught about the surname.
type surnameFix struct {
	at        int    // where the full name starts in the text
	canonical string // the house spelling of the surname
	fullName  string // the full name as the article wrote it
	house     string // the full name in house spelling
	state     cleanup.State
	ambiguous bool // two people of this article share the misspelling
}

type loneMention struct {
	start, end int
	caps       bool // written in capitals (a headline in caps)
}

// learnSurname records the surname of a person's name that was just fixed,
// so later lone mentions in the same article follow it.
func (m *matcher) learnSurname(c *compiled, i, n int, repl string, state cleanup.State) {
	if c.Kind != "person" || n < 2 {
		return
	}
	last := m.toks[i+n-1]
	wrong := m.text[last.start:last.end]
	words := strings.Fields(repl)
	right := words[len(words)-1]
	if f := strings.Fields(m.span(i, n)); f[len(f)-1] == right {
		return // only the given name changed (Abdel → Abdul al-Sisi)
	}
	if wrong == right || !last.capFirst || last.allCaps || utf8.RuneCountInString(wrong) < minSurnameRunes {
		return
	}
	s := &m.surnames
	if s.fixes == nil {
		s.fixes = map[string]surnameFix{}
	}
	if old, seen := s.fixes[wrong]; seen {
		if old.canonical != right {
			old.ambiguous = true
			s.fixes[wrong] = old
		}
		return
	}
	s.fixes[wrong] = surnameFix{at: m.toks[i].start, canonical: right, fullName: m.span(i, n), house: repl, state: state}
}

// noteCapitalized records token i, which no glossary spelling covered: a
// capitalized word joined to a capitalized word before it ends some other
// name ("Maria Gutierrez"); one standing alone may be a lone surname.
func (m *matcher) noteCapitalized(i int) {
	t := m.toks[i]
	if !t.capFirst || t.end-t.start < minSurnameRunes {
		return
	}
	// joined: token j is a capitalized word right after a capitalized one
	// that is not a title (Secretary-General Guteres is a lone surname).
	joined := func(j int) bool {
		if j <= 0 || j >= len(m.toks) || m.toks[j].sep == 0 || !m.toks[j].capFirst || !m.toks[j-1].capFirst {
			return false
		}
		prev := m.toks[j-1]
		return !isTitle(m.text[prev.start:prev.end])
	}
	s := &m.surnames
	switch {
	case joined(i):
		if s.other == nil {
			s.other = map[string]bool{}
		}
		s.other[m.text[t.start:t.end]] = true
	case !joined(i+1) && !m.inURL(i, 1):
		s.lone = append(s.lone, loneMention{t.start, t.end, t.allCaps})
	}
}

// fixLoneSurnames proposes the house spelling for every lone surname
// spelled like a full name the article fixed (before or after it: a
// headline names the person before the body does), unless the article
// also uses that spelling for someone else; failing that, for a lone word
// that misspells the surname of a person the article names in full.
func (m *matcher) fixLoneSurnames() {
	s := &m.surnames
	for _, l := range s.lone {
		word := m.text[l.start:l.end]
		fix, ok := s.fixes[word]
		if !ok || fix.ambiguous || s.other[word] || l.caps {
			// Not a misspelling the article's full names taught: it may
			// still be a surname of someone the article names in full.
			m.loneToPerson(l)
			continue
		}
		confidence := 0.85
		if fix.state == cleanup.Suggested {
			confidence = 0.5
		}
		start := m.particleStart(l.start, fix.canonical)
		m.d.Propose(start, l.end, cleanup.Change{
			Replacement: m.sentenceCase(start, fix.canonical),
			Rule:        RuleSurname,
			Category:    cleanup.CatNames,
			Note: fmt.Sprintf("%s, not %s: the person this article first calls %q (%s)",
				fix.canonical, word, fix.fullName, fix.house),
			Confidence: confidence,
			State:      fix.state,
		})
	}
}

// sentenceCase capitalises a surname that opens with a lower-case particle
// (el-Sissi, al-Hayya, van der Leyen) where it starts a sentence or a line:
// AP writes "El-Sissi said" there and "said el-Sissi" elsewhere.
func (m *matcher) sentenceCase(start int, surname string) string {
	before := strings.TrimRight(m.text[:start], " \t")
	if before == "" || strings.HasSuffix(before, "\n") || strings.ContainsAny(before[len(before)-1:], ".!?") {
		return upperFirst(surname)
	}
	return surname
}

// Particles joined to a surname by a hyphen (al-Sisi, el-Baradei) have at
// most this many letters.
const maxParticleLetters = 3

// particleStart widens a lone surname's span to the lower-case particle
// hyphenated to it when the house spelling brings its own particle:
// "al-Sisi" becomes "el-Sissi", not "al-el-Sissi". A house spelling without
// one replaces the surname alone.
func (m *matcher) particleStart(start int, surname string) int {
	if !strings.Contains(surname, "-") || start < 2 || m.text[start-1] != '-' {
		return start
	}
	p := start - 1
	for p > 0 && start-1-p < maxParticleLetters && m.text[p-1] >= 'a' && m.text[p-1] <= 'z' {
		p--
	}
	if p == start-1 || p > 0 && isWordByte(m.text[p-1]) {
		return start
	}
	return p
}

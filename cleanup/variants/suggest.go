package variants

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// batch is one run of the pass over a batch.
type batch struct {
	p       *Pass
	ds      []*cleanup.Draft
	ukraine [][]int // offsets of Ukraine/Kyiv/… words per draft
	near    map[[2]string]bool
}

// spelling is one way a cluster's name is written (case aside).
type spelling struct {
	form  string // as written, preferring a mention inside a sentence
	count int
	docs  []int
}

// tail is the last n words of form with what joins them, so that a lone
// al-Mishri is compared with al-Mishri, not Mishri.
func tail(form string, n int) string {
	for i := len(form) - 1; i >= 0; i-- {
		if form[i] == ' ' || form[i] == '-' {
			if n--; n == 0 {
				return form[i+1:]
			}
		}
	}
	return form
}

func wordCount(form string) int {
	return 1 + strings.Count(form, " ") + strings.Count(form, "-")
}

// spellings lists the distinct spellings of occurrences in first-seen order.
func (b *batch) spellings(os []occurrence) []*spelling {
	var out []*spelling
	at := map[string]*spelling{}
	for _, o := range os {
		text := b.ds[o.doc].Text()[o.m.start:o.m.end]
		k := strings.ToLower(text)
		s := at[k]
		if s == nil {
			s = &spelling{form: text}
			at[k] = s
			out = append(out, s)
		} else if !o.m.opens && s.form != text {
			s.form = text
		}
		s.count++
		if len(s.docs) == 0 || s.docs[len(s.docs)-1] != o.doc {
			s.docs = append(s.docs, o.doc)
		}
	}
	return out
}

// suggest proposes the preferred spelling on every other spelling of the
// cluster, or a note-only flag when no spelling wins.
func (b *batch) suggest(c *cluster) {
	full := b.spellings(c.full)
	short := b.spellings(c.surname)
	if len(full) == 0 || len(full)+len(short) < 2 {
		return
	}
	pref, reason, confidence, ok := b.prefer(c, full)
	if !ok {
		if pref == nil {
			return // the glossary knows these spellings as different people
		}
		b.flagTie(c, full)
		return
	}
	// Spellings too far from the preferred one (Paris/Peres) drop out.
	vouched := map[string]bool{}
	fits := func(form, target string, whole bool) bool {
		return b.nearPref(form, target, pref.form) || !whole && vouched[strings.ToLower(form)]
	}
	keep := func(ss []*spelling, whole bool) []*spelling {
		var out []*spelling
		for _, s := range ss {
			target := pref.form
			if !whole {
				target = tail(pref.form, wordCount(s.form))
			}
			same := strings.EqualFold(s.form, target)
			// A lone surname spelled like the full name adds no way.
			if (same && whole) || (!same && fits(s.form, target, whole)) {
				out = append(out, s)
			}
		}
		return out
	}
	full = keep(full, true)
	// A lone surname written as in a full spelling kept (Qadhafi beside
	// Moammar Qadhafi) is that spelling's surname: it follows its fate.
	for _, f := range full {
		for n := 1; n < wordCount(f.form); n++ {
			vouched[strings.ToLower(tail(f.form, n))] = true
		}
	}
	short = keep(short, false)
	if len(short) == 0 && (len(full) == 0 || len(full) == 1 && strings.EqualFold(full[0].form, pref.form)) {
		return // every spelling is the preferred one
	}
	note := b.note(append(full, short...), reason)
	propose := func(os []occurrence, whole bool) {
		for _, o := range os {
			d := b.ds[o.doc]
			text := d.Text()[o.m.start:o.m.end]
			target := pref.form
			if !whole {
				target = tail(pref.form, len(o.m.words))
			}
			if strings.EqualFold(text, target) || !fits(text, target, whole) || b.untouchable(d, o.m, text, caseLike(target, o.m)) {
				continue
			}
			d.Propose(o.m.start, o.m.end, cleanup.Change{
				Replacement: caseLike(target, o.m), Rule: RuleVariant, Category: cleanup.CatNames,
				Note: note, Confidence: confidence, State: cleanup.Suggested,
			})
		}
	}
	propose(c.full, true)
	propose(c.surname, false)
}

// nearPref checks a spelling against its target, the preferred form or,
// for a lone surname, its last words. A lone surname is judged as a
// one-word name (strictWord): linking it to a full name is itself a guess.
func (b *batch) nearPref(form, target, pref string) bool {
	k := [2]string{form, target}
	if ok, seen := b.near[k]; seen {
		return ok
	}
	var ok bool
	if target == pref {
		ok = near(b.p.keys, b.p.given, form, target)
	} else {
		ok = strictWord(b.p.keys, form, target)
	}
	b.near[k] = ok
	return ok
}

// prefer picks the spelling to suggest. ok is false on a tie (pref is
// then non-nil) or when the glossary names two different people (nil).
func (b *batch) prefer(c *cluster, full []*spelling) (pref *spelling, reason string, confidence float64, ok bool) {
	var canon []string
	for _, s := range full {
		if k, found := b.p.gl.Canonical(s.form); found && !contains(canon, k) {
			canon = append(canon, k)
		}
	}
	switch len(canon) {
	case 0:
	case 1:
		return &spelling{form: canon[0]}, "glossary form preferred", 0.9, true
	default:
		return nil, "", 0, false
	}
	if b.aboutUkraine(c) {
		forms := make([]string, len(full))
		for i, s := range full {
			forms[i] = s.form
		}
		if i := kmuChoice(forms); i >= 0 {
			return full[i], "Ukrainian official form (KMU 2010) preferred", 0.8, true
		}
	}
	best, second := full[0], 0
	for _, s := range full[1:] {
		switch {
		case s.count > best.count:
			second, best = best.count, s
		case s.count > second:
			second = s.count
		}
	}
	if best.count == second {
		return best, "", 0, false
	}
	if best.count < minMajority {
		return nil, "", 0, false // one mention is no majority
	}
	return best, fmt.Sprintf("batch majority preferred (%d of %d mentions)", best.count, total(full)), 0.6, true
}

func total(ss []*spelling) int {
	n := 0
	for _, s := range ss {
		n += s.count
	}
	return n
}

// aboutUkraine: some mention of the name stands near Ukraine, Kyiv … .
func (b *batch) aboutUkraine(c *cluster) bool {
	for _, os := range [][]occurrence{c.full, c.surname} {
		for _, o := range os {
			if nearContext(b.ukraine[o.doc], o.m.start, o.m.end) {
				return true
			}
		}
	}
	return false
}

// flagTie leaves the choice to the editor: a suggestion that changes
// nothing but says which spellings compete, on the first mention of each
// spelling in each article. Accepting it is harmless.
func (b *batch) flagTie(c *cluster, full []*spelling) {
	var rivals []*spelling
	for _, s := range full {
		if s == full[0] || near(b.p.keys, b.p.given, s.form, full[0].form) {
			rivals = append(rivals, s)
		}
	}
	if len(rivals) < 2 {
		return
	}
	full = rivals
	note := b.note(full, "no majority: pick one and add it to the glossary")
	seen := map[string]bool{}
	for _, o := range c.full {
		d := b.ds[o.doc]
		text := d.Text()[o.m.start:o.m.end]
		k := fmt.Sprint(o.doc, strings.ToLower(text))
		if seen[k] || !isRival(full, text) || b.untouchable(d, o.m, text, "") {
			continue
		}
		seen[k] = true
		d.Propose(o.m.start, o.m.end, cleanup.Change{
			Replacement: text, Rule: RuleVariant, Category: cleanup.CatNames,
			Note: note, State: cleanup.Suggested,
		})
	}
}

// minMajority is the fewest mentions a spelling needs to be suggested as
// the batch majority (it must also outnumber every other spelling).
const minMajority = 2

// untouchable reports whether a mention is off limits to a suggestion of
// replacement ("" for a flag that names rivals): a spelling the glossary
// knows, unless the suggestion is its house form; a house-style surname
// standing alone; a span inside a leave-alone phrase (Odessa, Texas).
func (b *batch) untouchable(d *cleanup.Draft, m *mention, text, replacement string) bool {
	if house, known := b.p.gl.Canonical(text); known && house != replacement {
		return true
	}
	if len(m.words) == 1 && b.p.gl.IsHouseSurname(text) {
		return true
	}
	return b.p.gl.Protects(d.Text(), m.start, m.end)
}

// maxSources bounds the article names listed per spelling in a note.
const maxSources = 3

func (b *batch) note(ss []*spelling, reason string) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		var src []string
		for _, doc := range s.docs[:min(len(s.docs), maxSources)] {
			src = append(src, b.source(doc))
		}
		if n := len(s.docs) - maxSources; n > 0 {
			src = append(src, fmt.Sprintf("%d more", n))
		}
		parts[i] = fmt.Sprintf("%s (%s)", s.form, strings.Join(src, ", "))
	}
	return fmt.Sprintf("spelled %d ways in this batch: %s — %s", len(ss), strings.Join(parts, ", "), reason)
}

func (b *batch) source(doc int) string {
	if a := b.ds[doc].Article; a != nil && a.Source != "" {
		return a.Source
	}
	return fmt.Sprintf("article %d", doc+1)
}

// caseLike writes target the way the mention's position needs: capital
// first letter at the start of a sentence (Al-Assad).
func caseLike(target string, m *mention) string {
	if !m.opens {
		return target
	}
	r, size := utf8.DecodeRuneInString(target)
	return string(unicode.ToUpper(r)) + target[size:]
}

func isRival(ss []*spelling, text string) bool {
	for _, s := range ss {
		if strings.EqualFold(s.form, text) {
			return true
		}
	}
	return false
}

// Package variants finds names spelled more than one way within an article
// and across a batch (Ihor Klymenko / Igor Klimenko, Gaddafi / Qadhafi)
// and suggests one spelling for all: the glossary's, else the Ukrainian
// official (KMU 2010) form when the text is about Ukraine, else the batch
// majority. It also romanizes Cyrillic names left in the text.
package variants

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/names"
	"github.com/copydesk/copydesk/cleanup/names/namekey"
	"github.com/copydesk/copydesk/cleanup/names/romanize"
	"github.com/copydesk/copydesk/cleanup/style"
)

// Rules the pass emits.
const (
	RuleVariant  = "names.variant"
	RuleRomanize = "names.romanize"
)

// Pass is the batch pass. Build it with New.
type Pass struct {
	gl    *names.Glossary
	lx    lexicon
	keys  *namekey.Table
	given givenNames
	uk    *romanize.Scheme // nil when the style does not romanize Ukrainian
	ru    *romanize.Scheme // nil when the style does not romanize Russian
}

// New returns the pass for a glossary and a house style (nil style: no
// romanization). The embedded tables are checked by the package tests, so
// a broken one panics here rather than returning an error.
func New(gl *names.Glossary, st *style.Style) *Pass {
	p := &Pass{gl: gl, lx: defaultWords(), keys: namekey.Default(), given: defaultGiven()}
	if st != nil {
		p.uk = mustScheme(st.RomanizeUkrainian)
		p.ru = mustScheme(st.RomanizeRussian)
	}
	return p
}

func mustScheme(name string) *romanize.Scheme {
	if name == "" {
		return nil
	}
	s, err := romanize.Load(assets.FS, name)
	if err != nil {
		panic(err)
	}
	return s
}

// Name is the pass's name in logs.
func (*Pass) Name() string { return "names.variants" }

// RunBatch proposes suggestions on every draft of the batch.
func (p *Pass) RunBatch(ds []*cleanup.Draft) {
	found := make([][]mention, len(ds))
	ukraine := make([][]int, len(ds))
	common := map[string]bool{}
	for i, d := range ds {
		found[i] = findMentions(d.Text(), p.lx, p.keys, p.given, nil)
		ukraine[i] = p.scanProse(d.Text(), common)
	}
	b := batch{p: p, ds: ds, ukraine: ukraine, near: map[[2]string]bool{}}
	for i, ms := range found {
		found[i] = dropCommonWords(ds[i].Text(), ms, common)
	}
	for _, c := range clusterBatch(found) {
		b.suggest(c)
	}
	for _, d := range ds {
		p.romanize(d)
	}
}

// contextOffsets lists where words of a role (Ukraine, Kyiv …) start.
func (p *Pass) contextOffsets(text, role string) []int {
	return p.scan(text, role, nil)
}

// scanProse returns where Ukraine, Kyiv … are named, and adds the
// lower-case words of the text to common.
func (p *Pass) scanProse(text string, common map[string]bool) []int {
	return p.scan(text, roleUkraine, common)
}

func (p *Pass) scan(text, role string, common map[string]bool) []int {
	var out []int
	for _, w := range splitWords(text, 0, len(text), nil) {
		s := stripPossessive(text[w.start:w.end])
		if common != nil {
			if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
				common[s] = true
			}
		}
		if p.lx.role(s) == role {
			out = append(out, w.start)
		}
	}
	return out
}

// dropCommonWords removes one-word mentions that the batch also writes in
// lower case: Stars, Future, Islam-like capitalized words are not names,
// and a key is too coarse to tell them from one.
// A full name whose last word is such a word (Stamford Bridge, Falklands
// War) takes no lone surnames.
func dropCommonWords(text string, ms []mention, common map[string]bool) []mention {
	out := ms[:0]
	for _, m := range ms {
		last := strings.ToLower(m.words[len(m.words)-1])
		if len(m.words) == 1 && common[last] {
			continue
		}
		m.commonSurname = common[last]
		out = append(out, m)
	}
	return out
}

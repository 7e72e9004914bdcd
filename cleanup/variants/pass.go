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
	// initials holds, per context role, the ASCII letters its words
	// start with: scan looks up only words that may have the role.
	initials map[string]*[utf8.RuneSelf]bool
}

// New returns the pass for a glossary and a house style (nil style: no
// romanization). The embedded tables are checked by the package tests, so
// a broken one panics here rather than returning an error.
func New(gl *names.Glossary, st *style.Style) *Pass {
	p := &Pass{gl: gl, lx: defaultWords(), keys: namekey.Default(), given: defaultGiven()}
	p.initials = map[string]*[utf8.RuneSelf]bool{roleUkraine: p.lx.initials(roleUkraine), roleRussia: p.lx.initials(roleRussia)}
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
	memo := newKeyMemo(p.keys)
	for i, d := range ds {
		found[i] = findMentions(d.Text(), p.lx, memo, p.given, nil)
	}
	common := lastWords(found)
	ukraine := make([][]int, len(ds))
	for i, d := range ds {
		ukraine[i] = p.scanProse(d.Text(), common)
	}
	b := batch{p: p, ds: ds, ukraine: ukraine, near: map[[2]string]bool{}}
	for i, ms := range found {
		found[i] = dropCommonWords(ds[i].Text(), ms, common)
	}
	latin := b.latinNames(found)
	for _, c := range clusterBatch(found) {
		b.suggest(c)
	}
	for _, d := range ds {
		p.romanize(d, latin)
	}
}

// contextOffsets lists where words of a role (Ukraine, Kyiv …) start.
func (p *Pass) contextOffsets(text, role string) []int {
	return p.scan(text, role, nil)
}

// lastWords maps the lower-cased last word of every mention to false:
// only these words are asked whether the batch writes them in lower case,
// so only they need recording.
func lastWords(found [][]mention) map[string]bool {
	common := map[string]bool{}
	var buf []byte
	for _, ms := range found {
		for _, m := range ms {
			buf = appendLower(buf[:0], m.words[len(m.words)-1])
			if _, ok := common[string(buf)]; !ok {
				common[string(buf)] = false
			}
		}
	}
	return common
}

// scanProse returns where Ukraine, Kyiv … are named, and marks the words
// of common that the text writes in lower case.
func (p *Pass) scanProse(text string, common map[string]bool) []int {
	return p.scan(text, roleUkraine, common)
}

func (p *Pass) scan(text, role string, common map[string]bool) []int {
	var out []int
	initials := p.initials[role]
	eachWord(text, func(w word) {
		s := stripPossessive(text[w.start:w.end])
		if common != nil {
			if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
				if seen, asked := common[s]; asked && !seen {
					common[s] = true
				}
			}
		}
		if c := s[0]; c < utf8.RuneSelf && !initials[c|0x20] {
			return // no word of the role starts with this letter
		}
		if p.lx.role(s) == role {
			out = append(out, w.start)
		}
	})
	return out
}

// dropCommonWords removes one-word mentions that the batch also writes in
// lower case (common, filled by scanProse): Stars, Future, Islam-like capitalized words are not names,
// and a key is too coarse to tell them from one.
// A full name whose last word is such a word (Stamford Bridge, Falklands
// War) takes no lone surnames.
func dropCommonWords(text string, ms []mention, common map[string]bool) []mention {
	out := ms[:0]
	var last []byte
	for _, m := range ms {
		last = appendLower(last[:0], m.words[len(m.words)-1])
		if len(m.words) == 1 && common[string(last)] {
			continue
		}
		m.commonSurname = common[string(last)]
		out = append(out, m)
	}
	return out
}

// appendLower appends strings.ToLower(s) to buf; ASCII, the usual case,
// without allocating, since it runs once per mention.
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(buf, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

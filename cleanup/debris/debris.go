// Package debris removes page leftovers from scraped articles: comment
// widgets, share rows, "read also" links, tags, copyright lines, ads,
// breadcrumbs, page timestamps and cookie notices, in any language.
//
// A line is judged by a multilingual lexicon (assets/debris), by its shape
// and by its script, and then by where it sits: the head and tail of an
// article (the lines before its first and after its last paragraph of
// prose) are where debris lives; mid-body only lexicon rows marked "any"
// (a standalone "Advertisement") are removed.
package debris

import (
	"fmt"

	"github.com/copydesk/copydesk/cleanup"
)

type pass struct{ lex *Lexicon }

// New returns the debris pass. With a nil lexicon only the shape and
// script signals work.
func New(lex *Lexicon) cleanup.Pass {
	if lex == nil {
		lex = &Lexicon{}
	}
	return pass{lex}
}

func (pass) Name() string { return "debris" }

func (p pass) Run(d *cleanup.Draft) {
	lines := splitLines(d.Text())
	verdicts := make([]*verdict, len(lines))
	judged := make([]bool, len(lines))
	var f folder // one set of fold buffers for every line
	judge := func(i int) *verdict {
		if !judged[i] {
			judged[i] = true
			if v, ok := p.lex.classifyIn(lines[i], &f); ok {
				verdicts[i] = &v
			}
		}
		return verdicts[i]
	}
	z := zonesOf(lines, func(i int) bool { return judge(i) == nil })
	removals := make([]*cleanup.Change, len(lines))
	for i := range lines {
		var v *verdict
		if z.edge(i) {
			v = judge(i)
		} else if mv, ok := p.lex.classifyMidBody(lines[i], &f); ok {
			v = &mv
		}
		if v != nil {
			removals[i] = &cleanup.Change{
				Rule: "debris." + v.category, Category: cleanup.CatDebris,
				Note: p.lex.note(v, lines[i].text), Confidence: v.confidence, State: cleanup.Applied,
			}
		}
	}
	z.measureScript(lines, func(i int) bool { return removals[i] == nil })
	for i, l := range lines {
		if removals[i] != nil || i == 0 || !z.edge(i) {
			continue
		}
		if s, ok := z.foreign(l); ok {
			c := scriptChange(l, s, z, i)
			removals[i] = &c
		}
	}
	proposeRemovals(d, lines, removals)
}

// scriptChange removes a short line written in another script than the
// article. With no lexicon hit this is a guess: applied at the tail, where
// untranslated widgets pile up, but only suggested at the head, where it
// might be a dateline or an original title.
func scriptChange(l line, s script, z zones, i int) cleanup.Change {
	where, state, conf := "after the last paragraph", cleanup.Applied, scriptConfidence
	if z.head(i) {
		where, state, conf = "before the first paragraph", cleanup.Suggested, scriptConfidence-0.1
	}
	return cleanup.Change{
		Rule: "debris.script", Category: cleanup.CatDebris, Confidence: conf, State: state,
		Note: fmt.Sprintf("%s is a short %s-script line %s of a %s-script article: likely untranslated page debris",
			quote(l.text), s, where, z.script),
	}
}

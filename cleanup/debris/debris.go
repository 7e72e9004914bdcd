// Package debris removes page leftovers from scraped articles: comment
// widgets, share rows, "read also" links, tags, copyright lines, ads,
// breadcrumbs, page timestamps and cookie notices, in any language.
//
// A line is judged by a multilingual lexicon (assets/debris), by its shape
// and by its script, and then by where it sits: the head and tail of an
// article (the lines before its first and after its last paragraph of
// prose) are where debris lives; mid-body only lexicon rows marked "any"
// (a standalone "Advertisement") are removed. Debris no row lists is left
// to a learned line classifier (classifier.go, weights in
// assets/debris/model): it removes a short line only when the model finds
// it likely debris and the line shows evidence of form, and suggests the
// rest of what it doubts.
package debris

import (
	"fmt"
	"sync"

	"github.com/copydesk/copydesk/cleanup"
)

type pass struct {
	lex *Lexicon
	cls *Classifier
}

// New returns the debris pass with the shipped classifier. With a nil
// lexicon only the shape, script and classifier signals work.
func New(lex *Lexicon) cleanup.Pass {
	stop, model := Shipped()
	return NewWith(lex, NewClassifier(lex, stop, model))
}

// NewWith returns the debris pass with a classifier of one's own; nil
// leaves the lexicon and script rules only.
func NewWith(lex *Lexicon, cls *Classifier) cleanup.Pass {
	if lex == nil {
		lex = &Lexicon{}
	}
	return pass{lex, cls}
}

func (pass) Name() string { return "debris" }

func (p pass) Run(d *cleanup.Draft) {
	s := scratches.Get().(*scratch)
	defer s.recycle()
	lines, removals, z := p.lex.judgeLines(d.Text(), s)
	p.cls.judge(lines, removals, z, s)
	proposeRemovals(d, lines, removals)
}

// scratches hands the fold buffers on from run to run: grown afresh for
// every article they were a good share of what the pass allocated.
var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens bounds the buffers kept, so a huge line's stay with it.
const maxPooledTokens = 4096

// recycle empties s (its tokens name folded lines) and pools it.
func (s *scratch) recycle() {
	clear(s.f.toks[:cap(s.f.toks)])
	if cap(s.f.toks) > maxPooledTokens || cap(s.f.buf) > 16*maxPooledTokens || cap(s.buf) > 16*maxPooledTokens {
		return
	}
	scratches.Put(s)
}

// judgeLines applies the lexicon, shape and script rules: it returns the
// non-blank lines of text, a change for each line they remove, and the
// zones with the body's script measured.
func (lex *Lexicon) judgeLines(text string, s *scratch) ([]line, []*cleanup.Change, zones) {
	lines := splitLines(text)
	verdicts := make([]*verdict, len(lines))
	judged := make([]bool, len(lines))
	f := &s.f // one set of fold buffers for every line
	judge := func(i int) *verdict {
		if !judged[i] {
			judged[i] = true
			if v, ok := lex.classifyIn(lines[i], f); ok {
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
		} else if mv, ok := lex.classifyMidBody(lines[i], f); ok {
			v = &mv
		}
		if v != nil {
			removals[i] = &cleanup.Change{
				Rule: "debris." + v.category, Category: cleanup.CatDebris,
				Note: lex.note(v, lines[i].text), Confidence: v.confidence, State: cleanup.Applied,
			}
		}
	}
	z.measureScript(lines, func(i int) bool { return removals[i] == nil })
	for i, l := range lines {
		if removals[i] != nil || i == 0 || !z.edge(i) {
			continue
		}
		if sc, ok := z.foreign(l); ok {
			c := scriptChange(l, sc, z, i)
			removals[i] = &c
		}
	}
	return lines, removals, z
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

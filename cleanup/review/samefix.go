package review

import (
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

// Batch-wide decisions come in two scopes. "Same fix" takes the selected
// change's rule AND its text (the same original → replacement, or the same
// removed debris phrase): rejecting one wrong spelling must not take back
// every other fix its glossary made. "Whole rule" is offered only from the
// Edit menu, says how many fixes it moves, and always asks.

// SameFix is the key two changes share when they are the same fix.
func SameFix(c cleanup.Change) string {
	return c.Rule + "\x00" + strings.TrimSpace(c.Original) + "\x00" + c.Replacement
}

// Scope counts what a batch-wide decision would cover: changes matching,
// and the articles they are in.
type Scope struct{ Changes, Articles int }

func (b *Batch) Count(match func(cleanup.Change) bool) Scope {
	var s Scope
	for _, d := range b.Docs {
		n := 0
		for _, c := range d.Art.Changes() {
			if match(c) {
				n++
			}
		}
		if n > 0 {
			s.Changes += n
			s.Articles++
		}
	}
	return s
}

// DecideSame sets every change that is the same fix as c, across the
// Batch, as one undo step. It returns how many changes it covered.
func (b *Batch) DecideSame(c cleanup.Change, accept bool, v View) int {
	op := OpRejectSame
	if accept {
		op = OpAcceptSame
	}
	e := Event{Op: op, Rule: c.Rule, From: strings.TrimSpace(c.Original), To: c.Replacement}
	key := SameFix(c)
	var step []int
	n := 0
	for i, d := range b.Docs {
		m := 0
		for _, x := range d.Art.Changes() {
			if SameFix(x) == key {
				m++
			}
		}
		if m == 0 {
			continue
		}
		d.Apply(e)
		step = append(step, i)
		n += m
	}
	if len(step) > 0 {
		b.Undo = append(b.Undo, UndoStep{step, v})
	}
	return n
}

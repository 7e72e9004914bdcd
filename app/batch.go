package app

import (
	"github.com/copydesk/copydesk/cleanup"
)

// batch is the set of articles under review and the undo history. It has
// no widgets: the panes read it, the controller changes it.
type batch struct {
	name    string   // shown in the window title
	sources []string // paths as opened, reloaded on the next start
	docs    []*doc
	undo    [][]int // each step lists the docs it touched, in order
}

func newBatch(name string, sources []string, arts []*cleanup.Article) *batch {
	b := &batch{name: name, sources: sources}
	for _, a := range arts {
		b.docs = append(b.docs, newDoc(a))
	}
	return b
}

// decide applies one event to one article as a single undo step.
func (b *batch) decide(i int, e event) error {
	if err := b.docs[i].apply(e); err != nil {
		return err
	}
	b.undo = append(b.undo, []int{i})
	return nil
}

// decideRule sets every change of a rule across the batch, as one undo
// step. It returns how many changes moved.
func (b *batch) decideRule(rule string, accept bool) int {
	op, set := opRejectRule, cleanup.Rejected
	if accept {
		op, set = opAcceptRule, cleanup.Applied
	}
	var step []int
	n := 0
	for i, d := range b.docs {
		moved := 0
		for _, c := range d.art.Changes() {
			if c.Rule == rule && c.State != set {
				moved++
			}
		}
		if moved == 0 {
			continue
		}
		d.apply(event{Op: op, Rule: rule})
		step = append(step, i)
		n += moved
	}
	if len(step) > 0 {
		b.undo = append(b.undo, step)
	}
	return n
}

// acceptSuggestions applies every open suggestion of the batch as one step.
func (b *batch) acceptSuggestions() int {
	var step []int
	n := 0
	for i, d := range b.docs {
		if _, open := d.art.Counts(); open > 0 {
			n += open
			d.apply(event{Op: opAcceptSuggestions})
			step = append(step, i)
		}
	}
	if len(step) > 0 {
		b.undo = append(b.undo, step)
	}
	return n
}

// undoLast reverts the latest step and returns the docs it touched.
func (b *batch) undoLast() []int {
	if len(b.undo) == 0 {
		return nil
	}
	step := b.undo[len(b.undo)-1]
	b.undo = b.undo[:len(b.undo)-1]
	for _, i := range step {
		b.docs[i].rebuild(1)
	}
	return step
}

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
	undo    []undoStep
}

// undoStep is one undoable decision: the docs it touched, in order, and
// what the editor was looking at when making it, so undo can go back there.
type undoStep struct {
	docs []int
	view view
}

// view is an article and the change selected in it, named by span and rule
// because change ids do not survive the rebuild that undo does.
type view struct {
	doc        int
	start, end int
	rule       string // "" when no change was selected
}

func newBatch(name string, sources []string, arts []*cleanup.Article) *batch {
	b := &batch{name: name, sources: sources}
	for _, a := range arts {
		b.docs = append(b.docs, newDoc(a))
	}
	return b
}

// decide applies one event to one article as a single undo step.
func (b *batch) decide(i int, e event, v view) error {
	if err := b.docs[i].apply(e); err != nil {
		return err
	}
	b.undo = append(b.undo, undoStep{[]int{i}, v})
	return nil
}

// decideRule sets every change of a rule across the batch, as one undo
// step. It returns how many changes moved.
func (b *batch) decideRule(rule string, accept bool, v view) int {
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
		b.undo = append(b.undo, undoStep{step, v})
	}
	return n
}

// acceptSuggestions applies every open suggestion of the batch as one step.
func (b *batch) acceptSuggestions(v view) int {
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
		b.undo = append(b.undo, undoStep{step, v})
	}
	return n
}

// lastStep is the docs the latest step touched, or nil.
func (b *batch) lastStep() []int {
	if len(b.undo) == 0 {
		return nil
	}
	return b.undo[len(b.undo)-1].docs
}

// undoLast reverts the latest step and returns it; ok is false when there
// is nothing to undo.
func (b *batch) undoLast() (step undoStep, ok bool) {
	if len(b.undo) == 0 {
		return undoStep{}, false
	}
	step = b.undo[len(b.undo)-1]
	b.undo = b.undo[:len(b.undo)-1]
	for _, i := range step.docs {
		b.docs[i].rebuild(1)
	}
	return step, true
}

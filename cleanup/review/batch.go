package review

import (
	"github.com/copydesk/copydesk/cleanup"
)

// Batch is the set of articles under review and the undo history. It has
// no widgets: the panes read it, the controller changes it.
type Batch struct {
	Name    string   // shown in the window title
	Sources []string // absolute paths as opened, reloaded on the next start
	Docs    []*Doc
	Undo    []UndoStep
}

// UndoStep is one undoable decision: the docs it touched, in order, and
// what the editor was looking at when making it, so undo can go back there.
type UndoStep struct {
	Docs []int
	View View
}

// View is an article and the change selected in it, named by span and rule
// because change ids do not survive the rebuild that undo does.
type View struct {
	Doc        int
	Start, End int
	Rule       string // "" when no change was selected
}

func NewBatch(name string, sources []string, arts []*cleanup.Article) *Batch {
	b := &Batch{Name: name, Sources: sources}
	for _, a := range arts {
		b.Docs = append(b.Docs, NewDoc(a))
	}
	return b
}

// Decide applies one Event to one article as a single undo step.
func (b *Batch) Decide(i int, e Event, v View) error {
	if err := b.Docs[i].Apply(e); err != nil {
		return err
	}
	b.Undo = append(b.Undo, UndoStep{[]int{i}, v})
	return nil
}

// DecideRule sets every change of a rule across the Batch, as one undo
// step. It returns how many changes moved.
func (b *Batch) DecideRule(rule string, accept bool, v View) int {
	op, set := OpRejectRule, cleanup.Rejected
	if accept {
		op, set = OpAcceptRule, cleanup.Applied
	}
	var step []int
	n := 0
	for i, d := range b.Docs {
		moved := 0
		for _, c := range d.Art.Changes() {
			if c.Rule == rule && c.State != set {
				moved++
			}
		}
		if moved == 0 {
			continue
		}
		d.Apply(Event{Op: op, Rule: rule})
		step = append(step, i)
		n += moved
	}
	if len(step) > 0 {
		b.Undo = append(b.Undo, UndoStep{step, v})
	}
	return n
}

// AcceptSuggestions applies every open suggestion of the Batch as one step.
func (b *Batch) AcceptSuggestions(v View) int {
	var step []int
	n := 0
	for i, d := range b.Docs {
		if _, open := d.Art.Counts(); open > 0 {
			n += open
			d.Apply(Event{Op: OpAcceptSuggestions})
			step = append(step, i)
		}
	}
	if len(step) > 0 {
		b.Undo = append(b.Undo, UndoStep{step, v})
	}
	return n
}

// LastStep is the docs the latest step touched, or nil.
func (b *Batch) LastStep() []int {
	if len(b.Undo) == 0 {
		return nil
	}
	return b.Undo[len(b.Undo)-1].Docs
}

// UndoLast reverts the latest step and returns it; ok is false when there
// is nothing to undo.
func (b *Batch) UndoLast() (step UndoStep, ok bool) {
	if len(b.Undo) == 0 {
		return UndoStep{}, false
	}
	step = b.Undo[len(b.Undo)-1]
	b.Undo = b.Undo[:len(b.Undo)-1]
	for _, i := range step.Docs {
		b.Docs[i].Rebuild(1)
	}
	return step, true
}

// ReviewedCount is how many articles the editor has marked reviewed.
func (b *Batch) ReviewedCount() int {
	n := 0
	for _, d := range b.Docs {
		if d.Reviewed {
			n++
		}
	}
	return n
}

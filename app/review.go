package app

import (
	"fmt"

	"github.com/copydesk/copydesk/cleanup"
)

// This file holds the review commands the buttons, menus and shortcuts
// share.

func (u *ui) selected() (cleanup.Change, bool) {
	if d := u.doc(); d != nil && u.sel != 0 {
		return d.art.Change(u.sel)
	}
	return cleanup.Change{}, false
}

func (u *ui) acceptSelected() { u.decideSelected(opAccept) }
func (u *ui) rejectSelected() { u.decideSelected(opReject) }

func (u *ui) decideSelected(op string) {
	c, ok := u.selected()
	if !ok {
		u.setStatus("Select a change first (next change: Ctrl+Down).")
		return
	}
	u.decide(event{Op: op, Start: c.Start, End: c.End, Rule: c.Rule})
}

// decideSelectedRule accepts or rejects every change of the selected
// change's rule in every article.
func (u *ui) decideSelectedRule(accept bool) {
	c, ok := u.selected()
	if !ok {
		return
	}
	var touched []int
	before := len(u.b.undo)
	n := u.b.decideRule(c.Rule, accept, u.view())
	if len(u.b.undo) > before {
		touched = u.b.lastStep()
	}
	verb := "Rejected"
	if accept {
		verb = "Accepted"
	}
	u.setStatus(fmt.Sprintf("%s %s of rule %s across the batch.", verb, plural(n, "change"), c.Rule))
	u.changed(touched, false)
}

// acceptAllSuggestions applies the open suggestions of the current article.
func (u *ui) acceptAllSuggestions() {
	if d := u.doc(); d != nil {
		if _, open := d.art.Counts(); open > 0 {
			u.decide(event{Op: opAcceptSuggestions})
			u.setStatus("Accepted " + plural(open, "suggestion") + " in this article.")
			return
		}
		u.setStatus("No open suggestions in this article.")
	}
}

// acceptBatchSuggestions applies every open suggestion in the batch.
func (u *ui) acceptBatchSuggestions() {
	if u.b == nil {
		return
	}
	before := len(u.b.undo)
	n := u.b.acceptSuggestions(u.view())
	if len(u.b.undo) > before {
		u.changed(u.b.lastStep(), false)
	}
	u.setStatus(fmt.Sprintf("Accepted %s across the batch.", plural(n, "suggestion")))
}

func (u *ui) jumpToSelected() {
	if c, ok := u.selected(); ok {
		if ci := u.review.index(c.ID); ci >= 0 {
			u.review.reveal(blockOf(u.review.blocks, ci))
		}
	}
}

// stepChange selects the next (+1) or previous (-1) change in text order,
// running on into the neighbouring article at either end.
func (u *ui) stepChange(dir int) {
	d := u.doc()
	if d == nil {
		return
	}
	cs := d.art.Changes()
	at := -1
	for i, c := range cs {
		if c.ID == u.sel {
			at = i
		}
	}
	if at < 0 && dir < 0 {
		at = len(cs)
	}
	if next := at + dir; next >= 0 && next < len(cs) {
		u.selectChange(cs[next].ID)
		return
	}
	for i := u.cur + dir; i >= 0 && i < len(u.b.docs); i += dir {
		if cs := u.b.docs[i].art.Changes(); len(cs) > 0 {
			u.showDoc(i)
			pick := cs[0]
			if dir < 0 {
				pick = cs[len(cs)-1]
			}
			u.selectChange(pick.ID)
			return
		}
	}
	u.setStatus("No more changes in this direction.")
}

// undo reverts the latest decision step, in whichever articles it touched.
func (u *ui) undo() {
	if u.b == nil {
		return
	}
	step, ok := u.b.undoLast()
	if !ok {
		u.setStatus("Nothing to undo.")
		return
	}
	u.setStatus("Undone.")
	u.changed(step.docs, true)
	u.restoreView(step.view)
}

// view is what the editor looks at now, recorded with each decision.
func (u *ui) view() view {
	v := view{doc: u.cur}
	if c, ok := u.selected(); ok {
		v.start, v.end, v.rule = c.Start, c.End, c.Rule
	}
	return v
}

// restoreView goes back to the article and change an undone decision was
// made on, so the editor sees what was taken back.
func (u *ui) restoreView(v view) {
	u.showDoc(v.doc)
	if v.rule == "" || u.doc() == nil {
		return
	}
	for _, c := range u.doc().art.Changes() {
		if c.Start == v.start && c.End == v.end && c.Rule == v.rule {
			u.selectChange(c.ID)
			u.jumpToSelected()
			return
		}
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

package app

import (
	"fmt"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/review"
)

// This file holds the review commands the buttons, menus and shortcuts
// share.

func (u *ui) selected() (cleanup.Change, bool) {
	if d := u.doc(); d != nil && u.sel != 0 {
		return d.Art.Change(u.sel)
	}
	return cleanup.Change{}, false
}

func (u *ui) acceptSelected() { u.decideSelected(review.OpAccept) }
func (u *ui) rejectSelected() { u.decideSelected(review.OpReject) }

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
	before := len(u.b.Undo)
	n := u.b.DecideRule(c.Rule, accept, u.view())
	if len(u.b.Undo) > before {
		touched = u.b.LastStep()
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
		if _, open := d.Art.Counts(); open > 0 {
			u.decide(event{Op: review.OpAcceptSuggestions})
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
	before := len(u.b.Undo)
	n := u.b.AcceptSuggestions(u.view())
	if len(u.b.Undo) > before {
		u.changed(u.b.LastStep(), false)
	}
	u.setStatus(fmt.Sprintf("Accepted %s across the batch.", plural(n, "suggestion")))
}

func (u *ui) jumpToSelected() {
	if c, ok := u.selected(); ok {
		if ci := u.review.index(c.ID); ci >= 0 {
			row := u.review.unfoldChange(ci)
			u.review.setActive(row)
			u.review.reveal(row)
			u.review.view.repaint(row)
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
	cs := d.Art.Changes()
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
	for i := u.cur + dir; i >= 0 && i < len(u.b.Docs); i += dir {
		if cs := u.b.Docs[i].Art.Changes(); len(cs) > 0 {
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
	step, ok := u.b.UndoLast()
	if !ok {
		u.setStatus("Nothing to undo.")
		return
	}
	u.setStatus("Undone.")
	u.changed(step.Docs, true)
	u.restoreView(step.View)
}

// view is what the editor looks at now, recorded with each decision.
func (u *ui) view() view {
	v := view{Doc: u.cur}
	if c, ok := u.selected(); ok {
		v.Start, v.End, v.Rule = c.Start, c.End, c.Rule
	}
	return v
}

// restoreView goes back to the article and change an undone decision was
// made on, so the editor sees what was taken back.
func (u *ui) restoreView(v view) {
	u.showDoc(v.Doc)
	if v.Rule == "" || u.doc() == nil {
		return
	}
	for _, c := range u.doc().Art.Changes() {
		if c.Start == v.Start && c.End == v.End && c.Rule == v.Rule {
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

package app

import "fmt"

// toggleReviewed marks the article on screen reviewed, or takes the mark
// back. The mark is saved with the session; it is not a decision, so undo
// leaves it alone.
func (u *ui) toggleReviewed() {
	d := u.doc()
	if d == nil {
		return
	}
	d.Reviewed = !d.Reviewed
	u.batchPane.refreshDoc(u.cur)
	u.showDone()
	if d.Reviewed {
		u.setStatus("Marked reviewed: " + d.Art.Title)
	} else {
		u.setStatus("No longer marked reviewed: " + d.Art.Title)
	}
	if u.batchPane.only.Selected == showTodo {
		u.batchPane.reload()
	}
	u.autosave()
}

// showDone puts "37 of 120 reviewed" in the status bar.
func (u *ui) showDone() {
	if u.b == nil {
		u.done.SetText("")
		return
	}
	u.done.SetText(fmt.Sprintf("%d of %d reviewed", u.b.ReviewedCount(), len(u.b.Docs)))
}

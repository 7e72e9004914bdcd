package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
)

// reviewPane shows the article on screen as rows of passages, original and
// cleaned side by side in each row, in a view that only builds the rows
// in sight.
type reviewPane struct {
	u       *ui
	header  *widget.Label
	view    *rowsView
	blocks  []block
	changes []cleanup.Change
	active  int          // row the edit command acts on
	open    map[int]bool // folds the editor opened, by offset in Original
	find    *findBar
	legend  fyne.CanvasObject // the colour key, shown from the View menu
	calib   rowCalibration
	obj     fyne.CanvasObject
}

func newReviewPane(u *ui) *reviewPane {
	r := &reviewPane{u: u}
	r.header = widget.NewLabel("")
	r.header.Truncation = fyne.TextTruncateEllipsis
	r.header.TextStyle.Bold = true
	r.view = newRowsView(r.estimate, r.fill)
	heads := container.NewGridWithColumns(2,
		widget.NewLabelWithStyle("Original", fyne.TextAlignLeading, fyne.TextStyle{Italic: true}),
		widget.NewLabelWithStyle("Cleaned", fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
	r.find = newFindBar(u)
	r.legend = legend()
	r.legend.Hide()
	r.obj = container.NewBorder(container.NewVBox(r.header, r.find.obj, r.legend, heads), nil, nil, nil, r.view.scroll)
	return r
}

// show lays out the current article from scratch, from its top.
func (r *reviewPane) show() {
	r.active = 0
	r.open = map[int]bool{}
	r.update(true)
	if r.find.obj.Visible() {
		r.find.search()
	}
}

// update redraws after decisions. With relayout the rows start over (the
// change log changed shape); otherwise only rows whose changes moved are
// redrawn, which keeps accept/reject to one passage.
func (r *reviewPane) update(relayout bool) {
	d := r.u.doc()
	if d == nil {
		return
	}
	old := r.changes
	r.changes = d.Art.Changes()
	oldRows := len(r.blocks)
	r.blocks = fold(splitBlocks(d.Art.Original(), r.changes), r.changes, r.open)
	r.setHeader(d)
	if relayout || len(old) != len(r.changes) || len(r.blocks) != oldRows {
		if r.active >= len(r.blocks) {
			r.active = 0
		}
		r.view.reset(len(r.blocks))
		return
	}
	for i, b := range r.blocks {
		for ci := b.First; ci < b.Last; ci++ {
			if old[ci] != r.changes[ci] {
				r.view.repaint(i)
				break
			}
		}
	}
}

func (r *reviewPane) setHeader(d *doc) {
	applied, open := d.Art.Counts()
	r.header.SetText(fmt.Sprintf("%s — %s · %d changes · %d open suggestions", d.Art.Title, d.Art.Source, applied, open))
}

// fill puts row i of the article into a row widget.
func (r *reviewPane) fill(i int, row *rowWidget) {
	if b := r.blocks[i]; b.Folded > 0 {
		row.onTap = func() { r.unfold(b.Start) }
		row.onEdit = row.onTap
		row.setActive(false)
		row.orig.Segments, row.clean.Segments = foldSegments(b, r.changes)
		row.orig.Refresh()
		row.clean.Refresh()
		return
	}
	row.onTap = func() { r.setActive(i) }
	if len(removedRuns(r.u.doc().Art.Original(), r.changes[r.blocks[i].First:r.blocks[i].Last], r.u.sel, r.isFolded)) > 0 {
		row.onTap = func() { r.setActive(i); r.openRuns(i) }
	}
	row.onEdit = func() { r.setActive(i); r.u.editRow(i) }
	row.setActive(i == r.active)
	row.orig.Segments, row.clean.Segments = foldedRowSegments(r.u.doc().Art.Original(), r.blocks[i], r.changes, r.u.sel, r.isFolded)
	row.orig.Refresh()
	row.clean.Refresh()
}

func (r *reviewPane) setActive(i int) {
	if i < 0 || i >= len(r.blocks) {
		return
	}
	if w := r.view.shown[r.active]; w != nil {
		w.setActive(false)
	}
	r.active = i
	if w := r.view.shown[i]; w != nil {
		w.setActive(true)
	}
}

// isFolded says whether the removed run starting at offset start is shown
// folded: until the editor opens it.
func (r *reviewPane) isFolded(start int) bool { return !r.open[start] }

// openRuns opens the folded runs of removed lines in row i.
func (r *reviewPane) openRuns(i int) {
	b := r.blocks[i]
	if len(removedRuns(r.u.doc().Art.Original(), r.changes[b.First:b.Last], r.u.sel, r.isFolded)) == 0 {
		return
	}
	for _, run := range removedRuns(r.u.doc().Art.Original(), r.changes[b.First:b.Last], r.u.sel, r.isFolded) {
		r.open[r.changes[b.First+run.start].Start] = true
	}
	r.view.reset(len(r.blocks))
	r.view.reveal(i)
}

// revealOffset brings the row holding a byte offset of the original (or,
// with cleaned, of the cleaned text) into view and marks it, opening a
// fold that hides it.
func (r *reviewPane) revealOffset(off int, cleaned bool) {
	for i, b := range r.blocks {
		lo, hi := b.Start, b.End
		if cleaned {
			lo, hi = b.CleanStart, b.CleanEnd
		}
		if off < lo || off > hi {
			continue
		}
		if b.Folded > 0 {
			r.unfold(b.Start)
			r.revealOffset(off, cleaned)
			return
		}
		if !cleaned {
			r.openRuns(i)
		}
		r.setActive(i)
		r.view.reveal(i)
		return
	}
}

// unfold opens the folded run starting at offset start in Original.
func (r *reviewPane) unfold(start int) {
	r.open[start] = true
	r.update(true)
}

// unfoldChange opens the fold holding change index ci, if any, and
// returns its row.
func (r *reviewPane) unfoldChange(ci int) int {
	row := blockOf(r.blocks, ci)
	if row < len(r.blocks) && r.blocks[row].Folded > 0 {
		r.unfold(r.blocks[row].Start)
		row = blockOf(r.blocks, ci)
	}
	return row
}

// reselect moves the selection highlight from change prev to change id and
// brings id's row into view.
func (r *reviewPane) reselect(prev, id int) {
	if ci := r.index(id); ci >= 0 {
		row := r.unfoldChange(ci)
		r.setActive(row)
		r.view.reveal(row)
	}
	for _, want := range []int{prev, id} {
		if ci := r.index(want); ci >= 0 {
			r.view.repaint(blockOf(r.blocks, ci))
		}
	}
}

// index is the position of change id in the log, or -1.
func (r *reviewPane) index(id int) int {
	for ci, c := range r.changes {
		if c.ID == id {
			return ci
		}
	}
	return -1
}

// reveal scrolls so row i is in view.
func (r *reviewPane) reveal(i int) { r.view.reveal(i) }

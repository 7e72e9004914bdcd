package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Filters offered above the batch list.
const (
	showAll     = "All articles"
	showOpen    = "With open suggestions"
	showChanged = "With changes"
	showTodo    = "Not yet reviewed"
)

// batchPane lists the batch's articles with their counts. The list is
// virtualized, so a 1,000-article batch costs a screenful of rows.
type batchPane struct {
	u       *ui
	filter  *escEntry
	only    *dropdown
	list    *widget.List
	visible []int         // doc indexes that pass the filter, in batch order
	none    *widget.Label // says so when nothing passes
	obj     fyne.CanvasObject
}

func newBatchPane(u *ui) *batchPane {
	p := &batchPane{u: u}
	p.filter = u.newEntry(false)
	p.filter.SetPlaceHolder("Filter: title, source or text")
	p.filter.OnChanged = func(string) { p.reload() }
	p.only = u.newSelect([]string{showAll, showTodo, showOpen, showChanged})
	p.only.OnChanged = func(string) { p.reload() }
	p.only.Selected = showAll
	p.list = widget.NewList(
		func() int { return len(p.visible) },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			meta := widget.NewLabel("")
			meta.Truncation = fyne.TextTruncateEllipsis
			meta.SizeName = theme.SizeNameCaptionText
			return container.NewVBox(title, meta)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			d := p.u.b.Docs[p.visible[id]]
			applied, open := d.Art.Counts()
			title := d.Art.Title
			if d.Reviewed {
				title = "✓ " + title
			}
			setText(box.Objects[0].(*widget.Label), title)
			// Counts first: a long file name is what the ellipsis may cut.
			setText(box.Objects[1].(*widget.Label), fmt.Sprintf("%d changes · %d open · %s", applied, open, filepath.Base(d.Art.Source)))
		},
	)
	p.list.OnSelected = func(id widget.ListItemID) {
		if id < len(p.visible) {
			p.u.showDoc(p.visible[id])
		}
	}
	p.none = widget.NewLabel("")
	p.none.Wrapping = fyne.TextWrapWord
	p.none.Alignment = fyne.TextAlignCenter
	p.none.Hide()
	top := container.NewVBox(p.filter, p.only)
	p.obj = container.NewBorder(top, nil, nil, nil, container.NewStack(p.list, container.NewVBox(p.none)))
	return p
}

// reload recomputes the filter over the batch.
func (p *batchPane) reload() {
	p.visible = p.visible[:0]
	if p.u.b == nil {
		p.list.Refresh()
		return
	}
	q := strings.ToLower(strings.TrimSpace(p.filter.Text))
	for i, d := range p.u.b.Docs {
		applied, open := d.Art.Counts()
		switch {
		case p.only.Selected == showTodo && d.Reviewed,
			p.only.Selected == showOpen && open == 0,
			p.only.Selected == showChanged && applied == 0:
			continue
		case q != "" && !matches(d, q):
			continue
		}
		p.visible = append(p.visible, i)
	}
	p.sayNone(q)
	p.list.UnselectAll()
	p.list.Refresh()
	if pos := p.position(p.u.cur); pos >= 0 {
		p.list.Select(pos)
	}
}

// position is where doc i sits in the filtered list, or -1.
func (p *batchPane) position(i int) int {
	for pos, v := range p.visible {
		if v == i {
			return pos
		}
	}
	return -1
}

// reveal selects and scrolls to doc i without reopening it.
func (p *batchPane) reveal(i int) {
	if pos := p.position(i); pos >= 0 {
		p.list.Select(pos)
		p.list.ScrollTo(pos)
	}
}

// refreshDoc redraws one article's counts.
func (p *batchPane) refreshDoc(i int) {
	if pos := p.position(i); pos >= 0 {
		p.list.RefreshItem(pos)
	}
}

// step moves to the next (+1) or previous (-1) article in the list.
func (p *batchPane) step(dir int) {
	pos := p.position(p.u.cur) + dir
	if pos >= 0 && pos < len(p.visible) {
		p.u.showDoc(p.visible[pos])
	}
}

// setText skips the refresh (and the costly re-truncation) when a recycled
// label already shows the text.
func setText(l *widget.Label, s string) {
	if l.Text != s {
		l.SetText(s)
	}
}

// matches says whether an article's title, source, original or cleaned
// text holds q (already lower case).
func matches(d *doc, q string) bool {
	for _, s := range []string{d.Art.Title, d.Art.Source, d.Art.Cleaned(), d.Art.Original()} {
		if containsFold(s, q) {
			return true
		}
	}
	return false
}

// containsFold is a case-insensitive Contains for a lower-case needle.
func containsFold(s, q string) bool { return strings.Contains(strings.ToLower(s), q) }

// sayNone explains an empty list: the filter matched nothing.
func (p *batchPane) sayNone(q string) {
	if len(p.visible) > 0 || p.u.b == nil || len(p.u.b.Docs) == 0 {
		p.none.Hide()
		return
	}
	msg := "No article matches"
	if q != "" {
		msg += " “" + p.filter.Text + "”"
	}
	if p.only.Selected != showAll {
		msg += " among “" + p.only.Selected + "”"
	}
	p.none.SetText(msg + ".")
	p.none.Show()
}

package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rowWidget is one passage of the review: original on the left, cleaned on
// the right, one RichText each, so a decision redraws one passage only.
// Tapping marks the row as the one to edit; double-tapping edits it.
type rowWidget struct {
	widget.BaseWidget
	orig, clean *widget.RichText
	bg          *canvas.Rectangle
	active      bool
	onTap       func()
	onEdit      func()
}

func newRowWidget() *rowWidget {
	r := &rowWidget{orig: widget.NewRichText(), clean: widget.NewRichText(), bg: canvas.NewRectangle(nil)}
	r.orig.Wrapping = fyne.TextWrapWord
	r.clean.Wrapping = fyne.TextWrapWord
	r.ExtendBaseWidget(r)
	return r
}

func (r *rowWidget) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.bg, container.NewGridWithColumns(2, r.orig, r.clean)))
}

// setActive shades the row the edit command would act on.
func (r *rowWidget) setActive(on bool) {
	r.active = on
	r.shade()
}

// Refresh also runs on a theme switch, so the shade is looked up again
// rather than kept from the theme it was first drawn in.
func (r *rowWidget) Refresh() {
	r.shade()
	r.BaseWidget.Refresh()
}

func (r *rowWidget) shade() {
	r.bg.FillColor = nil
	if r.active {
		r.bg.FillColor = theme.Color(theme.ColorNameHover)
	}
	r.bg.Refresh()
}

func (r *rowWidget) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
}

func (r *rowWidget) DoubleTapped(*fyne.PointEvent) {
	if r.onEdit != nil {
		r.onEdit()
	}
}

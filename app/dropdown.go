package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dropdown is a Select whose option menu always opens on the window's own
// canvas.
//
// Why: widget.Select finds its canvas through the driver's object cache
// (Driver().CanvasForObject). The GLFW driver lets those entries expire
// after a minute unless an idle frame re-walks the tree, and a cache clean
// that follows a busy frame (menus, toolbar hover) drops them all until the
// next repaint. A click that lands in that gap gave NewPopUpMenu a nil
// canvas and the app died in overlayRenderer.MinSize. The window knows its
// canvas, so the menu is built against it and placed from the pointer event
// itself; the cache is consulted only as a hint for keyboard opening.
type dropdown struct {
	widget.Select
	canvas   fyne.Canvas
	onEscape func()
	origin   fyne.Position // top-left of the widget on the canvas, from the last pointer event
	menu     *widget.PopUpMenu
}

func (u *ui) newSelect(options []string) *dropdown {
	d := &dropdown{canvas: u.win.Canvas(), onEscape: u.escape}
	d.Options, d.PlaceHolder = options, "(Select one)"
	d.ExtendBaseWidget(d)
	return d
}

// Tapped opens the option menu below the widget.
func (d *dropdown) Tapped(ev *fyne.PointEvent) {
	if d.Disabled() {
		return
	}
	d.origin = ev.AbsolutePosition.Subtract(ev.Position)
	d.canvas.Focus(d)
	d.showMenu()
}

// MouseIn remembers where the widget sits, then hovers as a Select does.
func (d *dropdown) MouseIn(ev *desktop.MouseEvent) {
	d.origin = ev.AbsolutePosition.Subtract(ev.Position)
	d.Select.MouseIn(ev)
}

// TypedKey opens the menu on Space/Up/Down, passes Escape to the window,
// and leaves the rest to the Select.
func (d *dropdown) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		d.onEscape()
	case fyne.KeySpace, fyne.KeyUp, fyne.KeyDown:
		d.showMenu()
	default:
		d.Select.TypedKey(k)
	}
}

func (d *dropdown) showMenu() {
	if d.menu != nil {
		d.menu.Hide()
	}
	items := make([]*fyne.MenuItem, len(d.Options))
	for i, opt := range d.Options {
		items[i] = fyne.NewMenuItem(opt, func() { d.SetSelected(opt) })
	}
	pop := widget.NewPopUpMenu(fyne.NewMenu("", items...), d.canvas)
	pos := d.origin
	if fyne.CurrentApp().Driver().CanvasForObject(d) == d.canvas {
		pos = fyne.CurrentApp().Driver().AbsolutePositionForObject(d)
	}
	pop.ShowAtPosition(pos.AddXY(0, d.Size().Height-d.Theme().Size(theme.SizeNameInputBorder)))
	pop.Resize(fyne.NewSize(d.Size().Width, pop.MinSize().Height))
	d.menu = pop
}

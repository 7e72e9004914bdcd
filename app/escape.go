package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Fyne dialogs do not close on Escape, and keys go to the focused widget
// before the canvas sees them. So the window keeps a stack of the dialogs
// it shows: Escape hides the topmost one, caught by the canvas when
// nothing has focus and by the dialogs' own fields when they do.

// showDialog shows d and lets Escape close it. Showing d again while it is
// open (a refused form) is fine: the stack keeps one entry per showing.
func (u *ui) showDialog(d dialog.Dialog) {
	u.dialogs = append(u.dialogs, d)
	d.Show()
}

// trackDialog drops d from the stack when it closes; call it once per dialog.
func (u *ui) trackDialog(d dialog.Dialog) {
	d.SetOnClosed(func() {
		for i := len(u.dialogs) - 1; i >= 0; i-- {
			if u.dialogs[i] == d {
				u.dialogs = append(u.dialogs[:i], u.dialogs[i+1:]...)
				return
			}
		}
	})
}

// escape closes the topmost dialog, as its Cancel or Close button would.
func (u *ui) escape() {
	if n := len(u.dialogs); n > 0 {
		u.dialogs[n-1].Hide()
	}
}

// canvasEscape handles Escape typed while no widget has focus, and Enter,
// which confirms the topmost dialog when it has a confirm button.
func (u *ui) canvasEscape(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		u.escape()
	case fyne.KeyReturn, fyne.KeyEnter:
		if n := len(u.dialogs); n > 0 {
			if c, ok := u.dialogs[n-1].(*dialog.ConfirmDialog); ok {
				c.Confirm()
			}
		}
	}
}

// escapeOr runs onEscape for Escape and hands every other key to the
// wrapped widget.
func escapeOr(k *fyne.KeyEvent, onEscape func(), typed func(*fyne.KeyEvent)) {
	if k.Name == fyne.KeyEscape {
		onEscape()
		return
	}
	typed(k)
}

// escEntry is an Entry that passes Escape to the window instead of
// swallowing it.
type escEntry struct {
	widget.Entry
	onEscape func()
}

func (u *ui) newEntry(multiLine bool) *escEntry {
	e := &escEntry{onEscape: u.escape}
	e.MultiLine = multiLine
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry has it
	e.ExtendBaseWidget(e)
	return e
}

func (e *escEntry) TypedKey(k *fyne.KeyEvent) { escapeOr(k, e.onEscape, e.Entry.TypedKey) }

// escList is a List (which takes focus when an item is tapped) that
// passes Escape on.
type escList struct {
	widget.List
	onEscape func()
}

func (u *ui) newList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *escList {
	l := &escList{onEscape: u.escape}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *escList) TypedKey(k *fyne.KeyEvent) { escapeOr(k, l.onEscape, l.List.TypedKey) }

// showError reports err in a dialog that Escape closes.
func (u *ui) showError(err error) {
	d := dialog.NewError(err, u.win)
	u.trackDialog(d)
	u.showDialog(d)
}

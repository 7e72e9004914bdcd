package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Fyne 2.7 toolbars have no tooltips. A toolbar button here names its
// command and shortcut in the status bar while the pointer is on it, and
// gives the status bar back when the pointer leaves.

type hintItem struct {
	u    *ui
	act  action
	hint string
}

func (h hintItem) ToolbarObject() fyne.CanvasObject {
	b := &hintButton{u: h.u, hint: h.hint}
	b.Icon, b.OnTapped, b.Importance = h.act.icon, h.act.run, widget.LowImportance
	b.ExtendBaseWidget(b)
	return b
}

type hintButton struct {
	widget.Button
	u    *ui
	hint string
}

func (b *hintButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.u.showHint(b.hint)
}

func (b *hintButton) MouseOut() {
	b.Button.MouseOut()
	b.u.hideHint()
}

// showHint puts a hint over the status message until hideHint.
func (u *ui) showHint(s string) {
	if !u.hinting {
		u.beforeHint = u.status.Text
	}
	u.hinting = true
	u.status.SetText(s)
}

func (u *ui) hideHint() {
	if u.hinting {
		u.hinting = false
		u.status.SetText(u.beforeHint)
	}
}

// hintFor is "Undo — Ctrl+Z".
func hintFor(a action) string {
	if a.key == "" {
		return a.label
	}
	var keys []string
	if a.mod&ctrl != 0 {
		keys = append(keys, "Ctrl")
	}
	if a.mod&shift != 0 {
		keys = append(keys, "Shift")
	}
	name := string(a.key)
	if n, ok := keyNames[a.key]; ok {
		name = n
	}
	return strings.TrimSuffix(a.label, "…") + " — " + strings.Join(append(keys, name), "+")
}

var keyNames = map[fyne.KeyName]string{
	fyne.KeyReturn: "Enter", fyne.KeyBackspace: "Backspace", fyne.KeyDown: "↓", fyne.KeyUp: "↑",
	fyne.KeyPageDown: "PgDn", fyne.KeyPageUp: "PgUp", fyne.KeyEqual: "=", fyne.KeyMinus: "-", fyne.KeyBackslash: "\\",
}

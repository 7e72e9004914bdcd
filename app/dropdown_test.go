package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The driver's object→canvas lookup is not the window: in the GLFW driver
// it can be empty after a cache clean, and the test driver answers with the
// newest window. The filter menu must open on the review window either way.
func TestFilterMenuOpensOnTheWindowCanvas(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "session.json"))
	openFixtures(t, u)
	other := test.NewTempWindow(t, widget.NewLabel("another window")) // now the driver's guess

	test.Tap(u.batchPane.only)
	menu := openMenu(u.win.Canvas())
	if menu == nil {
		t.Fatal("no option menu on the review window")
	}
	if other.Canvas().Overlays().Top() != nil {
		t.Error("the option menu opened on another window")
	}
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyDown, fyne.KeyDown, fyne.KeyReturn} {
		menu.TypedKey(&fyne.KeyEvent{Name: k}) // the fourth option, as the keyboard picks it
	}
	if u.batchPane.only.Selected != showChanged || len(u.batchPane.visible) == 0 {
		t.Errorf("filter %q lists %d articles", u.batchPane.only.Selected, len(u.batchPane.visible))
	}
}

// Space opens the menu from the keyboard too, on the same canvas.
func TestFilterMenuOpensFromKeyboard(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "session.json"))
	openFixtures(t, u)
	u.win.Canvas().Focus(u.batchPane.only)
	u.batchPane.only.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if openMenu(u.win.Canvas()) == nil {
		t.Fatal("Space did not open the option menu")
	}
}

// openMenu is the pop-up menu in the canvas's top overlay, or nil.
func openMenu(c fyne.Canvas) *widget.PopUpMenu {
	top := c.Overlays().Top()
	if top == nil {
		return nil
	}
	for _, o := range test.LaidOutObjects(top) {
		if m, ok := o.(*widget.PopUpMenu); ok {
			return m
		}
	}
	return nil
}

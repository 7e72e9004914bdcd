package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
)

// pressEscape delivers Escape as the desktop driver does: to the focused
// widget if there is one, else to the canvas.
func pressEscape(c fyne.Canvas) {
	esc := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if f := c.Focused(); f != nil {
		f.TypedKey(esc)
		return
	}
	c.OnTypedKey()(esc)
}

// tapButton taps the button labelled text in the topmost dialog.
func tapButton(t *testing.T, c fyne.Canvas, text string) {
	t.Helper()
	for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no %q button in the top dialog", text)
}

func TestEscapeClosesDialogs(t *testing.T) {
	tests := []struct {
		name  string
		open  func(u *ui) fyne.Focusable // opens a dialog, returns what to focus (nil: nothing)
		after func(t *testing.T, u *ui)  // checks beyond the dialog being gone
	}{
		{"glossary, search focused", func(u *ui) fyne.Focusable { u.glossaryDialog(); return u.glossary.search },
			func(t *testing.T, u *ui) {
				if u.glossary != nil {
					t.Error("editor still registered as open")
				}
			}},
		{"glossary, list focused", func(u *ui) fyne.Focusable { u.glossaryDialog(); return u.glossary.list }, nil},
		{"glossary, style focused", func(u *ui) fyne.Focusable { u.glossaryDialog(); return u.glossary.styleSel }, nil},
		{"glossary, nothing focused", func(u *ui) fyne.Focusable { u.glossaryDialog(); return nil }, nil},
		{"export, folder focused", func(u *ui) fyne.Focusable { u.exportDialog(); return u.exporting.folder }, nil},
		{"export, format focused", func(u *ui) fyne.Focusable { u.exportDialog(); return u.exporting.format }, nil},
		{"edit passage, typed then escaped", func(u *ui) fyne.Focusable {
			u.editRow(1)
			test.Type(u.editor, "half-typed ")
			return u.editor
		}, func(t *testing.T, u *ui) {
			for _, c := range u.doc().Art.Changes() {
				if c.Rule == cleanup.RuleManual {
					t.Errorf("Escape saved the edit: %+v", c)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newTestUI(t, t.TempDir()+"/session.json")
			openFixtures(t, u)
			c := u.win.Canvas()
			f := tt.open(u)
			c.Unfocus()
			if f != nil {
				c.Focus(f)
			}
			if c.Overlays().Top() == nil {
				t.Fatal("no dialog open")
			}
			pressEscape(c)
			if c.Overlays().Top() != nil || len(u.dialogs) != 0 {
				t.Errorf("dialog still open (%d tracked)", len(u.dialogs))
			}
			if tt.after != nil {
				tt.after(t, u)
			}
		})
	}
}

func TestEscapeClosesOnlyTheTopDialog(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	c := u.win.Canvas()
	u.glossaryDialog()
	g := u.glossary
	test.Tap(g.add)
	c.Focus(g.form.canonical)
	pressEscape(c)
	if g.form != nil || u.glossary == nil || c.Overlays().Top() == nil {
		t.Fatalf("form open %v, editor open %v", g.form != nil, u.glossary != nil)
	}
	pressEscape(c)
	if u.glossary != nil || c.Overlays().Top() != nil {
		t.Error("second Escape left the editor open")
	}
}

func TestEscapeClosesARefusedForm(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	c := u.win.Canvas()
	u.glossaryDialog()
	g := u.glossary
	test.Tap(g.add)
	test.Type(g.form.canonical, "Kyiv") // no variants, no basis: refused
	tapButton(t, c, "Save")
	if g.form == nil || g.form.problem.Text == "" {
		t.Fatal("incomplete entry was not refused")
	}
	c.Focus(g.form.canonical)
	pressEscape(c)
	if g.form != nil || u.glossary == nil {
		t.Errorf("after Escape: form open %v, editor open %v", g.form != nil, u.glossary != nil)
	}
	if entries, _ := readUserGlossary(u.opts.glossaryPath); len(entries) != 0 {
		t.Errorf("refused entry reached the file: %+v", entries)
	}
}

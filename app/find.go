package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// findBar searches the article on screen, in both columns, without regard
// to case. Enter goes to the next match, Shift+Enter to the previous one;
// the match's row is brought into view and marked.
type findBar struct {
	u       *ui
	entry   *findEntry
	count   *widget.Label
	matches []match
	at      int // index into matches of the one shown, -1 when none
	obj     fyne.CanvasObject
}

// match is one hit: its offset in the original or the cleaned text.
type match struct {
	offset  int
	cleaned bool
}

func newFindBar(u *ui) *findBar {
	f := &findBar{u: u, at: -1}
	f.entry = &findEntry{bar: f}
	f.entry.onEscape = f.close
	f.entry.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	f.entry.SetPlaceHolder("Find in this article")
	f.entry.ExtendBaseWidget(f.entry)
	f.entry.OnChanged = func(string) { f.search() }
	f.count = widget.NewLabel("")
	prev := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { f.step(-1) })
	next := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { f.step(1) })
	closeB := widget.NewButtonWithIcon("", theme.CancelIcon(), f.close)
	f.obj = container.NewBorder(nil, nil, nil, container.NewHBox(f.count, prev, next, closeB), f.entry)
	f.obj.Hide()
	return f
}

// findEntry is the query field: Enter and Shift+Enter step through the
// matches, Escape closes the bar.
type findEntry struct {
	escEntry
	bar *findBar
}

func (e *findEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		dir := 1
		if d, ok := fyne.CurrentApp().Driver().(interface{ CurrentKeyModifiers() fyne.KeyModifier }); ok && d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0 {
			dir = -1
		}
		e.bar.step(dir)
	default:
		e.escEntry.TypedKey(k)
	}
}

// open shows the bar and puts the keyboard in it.
func (f *findBar) open() {
	f.obj.Show()
	f.u.win.Canvas().Focus(f.entry)
	f.search()
}

func (f *findBar) close() {
	f.obj.Hide()
	f.u.win.Canvas().Unfocus()
}

// search collects the matches of the query in the article on screen and
// shows the first one.
func (f *findBar) search() {
	f.matches, f.at = f.matches[:0], -1
	d := f.u.doc()
	q := strings.ToLower(f.entry.Text)
	if d == nil || q == "" {
		f.count.SetText("")
		return
	}
	for _, col := range []struct {
		text    string
		cleaned bool
	}{{d.Art.Original(), false}, {d.Art.Cleaned(), true}} {
		low := strings.ToLower(col.text)
		if len(low) != len(col.text) {
			continue // case folding moved offsets (rare scripts): skip rather than point wrong
		}
		for i := 0; ; {
			j := strings.Index(low[i:], q)
			if j < 0 {
				break
			}
			f.matches = append(f.matches, match{i + j, col.cleaned})
			i += j + len(q)
		}
	}
	if len(f.matches) == 0 {
		f.count.SetText("no match")
		return
	}
	f.step(1)
}

// step shows the next (+1) or previous (-1) match, wrapping round.
func (f *findBar) step(dir int) {
	if len(f.matches) == 0 {
		return
	}
	f.at = (f.at + dir + len(f.matches)) % len(f.matches)
	m := f.matches[f.at]
	side := "original"
	if m.cleaned {
		side = "cleaned"
	}
	f.count.SetText(fmt.Sprintf("%d of %d · %s", f.at+1, len(f.matches), side))
	f.u.review.revealOffset(m.offset, m.cleaned)
}

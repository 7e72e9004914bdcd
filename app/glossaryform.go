package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup/names"
)

// glossaryKinds are the kinds an entry may have (assets/glossary/README.md).
var glossaryKinds = []string{"person", "place", "org", "term", "given"}

// entryForm edits one user glossary entry; lists are "|"-separated as in
// the file, so what the editor types is what the file holds.
type entryForm struct {
	index                             int // in the user glossary; -1 adds
	canonical, variants, leave, basis *escEntry
	kind                              *dropdown
	problem                           *widget.Label
	dlg                               dialog.Dialog
}

// openForm edits user entry index (-1: a new entry starting from e).
func (g *glossaryEditor) openForm(index int, e names.Entry) {
	u := g.u
	f := &entryForm{index: index, canonical: u.newEntry(false), variants: u.newEntry(false),
		leave: u.newEntry(false), basis: u.newEntry(false), kind: u.newSelect(glossaryKinds),
		problem: widget.NewLabel("")}
	f.canonical.SetText(e.Canonical)
	f.variants.SetText(strings.Join(e.Variants, "|"))
	f.variants.SetPlaceHolder("Kiev|Kiew  (spellings to replace, | between)")
	f.leave.SetText(strings.Join(e.LeaveAlone, "|"))
	f.leave.SetPlaceHolder("chicken Kiev  (phrases to leave alone, optional)")
	f.basis.SetText(e.Basis)
	f.basis.SetPlaceHolder("why: style-guide rule or source")
	f.kind.SetSelected(e.Kind)
	f.problem.Wrapping = fyne.TextWrapWord
	title := "Add to your glossary"
	if index >= 0 {
		title = "Edit your glossary entry"
	}
	items := []*widget.FormItem{
		required("House spelling", f.canonical),
		required("Variants", f.variants),
		widget.NewFormItem("Kind", f.kind),
		widget.NewFormItem("Leave alone in", f.leave),
		required("Basis", f.basis),
		widget.NewFormItem("", f.problem),
	}
	f.problem.SetText("* required")
	f.dlg = dialog.NewForm(title, "Save", "Cancel", items, func(ok bool) {
		if ok && g.saveForm() != nil {
			u.showDialog(f.dlg) // keep what was typed; the problem is shown under the fields
			return
		}
		g.form = nil
	}, u.win)
	f.dlg.Resize(fyne.NewSize(640, 360))
	g.form = f
	u.trackDialog(f.dlg)
	u.showDialog(f.dlg)
	u.win.Canvas().Focus(f.canonical) // ready to type, and Escape works at once
}

// entry is the entry as typed.
func (f *entryForm) entry() names.Entry {
	split := func(s string) []string {
		var out []string
		for _, p := range strings.Split(s, "|") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	return names.Entry{Canonical: strings.TrimSpace(f.canonical.Text), Variants: split(f.variants.Text),
		Kind: f.kind.Selected, LeaveAlone: split(f.leave.Text), Basis: strings.TrimSpace(f.basis.Text)}
}

// saveForm puts the open form's entry in the user glossary.
func (g *glossaryEditor) saveForm() error {
	f := g.form
	e := f.entry()
	entries := slices.Clone(g.user)
	verb := "Added"
	if f.index >= 0 && f.index < len(entries) {
		entries[f.index], verb = e, "Saved"
	} else {
		entries = append(entries, e)
	}
	err := g.save(entries, fmt.Sprintf("%s %q in your glossary.", verb, e.Canonical))
	if err != nil {
		f.problem.SetText(err.Error())
	}
	return err
}

// required marks a field the glossary cannot do without, before Save.
func required(label string, w fyne.CanvasObject) *widget.FormItem {
	it := widget.NewFormItem(label+" *", w)
	it.HintText = "required"
	return it
}

package app

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup/names"
	"github.com/copydesk/copydesk/cleanup/style"
)

// glossaryRow is one line of the editor: an entry of the effective
// glossary and where it comes from.
type glossaryRow struct {
	e    names.Entry
	user int    // index in the user glossary; -1 for a read-only preset entry
	file string // "common.tsv:12", or "your glossary"
}

// glossaryEditor shows the effective glossary (the house style's presets,
// then the user's own entries, which win) and edits the user glossary.
type glossaryEditor struct {
	u        *ui
	user     []names.Entry
	rows     []glossaryRow
	shown    []int // indexes into rows that match the search
	sel      int   // index into shown, -1 when none
	search   *escEntry
	styleSel *dropdown
	list     *escList
	add      *widget.Button
	edit     *widget.Button
	remove   *widget.Button
	message  *widget.Label
	form     *entryForm // the open add/edit form, if any
	dlg      dialog.Dialog
}

// glossaryDialog opens the glossary editor.
func (u *ui) glossaryDialog() {
	g := &glossaryEditor{u: u, sel: -1}
	g.search = u.newEntry(false)
	g.search.SetPlaceHolder("Search spellings, kinds, files")
	g.search.OnChanged = func(string) { g.filter() }
	g.styleSel = u.newSelect(style.Names())
	g.styleSel.Selected = u.houseStyle()
	g.styleSel.OnChanged = func(name string) {
		u.setStyle(name)
		g.reload()
	}
	g.list = u.newList(func() int { return len(g.shown) }, newGlossaryItem, g.updateItem)
	g.list.OnSelected = func(id widget.ListItemID) { g.sel = id; g.setButtons() }
	g.list.OnUnselected = func(widget.ListItemID) { g.sel = -1; g.setButtons() }
	g.add = widget.NewButtonWithIcon("Add…", theme.ContentAddIcon(), func() { g.openForm(-1, names.Entry{Kind: "person"}) })
	g.edit = widget.NewButtonWithIcon("Edit…", theme.DocumentCreateIcon(), g.editSelected)
	g.remove = widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), g.removeSelected)
	g.message = widget.NewLabel("")
	g.message.Wrapping = fyne.TextWrapWord
	top := container.NewBorder(nil, nil, widget.NewLabel("House style"), nil, g.styleSel)
	bottom := container.NewVBox(g.message, container.NewHBox(g.add, g.edit, g.remove))
	body := container.NewBorder(container.NewVBox(top, g.search), bottom, nil, nil, g.list)
	g.dlg = dialog.NewCustom("Glossary", "Close", body, u.win)
	g.dlg.SetOnClosed(func() { u.glossary = nil })
	u.trackDialog(g.dlg)
	g.dlg.Resize(u.dialogSize())
	u.glossary = g
	g.reload()
	u.showDialog(g.dlg)
	u.win.Canvas().Focus(g.search)
}

func newGlossaryItem() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	variants := widget.NewLabel("")
	variants.Truncation = fyne.TextTruncateEllipsis
	variants.SizeName = theme.SizeNameCaptionText
	from := widget.NewLabel("")
	from.SizeName = theme.SizeNameCaptionText
	return container.NewBorder(nil, nil, nil, from, container.NewVBox(name, variants))
}

func (g *glossaryEditor) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	r := g.rows[g.shown[id]]
	box := o.(*fyne.Container)
	text := box.Objects[0].(*fyne.Container)
	setText(text.Objects[0].(*widget.Label), r.e.Canonical)
	setText(text.Objects[1].(*widget.Label), fmt.Sprintf("%s · from %s", r.e.Kind, strings.Join(r.e.Variants, ", ")))
	from := r.file + " · read-only"
	if r.user >= 0 {
		from = r.file
	}
	setText(box.Objects[1].(*widget.Label), from)
}

// reload reads the presets of the current style and the user glossary.
func (g *glossaryEditor) reload() {
	g.rows = g.rows[:0]
	presets, err := presetEntries(g.u.houseStyle())
	if err != nil {
		g.message.SetText(err.Error())
	}
	for _, e := range presets {
		file, _ := strings.CutPrefix(e.Source, "glossary/")
		g.rows = append(g.rows, glossaryRow{e: e, user: -1, file: path.Base(file)})
	}
	g.user, err = readUserGlossary(g.u.opts.glossaryPath)
	if err != nil {
		// Editing would overwrite the file; leave it to be fixed by hand.
		g.message.SetText("Your glossary cannot be read, so it cannot be edited here: " + err.Error())
		g.add.Disable()
	} else {
		g.message.SetText(fmt.Sprintf("%d entries from the %s presets (read-only); %d of your own, which win over them.",
			len(presets), g.u.houseStyle(), len(g.user)))
		g.add.Enable()
	}
	for i, e := range g.user {
		g.rows = append(g.rows, glossaryRow{e: e, user: i, file: "your glossary"})
	}
	g.filter()
}

// filter shows the rows matching the search, the user's own first.
func (g *glossaryEditor) filter() {
	q := strings.ToLower(strings.TrimSpace(g.search.Text))
	g.shown = g.shown[:0]
	for i := len(g.rows) - 1; i >= 0 && g.rows[i].user >= 0; i-- {
		if g.rows[i].matches(q) {
			g.shown = append(g.shown, i)
		}
	}
	slices.Reverse(g.shown)
	for i, r := range g.rows {
		if r.user < 0 && r.matches(q) {
			g.shown = append(g.shown, i)
		}
	}
	g.sel = -1
	g.list.UnselectAll()
	g.list.Refresh()
	g.setButtons()
}

func (r glossaryRow) matches(q string) bool {
	if q == "" {
		return true
	}
	hay := strings.ToLower(strings.Join(append([]string{r.e.Canonical, r.e.Kind, r.file}, r.e.Variants...), "\n"))
	return strings.Contains(hay, q)
}

// selected is the selected row, if any.
func (g *glossaryEditor) selected() (glossaryRow, bool) {
	if g.sel < 0 || g.sel >= len(g.shown) {
		return glossaryRow{}, false
	}
	return g.rows[g.shown[g.sel]], true
}

func (g *glossaryEditor) setButtons() {
	r, ok := g.selected()
	g.edit.SetText("Edit…")
	if ok && r.user < 0 {
		g.edit.SetText("Override…") // a preset row becomes an entry of yours
	}
	if ok && !g.add.Disabled() {
		g.edit.Enable()
	} else {
		g.edit.Disable()
	}
	if ok && r.user >= 0 {
		g.remove.Enable()
	} else {
		g.remove.Disable()
	}
}

// editSelected edits a user entry, or starts an entry of the user's own
// from a preset one.
func (g *glossaryEditor) editSelected() {
	if r, ok := g.selected(); ok {
		e := r.e
		if r.user < 0 {
			e.Basis = ""
		}
		g.openForm(r.user, e)
	}
}

func (g *glossaryEditor) removeSelected() {
	r, ok := g.selected()
	if !ok || r.user < 0 {
		return
	}
	entries := slices.Delete(slices.Clone(g.user), r.user, r.user+1)
	g.save(entries, fmt.Sprintf("Removed %q from your glossary.", r.e.Canonical))
}

// save writes the user glossary, re-cleans the batch and shows the result.
func (g *glossaryEditor) save(entries []names.Entry, done string) error {
	if err := g.u.saveGlossary(entries, done); err != nil {
		g.message.SetText("Not saved: " + err.Error())
		return err
	}
	g.reload()
	g.message.SetText(done + " Cleaning the batch again…")
	return nil
}

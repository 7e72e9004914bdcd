package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup/style"
)

// action is one command of the window. The table below is the single
// place that names commands and binds their shortcuts; menus, the toolbar
// and canvas shortcuts are all built from it.
type action struct {
	label string
	key   fyne.KeyName // "" when the command has no shortcut
	mod   fyne.KeyModifier
	icon  fyne.Resource // set for commands on the toolbar
	run   func()
}

// textKeys are the commands whose keys a focused text field keeps: Ctrl+Z
// undoes typing, Ctrl+Backspace deletes a word.
var textKeys = map[string]bool{cmdUndo: true, cmdReject: true}

const ctrl, shift = fyne.KeyModifierShortcutDefault, fyne.KeyModifierShift

// Command names, used as keys of the table.
const (
	cmdOpen        = "open"
	cmdOpenFolder  = "open-folder"
	cmdExport      = "export"
	cmdUndo        = "undo"
	cmdAccept      = "accept"
	cmdReject      = "reject"
	cmdAcceptSame  = "accept-same"
	cmdRejectSame  = "reject-same"
	cmdAcceptRule  = "accept-rule"
	cmdRejectRule  = "reject-rule"
	cmdAcceptSuggs = "accept-suggestions"
	cmdBatchSuggs  = "accept-batch-suggestions"
	cmdEdit        = "edit"
	cmdNextChange  = "next-change"
	cmdPrevChange  = "prev-change"
	cmdNextArticle = "next-article"
	cmdPrevArticle = "prev-article"
	cmdLight       = "theme-light"
	cmdDark        = "theme-dark"
	cmdBigger      = "text-bigger"
	cmdSmaller     = "text-smaller"
	cmdGlossary    = "glossary"
	cmdLearn       = "learn-spelling"
	cmdReviewed    = "mark-reviewed"
	cmdFind        = "find"
	cmdLegend      = "legend"
	cmdChangeList  = "change-list"
)

func (u *ui) actions() map[string]action {
	return map[string]action{
		cmdOpen:        {"Open Files…", fyne.KeyO, ctrl, theme.FileIcon(), u.openFilesDialog},
		cmdOpenFolder:  {"Open Folder…", fyne.KeyO, ctrl | shift, theme.FolderOpenIcon(), u.openFolderDialog},
		cmdExport:      {"Export…", fyne.KeyE, ctrl, theme.DocumentSaveIcon(), u.exportDialog},
		cmdUndo:        {"Undo", fyne.KeyZ, ctrl, theme.ContentUndoIcon(), u.undo},
		cmdAccept:      {"Accept Change", fyne.KeyReturn, ctrl, theme.ConfirmIcon(), u.acceptKey},
		cmdReject:      {"Reject Change", fyne.KeyBackspace, ctrl, theme.CancelIcon(), u.rejectSelected},
		cmdAcceptSame:  {"Accept Same Fix in Batch…", fyne.KeyReturn, ctrl | shift, nil, func() { u.decideSameFix(true) }},
		cmdRejectSame:  {"Reject Same Fix in Batch…", fyne.KeyBackspace, ctrl | shift, nil, func() { u.decideSameFix(false) }},
		cmdAcceptRule:  {"Accept Every Fix of This Rule…", "", 0, nil, func() { u.decideWholeRule(true) }},
		cmdRejectRule:  {"Reject Every Fix of This Rule…", "", 0, nil, func() { u.decideWholeRule(false) }},
		cmdAcceptSuggs: {"Accept Article's Suggestions", fyne.KeyG, ctrl, nil, u.acceptAllSuggestions},
		cmdBatchSuggs:  {"Accept All Suggestions in Batch", fyne.KeyG, ctrl | shift, nil, u.acceptBatchSuggestions},
		cmdEdit:        {"Edit Passage…", fyne.KeyM, ctrl, theme.DocumentCreateIcon(), u.editActive},
		cmdNextChange:  {"Next Change", fyne.KeyDown, ctrl, theme.MoveDownIcon(), func() { u.stepChange(1) }},
		cmdPrevChange:  {"Previous Change", fyne.KeyUp, ctrl, theme.MoveUpIcon(), func() { u.stepChange(-1) }},
		cmdNextArticle: {"Next Article", fyne.KeyPageDown, ctrl, nil, func() { u.batchPane.step(1) }},
		cmdPrevArticle: {"Previous Article", fyne.KeyPageUp, ctrl, nil, func() { u.batchPane.step(-1) }},
		cmdLight:       {"Light Theme", "", 0, nil, func() { u.setThemePref("light") }},
		cmdDark:        {"Dark Theme", "", 0, nil, func() { u.setThemePref("dark") }},
		cmdBigger:      {"Larger Text", fyne.KeyEqual, ctrl, nil, func() { u.zoomText(0.1) }},
		cmdSmaller:     {"Smaller Text", fyne.KeyMinus, ctrl, nil, func() { u.zoomText(-0.1) }},
		cmdGlossary:    {"Glossary…", fyne.KeyL, ctrl, theme.ListIcon(), u.glossaryDialog},
		cmdLearn:       {"Add Spelling to My Glossary", fyne.KeyL, ctrl | shift, theme.ContentAddIcon(), u.learnSelected},
		cmdFind:        {"Find in Article…", fyne.KeyF, ctrl, theme.SearchIcon(), func() { u.review.find.open() }},
		cmdLegend:      {"Show Colour Legend", "", 0, nil, u.toggleLegend},
		cmdChangeList:  {"Show or Hide Change List", fyne.KeyBackslash, ctrl, nil, u.toggleChangeList},
		cmdReviewed:    {"Mark Article Reviewed", fyne.KeyR, ctrl, theme.CheckButtonCheckedIcon(), u.toggleReviewed},
	}
}

// shortcut is the value the desktop driver produces for the action's keys.
// The driver turns Ctrl+Z into fyne.ShortcutUndo, not a CustomShortcut,
// and matches menu items by name, so a custom Ctrl+Z never fires.
func (a action) shortcut() fyne.Shortcut {
	switch {
	case a.key == "":
		return nil
	case a.key == fyne.KeyZ && a.mod == ctrl:
		return &fyne.ShortcutUndo{}
	}
	return &desktop.CustomShortcut{KeyName: a.key, Modifier: a.mod}
}

// keyed is the action's command as its shortcut runs it. The menu sees a
// key before the focused widget does, so keys that text fields use go to
// the field when one has focus.
func (u *ui) keyed(name string, a action) func() {
	if !textKeys[name] {
		return a.run
	}
	return func() {
		if e, ok := u.win.Canvas().Focused().(*escEntry); ok {
			e.TypedShortcut(a.shortcut())
			return
		}
		a.run()
	}
}

func (u *ui) menuItem(acts map[string]action, name string) *fyne.MenuItem {
	a := acts[name]
	it := fyne.NewMenuItem(a.label, u.keyed(name, a))
	it.Icon = a.icon
	it.Shortcut = a.shortcut()
	return it
}

// mainMenu builds the menus. Shortcuts sit on menu items because the
// desktop driver checks those before a focused Entry can swallow them.
func (u *ui) mainMenu() *fyne.MainMenu {
	acts := u.actions()
	items := func(names ...string) []*fyne.MenuItem {
		var out []*fyne.MenuItem
		for _, n := range names {
			if n == "" {
				out = append(out, fyne.NewMenuItemSeparator())
				continue
			}
			out = append(out, u.menuItem(acts, n))
		}
		return out
	}
	recent := fyne.NewMenuItem("Open Recent", nil)
	recent.ChildMenu = fyne.NewMenu("")
	for _, p := range u.recent() {
		recent.ChildMenu.Items = append(recent.ChildMenu.Items, fyne.NewMenuItem(p, func() { u.open([]string{p}, false) }))
	}
	recent.Disabled = len(recent.ChildMenu.Items) == 0
	file := fyne.NewMenu("File", append(items(cmdOpen, cmdOpenFolder), recent, fyne.NewMenuItemSeparator(), u.menuItem(acts, cmdExport))...)
	edit := fyne.NewMenu("Edit", items(cmdUndo, "", cmdFind, "", cmdAccept, cmdReject, cmdAcceptSame, cmdRejectSame, "",
		cmdAcceptRule, cmdRejectRule, "",
		cmdAcceptSuggs, cmdBatchSuggs, "", cmdEdit)...)
	goMenu := fyne.NewMenu("Go", items(cmdNextChange, cmdPrevChange, "", cmdNextArticle, cmdPrevArticle, "", cmdReviewed)...)
	view := fyne.NewMenu("View", items(cmdLight, cmdDark, "", cmdBigger, cmdSmaller, "", cmdLegend, cmdChangeList)...)
	styles := fyne.NewMenu("House Style")
	for _, n := range style.Names() {
		it := fyne.NewMenuItem(n, func() { u.setStyle(n) })
		it.Checked = n == u.houseStyle()
		styles.Items = append(styles.Items, it)
	}
	styles.Items = append(styles.Items, append([]*fyne.MenuItem{fyne.NewMenuItemSeparator()}, items(cmdGlossary, cmdLearn)...)...)
	return fyne.NewMainMenu(file, edit, goMenu, view, styles)
}

// addShortcuts binds the same shortcuts on the canvas, for drivers (and
// tests) that do not dispatch main-menu shortcuts.
func (u *ui) addShortcuts() {
	for name, a := range u.actions() {
		if sc := a.shortcut(); sc != nil {
			run := u.keyed(name, a)
			u.win.Canvas().AddShortcut(sc, func(fyne.Shortcut) { run() })
		}
	}
}

// toolbar offers the most frequent commands to the mouse.
func (u *ui) toolbar() fyne.CanvasObject {
	acts := u.actions()
	item := func(n string) widget.ToolbarItem {
		a := acts[n]
		a.run = u.keyed(n, a)
		return hintItem{u: u, act: a, hint: hintFor(a)}
	}
	return widget.NewToolbar(item(cmdOpen), item(cmdOpenFolder), item(cmdExport), widget.NewToolbarSeparator(),
		item(cmdUndo), item(cmdPrevChange), item(cmdNextChange), item(cmdAccept), item(cmdReject), item(cmdEdit), widget.NewToolbarSeparator(), item(cmdReviewed))
}

// setStyle switches the house style and re-cleans the batch, keeping the
// decisions that still apply.
func (u *ui) setStyle(name string) {
	u.app.Preferences().SetString(prefStyle, name)
	u.win.SetMainMenu(u.mainMenu())
	u.reclean("House style: " + name + ".")
}

// reclean runs the engine again over the batch with the current house
// style and user glossary, keeping the decisions that still apply, and
// says msg when it is done.
func (u *ui) reclean(msg string) {
	if u.b == nil {
		return
	}
	show := u.loaded(u.cur)
	u.run(loadJob{name: u.b.Name, keep: true, done: func(b *batch, err error) {
		show(b, err)
		if err == nil {
			u.setStatus(msg)
		}
	}})
}

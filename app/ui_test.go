package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/review"
)

func TestSampleWhenNothingSaved(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	u.start(nil)
	u.wait()
	if len(u.b.Docs) != 1 || !strings.HasPrefix(u.doc().Art.Source, "sample/") {
		t.Fatalf("want the built-in sample, got %d docs", len(u.b.Docs))
	}
	if got := u.win.Title(); got != "Copydesk — sample" {
		t.Errorf("title %q", got)
	}
}

func TestLoadBatch(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	if got := u.win.Title(); got != "Copydesk — batch" {
		t.Errorf("title %q", got)
	}
	if n := u.batchPane.list.Length(); n != 3 {
		t.Errorf("batch list shows %d rows", n)
	}
	// The first article: Kiev twice, an ad line, Arabic share prompt, one suggestion.
	if len(u.changes.fixIDs) != 4 || len(u.changes.suggIDs) != 1 {
		t.Errorf("fixes %v suggestions %v", u.changes.fixIDs, u.changes.suggIDs)
	}
	// Each change in exactly one review row, both columns showing it.
	var left, right string
	for i := range u.review.blocks {
		row := u.review.view.widgetFor(i)
		left += richText(row.orig) + "\n"
		right += richText(row.clean) + "\n"
	}
	for _, want := range []string{"Officials in Kiev", "Advertisement", "شارك هذا المقال", "share widget"} {
		if !strings.Contains(left, want) {
			t.Errorf("original column lacks %q", want)
		}
	}
	if strings.Contains(right, "Advertisement") || strings.Contains(right, "Kiev") {
		t.Errorf("cleaned column still shows removed or replaced text:\n%s", right)
	}
	if !strings.Contains(right, "Officials in Kyiv") {
		t.Errorf("cleaned column lacks the fix:\n%s", right)
	}
}

func TestFilterBatch(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	tests := []struct {
		query, only string
		want        int
	}{
		{"", showAll, 3},
		{"power", showAll, 1},
		{"03-clean", showAll, 1},
		{"", showOpen, 1},
		{"", showChanged, 2},
		{"nothing like this", showAll, 0},
	}
	for _, tt := range tests {
		u.batchPane.only.SetSelected(tt.only)
		u.batchPane.filter.SetText("")
		test.Type(u.batchPane.filter, tt.query)
		if got := len(u.batchPane.visible); got != tt.want {
			t.Errorf("filter %q/%s: %d articles, want %d", tt.query, tt.only, got, tt.want)
		}
	}
}

func TestAcceptReject(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	kiev := changeByRule(t, u, "names.glossary")
	u.selectChange(kiev.ID)
	test.Tap(u.changes.reject)
	if c, _ := u.doc().Art.Change(kiev.ID); c.State != cleanup.Rejected {
		t.Fatalf("after reject: %v", c.State)
	}
	if !strings.Contains(u.doc().Art.Cleaned(), "Officials in Kiev") {
		t.Error("rejected fix still in the cleaned text")
	}
	row := u.review.view.widgetFor(blockOf(u.review.blocks, u.review.index(kiev.ID)))
	if !strings.Contains(richText(row.clean), "Officials in Kiev") {
		t.Error("review row not redrawn after reject")
	}
	test.Tap(u.changes.accept)
	if c, _ := u.doc().Art.Change(kiev.ID); c.State != cleanup.Applied {
		t.Fatalf("after accept: %v", c.State)
	}
	// A suggestion accepted one by one.
	sugg := changeByRule(t, u, "names.variant")
	u.selectChange(sugg.ID)
	if u.changes.tabs.Selected() != u.changes.suggTab {
		t.Error("a suggestion is not shown on the suggestions tab")
	}
	test.Tap(u.changes.accept)
	if !strings.Contains(u.doc().Art.Cleaned(), "Secretary-General Guterres") {
		t.Error("accepted suggestion not applied")
	}
	if _, open := u.doc().Art.Counts(); open != 0 {
		t.Errorf("%d suggestions still open", open)
	}
}

// Rejecting one fix batch-wide takes back that fix (same rule, same
// original → replacement) everywhere, after asking with the count, leaves
// the rule's other fixes alone, and undoes as one step.
func TestSameFixAcrossBatchAndUndo(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	u.selectChange(changeByRule(t, u, "names.glossary").ID) // Kiev → Kyiv
	test.Tap(u.changes.rejectRule)
	if !strings.Contains(dialogText(u), "Reject all 3 “Kiev” → “Kyiv” fixes in 2 articles?") {
		t.Fatalf("no confirmation with the count; dialog says %q", dialogText(u))
	}
	if strings.Contains(u.b.Docs[0].Art.Cleaned(), "Kiev") {
		t.Fatal("rejected before the editor confirmed")
	}
	u.canvasEscape(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter confirms
	for _, d := range u.b.Docs {
		if strings.Contains(d.Art.Cleaned(), "Kyiv") {
			t.Errorf("%s still has Kyiv after rejecting the fix", d.Art.Source)
		}
	}
	if !strings.Contains(u.b.Docs[1].Art.Cleaned(), "Trains to Odesa") {
		t.Error("another fix of the same rule (Odessa → Odesa) was taken back too")
	}
	u.undo()
	for _, d := range u.b.Docs[:2] {
		if !strings.Contains(d.Art.Cleaned(), "Kyiv") {
			t.Errorf("%s lost Kyiv after undo", d.Art.Source)
		}
	}
	if len(u.b.Undo) != 0 {
		t.Errorf("undo stack not empty: %v", u.b.Undo)
	}
}

// The whole-rule action says it is every fix of the rule, asks, and moves
// them all.
func TestWholeRuleAsksThenMovesEveryFix(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	u.selectChange(changeByRule(t, u, "names.glossary").ID)
	u.decideWholeRule(false)
	if msg := dialogText(u); !strings.Contains(msg, "Reject all 4 changes made by names.glossary, in 2 articles?") {
		t.Fatalf("dialog says %q", msg)
	}
	u.canvasEscape(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if strings.Contains(u.b.Docs[1].Art.Cleaned(), "Odesa") || strings.Contains(u.b.Docs[0].Art.Cleaned(), "Kyiv") {
		t.Error("whole-rule reject left fixes of the rule")
	}
}

// dialogText is the text of the labels in the topmost dialog.
func dialogText(u *ui) string {
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

func TestAcceptAllSuggestions(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	test.Tap(u.changes.acceptSuggs)
	if _, open := u.doc().Art.Counts(); open != 0 {
		t.Errorf("%d suggestions left", open)
	}
	if !u.changes.acceptSuggs.Disabled() {
		t.Error("button still enabled with nothing to accept")
	}
}

func TestManualEdit(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	row := 1 // "Officials in Kiev said …"
	u.editRow(row)
	if u.editor == nil || !strings.HasPrefix(u.editor.Text, "Officials in Kyiv said") {
		t.Fatalf("editor does not hold the passage: %v", u.editor)
	}
	edited := strings.Replace(u.editor.Text, "on Tuesday", "on Wednesday", 1)
	u.applyEdit(row, edited)
	var manual []cleanup.Change
	for _, c := range u.doc().Art.Changes() {
		if c.Rule == cleanup.RuleManual {
			manual = append(manual, c)
		}
	}
	if len(manual) != 1 || manual[0].Original != "Tuesday" || manual[0].Replacement != "Wednesday" {
		t.Fatalf("manual change %+v, want only Tuesday → Wednesday", manual)
	}
	if c := changeByRule(t, u, "names.glossary"); c.State != cleanup.Applied {
		t.Error("the edit swallowed the Kyiv fix beside it")
	}
	if !strings.Contains(richText(u.review.view.widgetFor(row).clean), "on Wednesday") {
		t.Error("review not redrawn after the edit")
	}
	u.undo()
	if strings.Contains(u.doc().Art.Cleaned(), "Wednesday") {
		t.Error("undo left the manual edit")
	}
}

func TestShortcutsNavigateAndDecide(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	press := func(k fyne.KeyName, m fyne.KeyModifier) {
		u.win.Canvas().(fyne.Shortcutable).TypedShortcut(asDriverSends(k, m))
	}
	press(fyne.KeyDown, fyne.KeyModifierShortcutDefault) // first change
	first := u.doc().Art.Changes()[0]
	if u.sel != first.ID {
		t.Fatalf("next change selected %d, want %d", u.sel, first.ID)
	}
	press(fyne.KeyBackspace, fyne.KeyModifierShortcutDefault) // reject
	if c, _ := u.doc().Art.Change(first.ID); c.State != cleanup.Rejected {
		t.Errorf("shortcut reject left %v", c.State)
	}
	press(fyne.KeyDown, fyne.KeyModifierShortcutDefault) // move on, then undo comes back
	press(fyne.KeyZ, fyne.KeyModifierShortcutDefault)    // undo
	if c := u.doc().Art.Changes()[0]; c.State != cleanup.Applied {
		t.Errorf("shortcut undo left %v", c.State)
	}
	if c, ok := u.selected(); !ok || c.Start != first.Start || c.Rule != first.Rule {
		t.Errorf("undo selected %+v, want the undone change %+v", c, first)
	}
	press(fyne.KeyPageDown, fyne.KeyModifierShortcutDefault)
	if u.cur != 1 {
		t.Errorf("next article: at %d", u.cur)
	}
	// Running off the end of an article's changes moves to the next one.
	u.showDoc(0)
	cs := u.doc().Art.Changes()
	u.selectChange(cs[len(cs)-1].ID)
	press(fyne.KeyDown, fyne.KeyModifierShortcutDefault)
	if u.cur != 1 || u.sel != u.b.Docs[1].Art.Changes()[0].ID {
		t.Errorf("after the last change: article %d change %d, want the first change of article 1", u.cur, u.sel)
	}
	press(fyne.KeyUp, fyne.KeyModifierShortcutDefault)
	if u.cur != 0 || u.sel != cs[len(cs)-1].ID {
		t.Errorf("back: article %d change %d, want the last change of article 0", u.cur, u.sel)
	}
}

func TestDropAddsToBatch(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	u.open([]string{"testdata/batch/01-grain.txt"}, false)
	u.wait()
	d0 := changeByRule(t, u, "names.glossary")
	u.selectChange(d0.ID)
	u.rejectSelected()
	u.dropped([]fyne.URI{storage.NewFileURI("testdata/batch/02-power.txt")})
	u.wait()
	if len(u.b.Docs) != 2 || len(u.b.Sources) != 2 {
		t.Fatalf("drop did not add: %d docs, sources %v", len(u.b.Docs), u.b.Sources)
	}
	if !strings.Contains(u.b.Docs[0].Art.Cleaned(), "Officials in Kiev") {
		t.Error("adding files lost the decision on the first article")
	}
}

// asDriverSends is the shortcut the GLFW driver delivers for a key press
// (internal/driver/glfw/window.go triggersShortcut): Ctrl+Z arrives as
// fyne.ShortcutUndo, which a CustomShortcut menu item never matches.
func asDriverSends(k fyne.KeyName, m fyne.KeyModifier) fyne.Shortcut {
	if m == fyne.KeyModifierControl {
		switch k {
		case fyne.KeyZ:
			return &fyne.ShortcutUndo{}
		case fyne.KeyY:
			return &fyne.ShortcutRedo{}
		case fyne.KeyA:
			return &fyne.ShortcutSelectAll{}
		}
	}
	return &desktop.CustomShortcut{KeyName: k, Modifier: m}
}

// Ctrl+R marks the article reviewed: a tick in the list, the count in the
// status bar, the "not yet reviewed" filter, the session, and an export of
// reviewed articles only.
func TestReviewedMarks(t *testing.T) {
	path := t.TempDir() + "/session.json"
	u := newTestUI(t, path)
	openFixtures(t, u)
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(asDriverSends(fyne.KeyR, fyne.KeyModifierShortcutDefault))
	if !u.b.Docs[0].Reviewed || u.done.Text != "1 of 3 reviewed" {
		t.Fatalf("after Ctrl+R: reviewed %v, status %q", u.b.Docs[0].Reviewed, u.done.Text)
	}
	u.batchPane.only.SetSelected(showTodo)
	if got := u.batchPane.visible; len(got) != 2 || got[0] != 1 {
		t.Errorf("not yet reviewed lists %v", got)
	}
	out := t.TempDir()
	u.startExport(scopeDone, "txt", out)
	u.wait()
	if files, _ := filepath.Glob(filepath.Join(out, "*.txt")); len(files) != 1 {
		t.Errorf("reviewed-only export wrote %v", files)
	}
	v := newTestUI(t, path)
	v.start(nil)
	v.wait()
	if !v.b.Docs[0].Reviewed || v.b.Docs[1].Reviewed || v.done.Text != "1 of 3 reviewed" {
		t.Errorf("restored marks %v %v, status %q", v.b.Docs[0].Reviewed, v.b.Docs[1].Reviewed, v.done.Text)
	}
}

// Ctrl+F finds in both columns and steps through the matches; the batch
// filter searches the text too and says when nothing matches.
func TestFindAndFilterByText(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(asDriverSends(fyne.KeyF, fyne.KeyModifierShortcutDefault))
	if !u.review.find.obj.Visible() || u.win.Canvas().Focused() != u.review.find.entry {
		t.Fatal("Ctrl+F did not open the find bar with the keyboard in it")
	}
	test.Type(u.review.find.entry, "kyiv")
	f := u.review.find
	if len(f.matches) == 0 || !f.matches[0].cleaned || f.count.Text != fmt.Sprintf("1 of %d · cleaned", len(f.matches)) {
		t.Fatalf("matches %+v, count %q", f.matches, f.count.Text)
	}
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if f.at != 1%len(f.matches) {
		t.Errorf("Enter went to match %d", f.at)
	}
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.obj.Visible() {
		t.Error("Escape left the find bar open")
	}

	test.Type(u.batchPane.filter, "electricity") // only in 02-power's text
	if len(u.batchPane.visible) != 1 || u.batchPane.visible[0] != 1 {
		t.Errorf("text filter lists %v", u.batchPane.visible)
	}
	test.Type(u.batchPane.filter, "zzz")
	if len(u.batchPane.visible) != 0 || !u.batchPane.none.Visible() || !strings.Contains(u.batchPane.none.Text, "No article matches") {
		t.Errorf("empty filter says %q (visible %v)", u.batchPane.none.Text, u.batchPane.none.Visible())
	}
}

// The built-in sample is titled by its headline, not by the Arabic
// breadcrumb the engine removes above it.
func TestSampleTitleIsTheHeadline(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	u.opts.clean = review.CleanWithPipeline // the real engine
	u.start(nil)
	u.wait()
	if got := u.doc().Art.Title; got != "Turkey hosts new round of talks on Black Sea grain shipments" {
		t.Errorf("sample title %q", got)
	}
}

func TestToolbarHints(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	var undo *hintButton
	for _, o := range test.LaidOutObjects(u.win.Content()) {
		if b, ok := o.(*hintButton); ok && strings.HasPrefix(b.hint, "Undo") {
			undo = b
		}
	}
	if undo == nil {
		t.Fatal("no Undo button with a hint on the toolbar")
	}
	before := u.status.Text
	undo.MouseIn(&desktop.MouseEvent{})
	if u.status.Text != "Undo — Ctrl+Z" {
		t.Errorf("hint %q", u.status.Text)
	}
	undo.MouseOut()
	if u.status.Text != before {
		t.Errorf("status after the hint %q, want %q", u.status.Text, before)
	}
}

// Ctrl+= enlarges the review's text only: panes and menus keep their size,
// so the review is not squeezed between them.
func TestZoomEnlargesOnlyTheReview(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	ui, review := theme.TextSize(), theme.Size(sizeReview)
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(asDriverSends(fyne.KeyEqual, fyne.KeyModifierShortcutDefault))
	if theme.TextSize() != ui {
		t.Errorf("window text %v → %v", ui, theme.TextSize())
	}
	if got := theme.Size(sizeReview); got <= review {
		t.Errorf("review text %v → %v", review, got)
	}
}

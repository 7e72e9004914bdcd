package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/copydesk/copydesk/cleanup"
)

func TestLearnSpellingFromReview(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	if !u.changes.learn.Disabled() {
		t.Error("learn enabled with nothing selected")
	}
	u.selectChange(changeByRule(t, u, "debris.ads").ID)
	if !u.changes.learn.Disabled() {
		t.Error("learn enabled on a debris change")
	}
	u.selectChange(changeByRule(t, u, "names.variant").ID) // Gutierrez → Guterres, suggested
	test.Tap(u.changes.learn)
	u.wait()
	entries, err := readUserGlossary(u.opts.glossaryPath)
	if err != nil || len(entries) != 1 {
		t.Fatalf("user glossary %+v, %v", entries, err)
	}
	e := entries[0]
	if e.Canonical != "Guterres" || len(e.Variants) != 1 || e.Variants[0] != "Gutierrez" ||
		e.Kind != "place" || !strings.HasPrefix(e.Basis, "added in review 20") {
		t.Errorf("learned %+v", e)
	}
	// The batch was cleaned again with it: now a fix, no longer a question.
	if c := changeByRule(t, u, "names.glossary"); c.State != cleanup.Applied {
		t.Error(c)
	}
	if !strings.Contains(u.doc().Art.Cleaned(), "Secretary-General Guterres") {
		t.Errorf("re-clean did not apply the learned spelling:\n%s", u.doc().Art.Cleaned())
	}
	if _, open := u.doc().Art.Counts(); open != 0 {
		t.Errorf("%d suggestions still open", open)
	}
	// Learning it again changes nothing.
	for _, c := range u.doc().Art.Changes() {
		if c.Original == "Gutierrez" {
			u.selectChange(c.ID)
		}
	}
	u.learnSelected()
	u.wait()
	if again, _ := readUserGlossary(u.opts.glossaryPath); len(again) != 1 || len(again[0].Variants) != 1 {
		t.Errorf("learning twice gave %+v", again)
	}
	if !strings.Contains(u.status.Text, "already") {
		t.Errorf("status %q", u.status.Text)
	}
}

func TestGlossaryEditor(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(u.actions()[cmdGlossary].shortcut())
	g := u.glossary
	if g == nil || len(g.shown) < 100 {
		t.Fatalf("editor not open or presets missing: %+v", g)
	}
	test.Type(g.search, "kharkov")
	if len(g.shown) == 0 {
		t.Fatal("search finds no Kharkiv entry")
	}
	g.list.Select(0)
	if r, _ := g.selected(); r.user >= 0 || !strings.HasPrefix(r.file, "common.tsv:") {
		t.Errorf("preset row %+v", r)
	}
	if !g.remove.Disabled() || g.edit.Text != "Override…" {
		t.Error("a preset entry can be removed, or is not offered as an override")
	}

	// Add an entry of our own through the form.
	test.Tap(g.add)
	test.Type(g.form.canonical, "Kyiv")
	test.Type(g.form.variants, "Kiev|Kiew")
	g.form.kind.SetSelected("place")
	g.form.basis.SetText("our house rule")
	if err := g.saveForm(); err != nil {
		t.Fatal(err)
	}
	u.wait()
	entries, _ := readUserGlossary(u.opts.glossaryPath)
	if len(entries) != 1 || entries[0].Canonical != "Kyiv" || len(entries[0].Variants) != 2 {
		t.Fatalf("file holds %+v", entries)
	}
	g.search.SetText("kiew")
	if len(g.shown) == 0 || g.rows[g.shown[0]].user != 0 {
		t.Fatalf("own entry not found first: %v", g.shown)
	}
	if c := changeByRule(t, u, "names.glossary"); c.Note != "our house rule" {
		t.Errorf("batch not cleaned with the user glossary: %+v", c)
	}

	// A bad edit is refused and leaves the file alone.
	g.list.Select(0)
	test.Tap(g.edit)
	g.form.basis.SetText("")
	if err := g.saveForm(); err == nil || g.form.problem.Text == "" {
		t.Errorf("entry without a basis saved (%v)", err)
	}
	if again, _ := readUserGlossary(u.opts.glossaryPath); again[0].Basis != "our house rule" {
		t.Error("refused edit reached the file")
	}

	// Remove it again.
	g.list.Select(0)
	test.Tap(g.remove)
	u.wait()
	if entries, _ := readUserGlossary(u.opts.glossaryPath); len(entries) != 0 {
		t.Errorf("after remove: %+v", entries)
	}

	// Switching the house style from the editor re-cleans and reloads.
	g.styleSel.SetSelected("bbc")
	u.wait()
	if u.houseStyle() != "bbc" || !strings.Contains(g.message.Text, "bbc") {
		t.Errorf("style %s, message %q", u.houseStyle(), g.message.Text)
	}
}

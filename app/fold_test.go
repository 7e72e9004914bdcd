package app

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/review"
)

// navPage is a page of n navigation lines the engine removed, then the
// headline and a paragraph it kept.
func navPage(t *testing.T, n int) *cleanup.Article {
	t.Helper()
	var b strings.Builder
	for i := range n {
		b.WriteString("Menu item " + strings.Repeat("x", i%7) + "\n")
	}
	b.WriteString("Talks resume\n\nOfficials met on Tuesday.\n")
	a := cleanup.NewArticle("page.html", b.String())
	off := 0
	for i := range n {
		line := "Menu item " + strings.Repeat("x", i%7)
		rule := "debris.navigation"
		if i%2 == 1 {
			rule = "debris.comments"
		}
		if _, err := a.Add(cleanup.Change{Start: off, End: off + len(line), Rule: rule, Category: cleanup.CatDebris, State: cleanup.Applied}); err != nil {
			t.Fatal(err)
		}
		off += len(line) + 1
	}
	return a
}

func TestLongRunsOfRemovedLinesFold(t *testing.T) {
	a := navPage(t, 214)
	bs := fold(splitBlocks(a.Original(), a.Changes()), a.Changes(), nil)
	if len(bs) != 3 || bs[0].Folded != 214 {
		t.Fatalf("rows %+v", bs)
	}
	if got := foldText(bs[0], a.Changes()); got != "214 lines removed — navigation, comments · show" {
		t.Errorf("fold says %q", got)
	}
	// The headline is the second row, beside its own original.
	if got := a.Original()[bs[1].Start:bs[1].End]; got != "Talks resume" {
		t.Errorf("second row is %q", got)
	}
	// Two removed lines do not fold.
	short := navPage(t, 2)
	if bs := fold(splitBlocks(short.Original(), short.Changes()), short.Changes(), nil); bs[0].Folded != 0 {
		t.Errorf("a run of 2 folded: %+v", bs[0])
	}
}

// Show in text on a change inside a fold opens the fold and brings the
// change's own row into view, marked active.
func TestShowInTextUnfolds(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	u.setBatch(review.NewBatch("page", nil, []*cleanup.Article{navPage(t, 214)}), 0)
	if len(u.review.blocks) != 3 {
		t.Fatalf("%d rows before", len(u.review.blocks))
	}
	c := u.doc().Art.Changes()[150]
	u.selectChange(c.ID)
	u.jumpToSelected()
	if len(u.review.blocks) != 216 {
		t.Fatalf("%d rows after Show in text, want the fold opened (216)", len(u.review.blocks))
	}
	row := u.review.active
	if b := u.review.blocks[row]; b.Start != c.Start {
		t.Errorf("active row starts at %d, want the change's row at %d", b.Start, c.Start)
	}
	v := u.review.view
	if top := v.tops[row]; top < v.scroll.Offset.Y || top > v.scroll.Offset.Y+v.scroll.Size().Height {
		t.Errorf("row %d at %v is out of view (offset %v)", row, top, v.scroll.Offset.Y)
	}
}

// Navigation often comes as many removals inside one row (each takes its
// line break along): a run of them shows as one note until opened.
func TestRemovedRunInsideARowFolds(t *testing.T) {
	text := "- Home\n\n- Mail\n\n- News\n\n- Sports\n\nTalks resume\n"
	a := cleanup.NewArticle("p.html", text)
	off := 0
	for _, l := range []string{"- Home\n\n", "- Mail\n\n", "- News\n\n", "- Sports\n\n"} {
		if _, err := a.Add(cleanup.Change{Start: off, End: off + len(l), Rule: "debris.navigation", Category: cleanup.CatDebris, State: cleanup.Applied}); err != nil {
			t.Fatal(err)
		}
		off += len(l)
	}
	bs := splitBlocks(a.Original(), a.Changes())
	folded := func(int) bool { return true }
	left, right := foldedRowSegments(a.Original(), bs[0], a.Changes(), 0, folded)
	var l, r strings.Builder
	for _, s := range left {
		l.WriteString(s.Textual())
	}
	for _, s := range right {
		r.WriteString(s.Textual())
	}
	if got := strings.ReplaceAll(l.String(), wrapGuard, ""); got != "⋯ 4 lines removed — navigation · show\nTalks resume" {
		t.Errorf("original column %q", got)
	}
	if got := strings.ReplaceAll(r.String(), wrapGuard, ""); got != "Talks resume" {
		t.Errorf("cleaned column %q", got)
	}
	// Selecting one of the removals shows the run in full.
	if runs := removedRuns(a.Original(), a.Changes(), a.Changes()[2].ID, folded); len(runs) != 0 {
		t.Error("a run holding the selected change stayed folded")
	}
}

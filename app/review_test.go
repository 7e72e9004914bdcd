package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/theme"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/pipeline"
	"github.com/copydesk/copydesk/cleanup/review"
)

// longDoc opens a 20,000-word article with 4,000 changes.
func longDoc(t *testing.T) *ui {
	u := newTestUI(t, t.TempDir()+"/session.json")
	para := strings.Repeat("Talks in Kiev resumed today. ", 20)
	a := cleanup.NewArticle("long.txt", strings.Repeat(para+"\n\n", 200))
	ruleCleaner(readRules(t))(pipeline.Options{}, []*cleanup.Article{a})
	u.setBatch(review.NewBatch("long", nil, []*cleanup.Article{a}), 0)
	return u
}

func TestLongArticleBuildsOnlyVisibleRows(t *testing.T) {
	u := longDoc(t)
	v := u.review.view
	if n := len(v.shown); n == 0 || n > 30 {
		t.Fatalf("%d of %d rows built on open", n, len(u.review.blocks))
	}
	// Jump to the last change: its row is built, on screen, and highlighted.
	cs := u.doc().Art.Changes()
	last := cs[len(cs)-1]
	u.selectChange(last.ID)
	row := blockOf(u.review.blocks, u.review.index(last.ID))
	w := v.shown[row]
	if w == nil {
		t.Fatal("row of the selected change not built")
	}
	off, h := v.scroll.Offset.Y, v.scroll.Size().Height
	if top := w.Position().Y; top < off || top >= off+h {
		t.Errorf("row at %v, viewport %v–%v", top, off, off+h)
	}
	if !w.active || len(v.shown) > 30 {
		t.Errorf("active %v, %d rows built", w.active, len(v.shown))
	}
	// A decision there redraws that row.
	u.rejectSelected()
	if !strings.Contains(richText(v.shown[row].clean), "Kiev") {
		t.Error("row not redrawn after reject")
	}
	// Measured rows are placed edge to edge, whatever was estimated.
	for i := range v.heights[:len(v.heights)-1] {
		if v.tops[i+1]-v.tops[i] != v.heights[i]+v.gap() {
			t.Fatalf("row %d overlaps the next", i)
		}
	}
	if v.MinSize().Height < float32(len(v.heights))*v.heights[row]/2 {
		t.Errorf("content height %v too small for %d rows", v.MinSize().Height, len(v.heights))
	}
}

func TestActiveRowFollowsThemeSwitch(t *testing.T) {
	u := newTestUI(t, t.TempDir()+"/session.json")
	openFixtures(t, u)
	u.setThemePref("light")
	u.review.setActive(1)
	w := u.review.view.shown[1]
	light := theme.Current().Color(theme.ColorNameHover, theme.VariantLight)
	if w.bg.FillColor != light {
		t.Fatalf("active row shade %v, want %v", w.bg.FillColor, light)
	}
	u.setThemePref("dark")
	dark := theme.Current().Color(theme.ColorNameHover, theme.VariantDark)
	if w.bg.FillColor != dark {
		t.Errorf("after the switch to dark the active row keeps %v, want %v", w.bg.FillColor, dark)
	}
}

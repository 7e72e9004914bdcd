package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
)

// plainText joins the segments that carry article text (captions are
// explanations added by the review, not text).
func plainText(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for i, s := range segs {
		if t := s.(*widget.TextSegment); t.Style.SizeName != sizeReviewCaption {
			b.WriteString(unguarded(i, t.Text))
		}
	}
	return b.String()
}

func TestRowSegments(t *testing.T) {
	text := "Talks in Kiev.\nAdvertisement\nGutierrez spoke."
	a := cleanup.NewArticle("t", text)
	a.Add(cleanup.Change{Start: 9, End: 13, Replacement: "Kyiv", Rule: "names.glossary", Category: cleanup.CatNames})
	ad, _ := a.Add(cleanup.Change{Start: 14, End: 28, Rule: "debris.ads", Category: cleanup.CatDebris, Note: "advert label"})
	a.Add(cleanup.Change{Start: 29, End: 38, Replacement: "Guterres", Rule: "names.variant", Category: cleanup.CatNames, State: cleanup.Suggested})
	cs := a.Changes()
	bs := splitBlocks(text, cs)
	if len(bs) != 2 {
		t.Fatalf("rows %+v", bs)
	}
	cleaned := a.Cleaned()
	for i, b := range bs {
		left, right := rowSegments(text, b, cs, ad)
		if got := plainText(left); got != text[b.Start:b.End] {
			t.Errorf("row %d: original column %q", i, got)
		}
		if got := plainText(right); got != cleaned[b.CleanStart:b.CleanEnd] {
			t.Errorf("row %d: cleaned column %q, want %q", i, got, cleaned[b.CleanStart:b.CleanEnd])
		}
	}
	left, right := rowSegments(text, bs[0], cs, ad)
	seg := func(segs []widget.RichTextSegment, s string) *widget.TextSegment {
		for i, x := range segs {
			if unguarded(i, x.(*widget.TextSegment).Text) == s {
				return x.(*widget.TextSegment)
			}
		}
		t.Fatalf("no segment %q", s)
		return nil
	}
	if c := seg(right, "Kyiv").Style.ColorName; c != categoryColor(cleanup.CatNames) {
		t.Errorf("fix coloured %q", c)
	}
	if s := seg(left, "Kiev").Style; !s.TextStyle.Italic {
		t.Error("replaced text not marked in the original")
	}
	if s := seg(left, "\nAdvertisement"); s.Style.ColorName != colorSelected {
		t.Errorf("selected removal coloured %q", s.Style.ColorName)
	}
	for i, s := range left {
		if guarded := strings.HasPrefix(s.Textual(), wrapGuard); guarded != (i > 0) {
			t.Errorf("segment %d %q: wrap guard %v, want it on every segment but the first", i, s.Textual(), guarded)
		}
	}
	if !strings.Contains(richTextOf(left), "advert label") {
		t.Error("removed text shown without its explanation")
	}
	left, right = rowSegments(text, bs[1], cs, 0)
	if !strings.Contains(richTextOf(right), "→ Guterres?") {
		t.Errorf("suggestion not offered in the cleaned column: %q", richTextOf(right))
	}
}

func richTextOf(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for i, s := range segs {
		b.WriteString(unguarded(i, s.Textual()))
	}
	return b.String()
}

func TestCommonAffixes(t *testing.T) {
	tests := []struct{ a, b, mid string }{
		{"on Tuesday", "on Wednesday", "Wednesday"},
		{"Kyiv said", "Kyiv", ""},
		{"Kyiv said", "Kyiv has said", "has "},
		{"ab", "", ""},
		{"сказал Киев", "сказал Київ", "Київ"},
		{"é", "è", "è"}, // shares a lead byte: must not split the character
	}
	for _, tt := range tests {
		p, s := commonAffixes(tt.a, tt.b)
		p, s = wordAffixes(tt.a, tt.b, p, s)
		mid := tt.b[p : len(tt.b)-s]
		if mid != tt.mid || !utf8.ValidString(mid) || !utf8.ValidString(tt.a[p:len(tt.a)-s]) {
			t.Errorf("%q → %q: middle %q, want %q", tt.a, tt.b, mid, tt.mid)
		}
	}
}

// A change that starts in the last pixels of a line must wrap as a whole,
// not one character per line, at whatever width the column has.
func TestChangeAtLineEndWrapsAsWords(t *testing.T) {
	test.NewTempApp(t)
	segs := appendText(nil, "On Sunday, US Secretary of State ", "", fyne.TextStyle{})
	segs = appendText(segs, "Anthony Blinken", "", fyne.TextStyle{Bold: true})
	segs = appendText(segs, " urged restraint.", "", fyne.TextStyle{})
	line := widget.NewLabel("x").MinSize().Height
	for w := float32(150); w <= 400; w++ {
		r := widget.NewRichText(segs...)
		r.Wrapping = fyne.TextWrapWord
		r.Resize(fyne.NewSize(w, 1000))
		if h := r.MinSize().Height; h > 5*line {
			t.Fatalf("at width %v the passage is %v high, over 5 lines of %v", w, h, line)
		}
	}
}

// After a highlighted name the next segment starts with a word, not a
// space, so a wrap there never starts a line with a blank.
func TestNoSegmentStartsWithASpace(t *testing.T) {
	text := "Minister Dmitro Kuleba told reporters."
	a := cleanup.NewArticle("t", text)
	a.Add(cleanup.Change{Start: 9, End: 22, Replacement: "Dmytro Kuleba", Rule: "names.glossary", Category: cleanup.CatNames})
	cs := a.Changes()
	left, right := rowSegments(text, splitBlocks(text, cs)[0], cs, 0)
	for _, segs := range [][]widget.RichTextSegment{left, right} {
		for i, s := range segs {
			if strings.HasPrefix(unguarded(i, s.Textual()), " ") {
				t.Errorf("segment %d %q starts with a space", i, s.Textual())
			}
		}
	}
	if got := plainText(right); got != "Minister Dmytro Kuleba told reporters." {
		t.Errorf("cleaned column %q", got)
	}
}

func TestChangeSummaryNamesHomoglyphs(t *testing.T) {
	c := cleanup.Change{Original: "Ky\u0456v", Replacement: "Kyiv"}
	if got := summary(c); got != "“Kyіv” (Cyrillic і) → “Kyiv”" {
		t.Errorf("summary %q", got)
	}
	if got := summary(cleanup.Change{Original: "Київ", Replacement: "Kyiv"}); strings.Contains(got, "(") {
		t.Errorf("an all-Cyrillic word is not a homoglyph: %q", got)
	}
}

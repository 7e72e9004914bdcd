package app

import (
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// FuzzReviewRows checks that whatever the text and changes, the rows cover
// every change once, the columns show exactly Original and Cleaned, and a
// manual edit through the passage diff keeps the text valid.
func FuzzReviewRows(f *testing.F) {
	f.Add("Officials in Kiev said.\n\nAdvertisement\n\nشارك هذا المقال", uint8(3), uint8(9), "x", uint8(1))
	f.Add("\r\n\n", uint8(0), uint8(2), "", uint8(0))
	f.Add("é\nè", uint8(1), uint8(3), "ê", uint8(2))
	f.Fuzz(func(t *testing.T, text string, start, length uint8, repl string, state uint8) {
		if !utf8.ValidString(repl) {
			return
		}
		a := cleanup.NewArticle("f", text)
		text = a.Original()
		// Spread a few changes over the text, skipping those that do not fit.
		for i := 0; i < 4; i++ {
			s := (int(start) + i*int(length+1)) % (len(text) + 1)
			e := min(len(text), s+int(length)%7)
			a.Add(cleanup.Change{Start: s, End: e, Replacement: repl, Rule: "r", Category: cleanup.CatDebris, State: cleanup.State(int(state+uint8(i)) % 3)})
		}
		cs := a.Changes()
		cleaned := a.Cleaned()
		bs := splitBlocks(text, cs)
		held := 0
		for _, b := range bs {
			left, right := rowSegments(text, b, cs, 0)
			if got := plainText(left); got != text[b.Start:b.End] {
				t.Fatalf("original column %q, want %q", got, text[b.Start:b.End])
			}
			if got, want := plainText(right), cleaned[b.CleanStart:b.CleanEnd]; got != want && !(want == "" && got == "") {
				t.Fatalf("cleaned column %q, want %q", got, want)
			}
			held += b.Last - b.First
			// A hand edit of the passage stays valid and revertible.
			old := cleaned[b.CleanStart:b.CleanEnd]
			p, s := commonAffixes(old, repl)
			p, s = wordAffixes(old, repl, p, s)
			if p+s > min(len(old), len(repl)) || !utf8.ValidString(repl[p:len(repl)-s]) {
				t.Fatalf("affixes %d,%d of %q/%q", p, s, old, repl)
			}
		}
		if held != len(cs) {
			t.Fatalf("rows hold %d of %d changes", held, len(cs))
		}
	})
}

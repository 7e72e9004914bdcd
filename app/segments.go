package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
)

// rowSegments renders one row in both columns. Applied changes show in
// their category colour; text the engine removed is dimmed and italic in
// the original with its explanation beside it; open suggestions are bold
// on both sides; the selected change is drawn in the selection colour.
func rowSegments(orig string, b block, changes []cleanup.Change, selected int) (left, right []widget.RichTextSegment) {
	return foldedRowSegments(orig, b, changes, selected, nil)
}

// foldedRowSegments is rowSegments with long runs of removed lines folded
// into one note (see removedRuns); folded says which runs stay folded.
func foldedRowSegments(orig string, b block, changes []cleanup.Change, selected int, folded func(start int) bool) (left, right []widget.RichTextSegment) {
	pos := b.Start
	cs := changes[b.First:b.Last]
	runs := removedRuns(orig, cs, selected, folded)
	for k := 0; k < len(cs); k++ {
		c := cs[k]
		left = appendText(left, orig[pos:c.Start], "", fyne.TextStyle{})
		right = appendText(right, orig[pos:c.Start], "", fyne.TextStyle{})
		if r, ok := runs[k]; ok {
			left = appendCaption(left, "⋯ "+r.note(cs)+"\n", colorRemoved)
			k = r.end - 1
			pos = cs[k].End
			continue
		}
		col := categoryColor(c.Category)
		if c.ID == selected {
			col = colorSelected
		}
		switch c.State {
		case cleanup.Applied:
			if c.Replacement == "" {
				dim := colorRemoved
				if c.ID == selected {
					dim = colorSelected
				}
				// The explanation goes right after the removed words, before
				// any line breaks the removal also took.
				body := strings.TrimRight(c.Original, "\r\n")
				left = appendText(left, body, dim, fyne.TextStyle{Italic: true})
				if c.Note != "" && body != "" {
					left = appendCaption(left, "  ⟵ "+c.Note, col)
				}
				left = appendText(left, c.Original[len(body):], dim, fyne.TextStyle{})
			} else {
				left = appendText(left, c.Original, col, fyne.TextStyle{Italic: true})
				right = appendText(right, c.Replacement, col, fyne.TextStyle{Bold: true})
			}
		case cleanup.Suggested:
			left = appendText(left, c.Original, col, fyne.TextStyle{Bold: true})
			right = appendText(right, c.Original, col, fyne.TextStyle{Bold: true})
			right = appendCaption(right, " → "+c.Replacement+"? ", col)
		default: // rejected: the original stands in both columns
			st := fyne.TextStyle{}
			var rc fyne.ThemeColorName
			if c.ID == selected {
				rc, st.Bold = colorSelected, true
			}
			left = appendText(left, c.Original, rc, st)
			right = appendText(right, c.Original, rc, st)
		}
		pos = c.End
	}
	left = appendText(left, orig[pos:b.End], "", fyne.TextStyle{})
	right = appendText(right, orig[pos:b.End], "", fyne.TextStyle{})
	if len(right) == 0 {
		right = appendCaption(right, "(removed)", colorRemoved)
	}
	return left, right
}

// wrapGuard starts every segment after a row's first. Fyne 2.7.1's word
// wrap breaks a segment one character per line when it starts in the last
// few pixels of a line (fyne-io/fyne#4303, fixed upstream by #6200); a
// zero-width first character always fits there, and the rest then wraps
// at full width. Display only: the article text never holds it.
const wrapGuard = "\u200b"

func appendText(segs []widget.RichTextSegment, s string, col fyne.ThemeColorName, st fyne.TextStyle) []widget.RichTextSegment {
	s = keepSpaceBehind(segs, s)
	if s == "" {
		return segs
	}
	return append(segs, &widget.TextSegment{Text: guarded(segs, s), Style: widget.RichTextStyle{Inline: true, ColorName: col, TextStyle: st, SizeName: sizeReview}})
}

func appendCaption(segs []widget.RichTextSegment, s string, col fyne.ThemeColorName) []widget.RichTextSegment {
	return append(segs, &widget.TextSegment{Text: guarded(segs, s), Style: widget.RichTextStyle{
		Inline: true, ColorName: col, SizeName: sizeReviewCaption, TextStyle: fyne.TextStyle{Italic: true}}})
}

// keepSpaceBehind moves the spaces s starts with to the end of the
// segment before it. A line that wraps at a segment boundary would
// otherwise start with a space ("Kuleba / ␣told"), and the space beside a
// highlighted name would look doubled.
func keepSpaceBehind(segs []widget.RichTextSegment, s string) string {
	if len(segs) == 0 {
		return s
	}
	prev, ok := segs[len(segs)-1].(*widget.TextSegment)
	if !ok || prev.Style.SizeName == sizeReviewCaption || strings.HasSuffix(prev.Text, "\n") {
		return s
	}
	trimmed := strings.TrimLeft(s, " ")
	if n := len(s) - len(trimmed); n > 0 {
		prev.Text += s[:n]
	}
	return trimmed
}

func guarded(segs []widget.RichTextSegment, s string) string {
	if len(segs) == 0 {
		return s
	}
	return wrapGuard + s
}

package app

import (
	"math"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
)

// estimate guesses every row's height at a width from the length of its
// text, so the scroll bar is about right before rows are measured. One
// row of one and of two lines, measured for real, calibrates it to the
// theme and text size.
func (r *reviewPane) estimate(width float32, heights []float32) {
	d := r.u.doc()
	if d == nil || len(heights) == 0 {
		return
	}
	size := theme.Size(sizeReview)
	if r.calib.width != width || r.calib.size != size {
		r.calib.base, r.calib.line = calibrateRow(width)
		r.calib.width, r.calib.size = width, size
	}
	base, line := r.calib.base, r.calib.line
	const sample = "the quick brown fox jumps over the lazy dog"
	charW := fyne.MeasureText(sample, size, fyne.TextStyle{}).Width / float32(len(sample))
	perLine := max(1, int((width/2-theme.Padding()-4*theme.InnerPadding())/charW))
	orig, cleaned := d.Art.Original(), d.Art.Cleaned()
	for i, b := range r.blocks {
		left := lineCount(orig[b.Start:b.End], perLine) + noteLines(r.changes[b.First:b.Last], perLine)
		for _, run := range removedRuns(orig, r.changes[b.First:b.Last], r.u.sel, r.isFolded) {
			left -= run.lines - 1 // a folded run shows as one line
		}
		if b.Folded > 0 {
			left = 1
		}
		right := lineCount(cleaned[b.CleanStart:b.CleanEnd], perLine)
		heights[i] = base + line*float32(max(left, right, 1))
	}
}

// lineCount is how many lines s wraps to at perLine characters a line.
func lineCount(s string, perLine int) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n += max(1, int(math.Ceil(float64(utf8.RuneCountInString(l))/float64(perLine))))
	}
	return n
}

// noteLines is the room the explanations beside removed text take.
func noteLines(cs []cleanup.Change, perLine int) int {
	chars := 0
	for _, c := range cs {
		if c.State == cleanup.Applied && c.Replacement == "" {
			chars += utf8.RuneCountInString(c.Note) + 4
		}
	}
	return chars / perLine
}

// rowCalibration caches calibrateRow for one width and text size.
type rowCalibration struct{ width, size, base, line float32 }

// calibrateRow measures a row of one line and one of two lines.
func calibrateRow(width float32) (base, line float32) {
	row := newRowWidget()
	measure := func(text string) float32 {
		row.orig.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: text,
			Style: widget.RichTextStyle{Inline: true, SizeName: sizeReview}}}
		row.orig.Refresh()
		row.Resize(fyne.NewSize(width, 10))
		return row.MinSize().Height
	}
	one, two := measure("M"), measure("M\nM")
	return one - (two - one), two - one
}

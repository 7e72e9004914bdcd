package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
)

// foldMin is the shortest run of wholly removed rows that folds into one.
// Shorter runs stay as they are: a removed headline or share line is
// worth seeing beside the text it sat in.
const foldMin = 3

// foldLabels is how many kinds of debris a fold names before "…".
const foldLabels = 3

// fold merges each run of at least foldMin rows whose text the cleaning
// removed entirely into one row, so every kept paragraph sits beside its
// own original even on a page of hundreds of navigation lines. Runs whose
// first offset is in open stay unfolded (the editor asked to see them).
func fold(bs []block, changes []cleanup.Change, open map[int]bool) []block {
	removed := func(b block) bool { return b.CleanEnd == b.CleanStart && b.Last > b.First }
	var out []block
	for i := 0; i < len(bs); {
		j := i
		for j < len(bs) && removed(bs[j]) {
			j++
		}
		if j-i >= foldMin && !open[bs[i].Start] {
			f := bs[i]
			f.End, f.CleanEnd, f.Last = bs[j-1].End, bs[j-1].CleanEnd, bs[j-1].Last
			f.Folded = j - i
			out = append(out, f)
			i = j
			continue
		}
		if j == i {
			j++
		}
		out = append(out, bs[i:j]...)
		i = j
	}
	return out
}

// foldText is what a folded row says: "214 lines removed — navigation,
// comments · show".
func foldText(b block, changes []cleanup.Change) string {
	var kinds []string
	seen := map[string]bool{}
	for _, c := range changes[b.First:b.Last] {
		k := c.Rule[strings.LastIndexByte(c.Rule, '.')+1:]
		if !seen[k] {
			seen[k] = true
			kinds = append(kinds, strings.ReplaceAll(k, "-", " "))
		}
	}
	if len(kinds) > foldLabels {
		kinds = append(kinds[:foldLabels], "…")
	}
	return fmt.Sprintf("%d lines removed — %s · show", b.Folded, strings.Join(kinds, ", "))
}

// foldSegments fills a folded row: the note on the left, nothing on the
// right (nothing of it is left in the cleaned text).
func foldSegments(b block, changes []cleanup.Change) (left, right []widget.RichTextSegment) {
	left = []widget.RichTextSegment{&widget.TextSegment{Text: "⋯ " + foldText(b, changes),
		Style: widget.RichTextStyle{Inline: true, ColorName: colorRemoved, SizeName: sizeReview, TextStyle: fyne.TextStyle{Italic: true}}}}
	return left, nil
}

// removedRun is a stretch of one row's changes, cs[start:end], that are all
// applied removals with nothing but white space between them, spanning
// lines lines of the original. A page's navigation usually comes as such a
// run inside a single row, since each removal takes its line break along.
type removedRun struct{ start, end, lines int }

func (r removedRun) note(cs []cleanup.Change) string {
	b := block{First: r.start, Last: r.end, Folded: r.lines}
	return foldText(b, cs)
}

// removedRuns finds the runs of at least foldMin lines in a row's changes
// cs, keyed by their first change. A run holding the selected change, or
// one the editor opened (folded false), is not folded.
func removedRuns(orig string, cs []cleanup.Change, selected int, folded func(start int) bool) map[int]removedRun {
	if folded == nil {
		return nil
	}
	removal := func(c cleanup.Change) bool { return c.State == cleanup.Applied && c.Replacement == "" }
	runs := map[int]removedRun{}
	for i := 0; i < len(cs); {
		if !removal(cs[i]) {
			i++
			continue
		}
		j, sel := i+1, cs[i].ID == selected
		for j < len(cs) && removal(cs[j]) && strings.TrimSpace(orig[cs[j-1].End:cs[j].Start]) == "" {
			sel = sel || cs[j].ID == selected
			j++
		}
		lines := 0
		for _, l := range strings.Split(orig[cs[i].Start:cs[j-1].End], "\n") {
			if strings.TrimSpace(l) != "" {
				lines++
			}
		}
		if lines >= foldMin && !sel && folded(cs[i].Start) {
			runs[i] = removedRun{i, j, lines}
		}
		i = j
	}
	return runs
}

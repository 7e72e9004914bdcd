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
		Style: widget.RichTextStyle{Inline: true, ColorName: colorRemoved, TextStyle: fyne.TextStyle{Italic: true}}}}
	return left, nil
}

package app

import (
	"github.com/copydesk/copydesk/cleanup"
)

// block is one row of the review: a stretch of Original between line breaks
// that no change touches, so each change belongs to exactly one row and
// both columns of a row always show the same passage.
type block struct {
	Start, End           int // in Original
	CleanStart, CleanEnd int // the same passage in Cleaned
	First, Last          int // changes[First:Last] lie inside
	Folded               int // >0: this row stands for that many removed rows (see fold)
}

// splitBlocks cuts an article into rows at runs of line breaks that no
// change overlaps. changes must be the article's log (sorted, disjoint).
func splitBlocks(orig string, changes []cleanup.Change) []block {
	var out []block
	start, k, p, delta := 0, 0, 0, 0 // delta: len(Cleaned)-len(Original) before start
	emit := func(end int) {
		b := block{Start: start, End: end, First: k, CleanStart: start + delta}
		for k < len(changes) && changes[k].Start <= end && changes[k].End <= end {
			if c := changes[k]; c.State == cleanup.Applied {
				delta += len(c.Replacement) - (c.End - c.Start)
			}
			k++
		}
		b.Last, b.CleanEnd = k, end+delta
		if b.End > b.Start || b.Last > b.First {
			out = append(out, b)
		}
	}
	for i := 0; i < len(orig); i++ {
		if orig[i] != '\n' && orig[i] != '\r' {
			continue
		}
		rs, re := i, i
		for re < len(orig) && (orig[re] == '\n' || orig[re] == '\r') {
			re++
		}
		i = re - 1
		for p < len(changes) && changes[p].End <= rs {
			p++
		}
		if p < len(changes) && changes[p].Start < re {
			continue // a change spans this break: keep the rows together
		}
		emit(rs)
		start = re
	}
	emit(len(orig))
	return out
}

// blockOf returns the index of the row holding change index ci.
func blockOf(bs []block, ci int) int {
	lo, hi := 0, len(bs)
	for lo < hi {
		m := (lo + hi) / 2
		if bs[m].Last <= ci {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

package extract

import (
	"strings"

	"github.com/copydesk/copydesk/cleanup"
	"golang.org/x/net/html/atom"
)

// A story set with <br> line breaks (an old table layout) is one block,
// and the row of utility links after its last sentence ("Print version |
// Send to a friend") is that block's last line: removal works on blocks,
// so such a line is cut from the block it ends.
const (
	// tailLineMax: bytes of a link row; a longer line is prose
	tailLineMax = 120
	// tailLinkShare: share of the line's letters inside links
	tailLinkShare = 0.8
)

var reasonTailLinks = reason{"links", "row of links ending the story's block (print, send to a friend)"}

// tailLinkLines returns changes that cut a kept block's last line when it
// is a short row of links under prose lines of the same block.
func tailLinkLines(r *rendered, whys []*reason) []cleanup.Change {
	var out []cleanup.Change
	for i, why := range whys {
		b := r.blocks[i]
		if why != nil || b.link == 0 || b.owner < 0 {
			continue
		}
		text := r.text[b.start:b.end]
		nl := strings.LastIndexByte(text, '\n')
		if nl < 0 || len(text)-nl-1 > tailLineMax || !isProse(r, block{start: b.start, end: b.start + nl, owner: b.owner}) {
			continue
		}
		from, to := b.start+nl+1, b.end
		if linkedShare(r, from, to) < tailLinkShare {
			continue
		}
		out = append(out, cleanup.Change{Start: b.start + nl, End: to, Rule: "extract." + reasonTailLinks.rule,
			Category: cleanup.CatExtraction, Note: reasonTailLinks.note, Confidence: 0.8, State: cleanup.Applied})
	}
	return out
}

// linkedShare is the share of the letters and digits in text [from, to)
// that lie inside links.
func linkedShare(r *rendered, from, to int) float64 {
	in := make([]bool, to-from)
	for k := range r.elems {
		e := &r.elems[k]
		if e.node.DataAtom != atom.A || int(e.to) <= from || int(e.from) >= to {
			continue
		}
		for p := max(int(e.from), from); p < min(int(e.to), to); p++ {
			in[p-from] = true
		}
	}
	all, linked := 0, 0
	for p, c := range r.text[from:to] {
		if c == ' ' || c == '|' || c == '·' || c == '•' || c == '/' {
			continue
		}
		all++
		if in[p] {
			linked++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(linked) / float64(all)
}

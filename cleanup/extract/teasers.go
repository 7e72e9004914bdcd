package extract

import "golang.org/x/net/html/atom"

var reasonTeaser = reason{"related", "teaser for another article"}

// Teaser shape: a linked headline opening a short box, with a summary or
// a date. A linked subheading alone is not one. Prose paragraphs rarely open with a long link, and
// one such box alone proves nothing, so only runs of look-alike siblings
// count.
const (
	teaserMaxText   = 1000 // bytes of text in one box
	teaserMinLink   = 15   // bytes of headline link
	teaserMinRest   = 20   // bytes besides it: a summary, a date
	teaserMinRun    = 3    // look-alike siblings needed
	teaserMaxBlock  = 8    // paragraphs in one box
	teaserKickerMax = 40   // bytes of an unlinked kicker line above the headline
)

// findTeasers marks the elements that are one of a run of teaser boxes
// ("related stories", "more from the site" rails), which survive the body
// choice because each summary reads like prose.
func findTeasers(r *rendered, first []int32, g siblingGroups) []bool {
	shaped := make([]bool, len(r.elems))
	count := make([]int32, len(g.size))
	for i := range r.elems {
		if gr := g.group[i]; gr >= 0 && teaserShaped(r, int32(i), first[i]) {
			shaped[i] = true
			count[gr]++
		}
	}
	for i := range r.elems {
		if shaped[i] {
			shaped[i] = g.run(count[g.group[i]], g.group[i], teaserMinRun)
		}
	}
	return shaped
}

// firstBlocks returns, per element, the index of the first block of its
// subtree (-1: none). A subtree's blocks are consecutive, so with e.blocks
// this gives all of them.
func firstBlocks(r *rendered) []int32 {
	n := len(r.elems)
	first := make([]int32, n)
	for i := range first {
		first[i] = -1
	}
	for i, b := range r.blocks {
		if b.owner >= 0 && first[b.owner] < 0 {
			first[b.owner] = int32(i)
		}
	}
	for i := n - 1; i > 0; i-- {
		if p := r.elems[i].parent; p >= 0 && first[i] >= 0 && (first[p] < 0 || first[i] < first[p]) {
			first[p] = first[i]
		}
	}
	return first
}

func teaserShaped(r *rendered, i, first int32) bool {
	e := &r.elems[i]
	if first < 0 {
		return false
	}
	// the picture above a teaser's headline and its credit line
	// ("Photo", "Credit Getty Images") come before the headline
	head, blocks := first, int32(e.blocks)
	for head+1 < first+blocks && inFigure(r, r.blocks[head].owner, i) {
		head++
	}
	return linkedHeadline(r, head, first+blocks-head) &&
		e.text <= teaserMaxText && e.blocks <= teaserMaxBlock &&
		e.link >= teaserMinLink && 10*e.link >= e.text && e.text-e.link >= teaserMinRest
}

// inFigure reports whether element o lies in a <figure> or <picture>
// inside element top.
func inFigure(r *rendered, o, top int32) bool {
	for ; o > top; o = r.elems[o].parent {
		switch r.elems[o].node.DataAtom {
		case atom.Figure, atom.Picture, atom.Figcaption:
			return true
		}
	}
	return false
}

// linkedHeadline reports whether a box whose text starts at block first
// and runs blocks blocks opens with its linked headline, directly or under
// a short unlinked kicker ("REINDEER GAMES", "Analysis").
func linkedHeadline(r *rendered, first, blocks int32) bool {
	b := r.blocks[first]
	if b.linkFirst {
		return true
	}
	next := first + 1
	return blocks >= 2 && b.link == 0 && b.end-b.start <= teaserKickerMax &&
		int(next) < len(r.blocks) && r.blocks[next].linkFirst
}

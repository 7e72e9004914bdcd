package extract

import "golang.org/x/net/html/atom"

// The body choice settles on one element; its siblings right before and
// after it often belong to the story yet score too low to join by share:
// the introduction above a table or list that won, or the rest of a short
// post whose container lost to one paragraph for the date lines and
// buttons it also holds. neighbours adds them.

// plainParagraphLinks: share of link text a plain paragraph may have.
const plainParagraphLinks = 0.25

// mediaCaptionBlocks: lines of caption and credit a picture box may carry
// and still be only a picture between two parts of the story.
const mediaCaptionBlocks = 3

// neighbours returns the winner's adjoining siblings that join it: runs
// of prose paragraphs on either side (a picture box between them neither
// joins nor ends a run), and, when the winner is itself a paragraph, runs
// of plain paragraphs (few links, not marked) however short.
func neighbours(r *rendered, s *signals, best int32) []int32 {
	sibs, at := siblingsOf(r, best)
	own := map[int32]block{}
	for _, b := range r.blocks {
		if b.owner >= 0 && r.elems[b.owner].parent == r.elems[best].parent {
			own[b.owner] = b
		}
	}
	prose := func(c int32) bool {
		e := &r.elems[c]
		b, ok := own[c]
		return ok && e.blocks == 1 && (e.node.DataAtom == atom.P || e.node.DataAtom == atom.Div) &&
			s.dropAt[c] < 0 && isProse(r, b) && !shownBefore(r, b)
	}
	joined := map[int32]bool{}
	var out []int32
	join := func(c int32) {
		if !joined[c] {
			joined[c] = true
			out = append(out, c)
		}
	}
	spread(sibs, at, func(c int32) bool {
		switch {
		case r.elems[c].text == 0 || prose(c):
			join(c)
			return true
		}
		return holdsMedia(r.elems[c].node) && r.elems[c].blocks <= mediaCaptionBlocks
	})
	if r.elems[best].node.DataAtom != atom.P {
		return out
	}
	plain := func(c int32) bool {
		e := &r.elems[c]
		return e.node.DataAtom == atom.P && s.dropAt[c] < 0 && plainParagraphLinks*float64(e.text) > float64(e.link)
	}
	spread(sibs, at, func(c int32) bool {
		switch {
		case r.elems[c].text == 0:
			return true // an empty sibling neither joins nor ends a run of paragraphs
		case plain(c):
			join(c)
			return true
		}
		return false
	})
	return out
}

// siblingsOf lists the children of e's parent in document order and e's
// index among them.
func siblingsOf(r *rendered, e int32) ([]int32, int) {
	p := r.elems[e].parent
	var sibs []int32
	at := -1
	for c := p + 1; c < int32(len(r.elems)); c++ {
		if r.elems[c].parent != p {
			continue
		}
		if c == e {
			at = len(sibs)
		}
		sibs = append(sibs, c)
	}
	return sibs, at
}

// spread visits sibs outward from index at, first backwards then forwards,
// each way until step says stop.
func spread(sibs []int32, at int, step func(int32) bool) {
	for i := at - 1; i >= 0 && step(sibs[i]); i-- {
	}
	for i := at + 1; i < len(sibs) && step(sibs[i]); i++ {
	}
}

// shownBefore reports whether a block repeats the text of an earlier one:
// a standfirst printed again under the header that already shows it.
func shownBefore(r *rendered, b block) bool {
	t := r.text[b.start:b.end]
	for _, o := range r.blocks {
		if o.start >= b.start {
			return false
		}
		if o.end-o.start == len(t) && r.text[o.start:o.end] == t {
			return true
		}
	}
	return false
}

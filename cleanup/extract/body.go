package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// siblingShare is how much of the winner's score a sibling needs to join
// the body: a recipe's ingredients beside its method, a lead paragraph
// in a box of its own.
const siblingShare = 0.2

// markedFloor caps how far one marked box (a gallery, a comment thread)
// pulls down the elements around it: it goes anyway, and a fifty-photo
// gallery inside the story's container must not hand the win to a
// single paragraph.
const markedFloor = 300

// publisherShare is how much of a block the JSON-LD articleBody must hold
// for the block to count as the publisher's own text.
const publisherShare = 0.5

// shortLineMax: a line shorter than this that is not a sentence (a label,
// a date) votes a little against its container.
const shortLineMax = 50

// chooseBody picks the element whose subtree best separates article text
// from the rest: each block votes with a weight (positive for prose,
// negative for links and marked boilerplate) and the element with the
// largest subtree sum wins. Being a maximum-subtree choice, it is one
// linear sweep. Siblings of the winner that score well and carry no
// boilerplate mark join it, as in Readability; the winner comes first.
func chooseBody(r *rendered, s *signals, ix *bodyIndex) []int32 {
	score := make([]float64, len(r.elems))
	for _, b := range r.blocks {
		if b.owner < 0 {
			continue
		}
		w := weight(r, s, b)
		if ix != nil {
			// the publisher's own articleBody outvotes every heuristic
			if ix.share(r.text[b.start:b.end]) >= publisherShare {
				w = 2 * float64(b.end-b.start)
			}
		}
		score[b.owner] += w
	}
	for i := len(r.elems) - 1; i > 0; i-- {
		if s.dropAt[i] == int32(i) {
			score[i] = max(score[i], -markedFloor)
		}
		if p := r.elems[i].parent; p >= 0 {
			score[p] += score[i]
		}
	}
	best := int32(-1)
	for i := range score {
		if best < 0 || score[i] >= score[best] {
			best = int32(i)
		}
	}
	if best < 0 {
		return nil
	}
	best = wholeTable(r, best)
	roots := []int32{best}
	p := r.elems[best].parent
	if p < 0 || score[best] <= 0 {
		return roots
	}
	for i := p + 1; i < int32(len(r.elems)); i++ {
		if r.elems[i].parent != p || i == best {
			continue
		}
		if score[i] >= siblingShare*score[best] && s.dropAt[i] < 0 {
			roots = append(roots, i)
		}
	}
	for _, c := range neighbours(r, s, best) {
		if !slices.Contains(roots, c) {
			roots = append(roots, c)
		}
	}
	return fillGaps(r, s, roots)
}

// wholeTable lifts a winning table section (the body rows of a list set
// as a table) to its table, so that the caption and the header row come
// with it.
func wholeTable(r *rendered, e int32) int32 {
	for {
		switch r.elems[e].node.DataAtom {
		case atom.Tbody, atom.Thead, atom.Tfoot:
			if p := r.elems[e].parent; p >= 0 && r.elems[p].node.DataAtom == atom.Table {
				e = p
				continue
			}
		}
		return e
	}
}

// fillGaps adds the siblings lying between body roots: when the winner is
// one paragraph among its siblings, the subheadings and short lines
// between the paragraphs score too low to join on their own, yet sit
// inside the story. Marked boilerplate, link lists and picture boxes
// (whose text is a caption) stay out.
func fillGaps(r *rendered, s *signals, roots []int32) []int32 {
	if len(roots) < 2 {
		return roots
	}
	first, last := roots[0], roots[0]
	joined := map[int32]bool{}
	for _, e := range roots {
		first, last = min(first, e), max(last, e)
		joined[e] = true
	}
	p := r.elems[first].parent
	for i := first + 1; i < last; i++ {
		e := &r.elems[i]
		if e.parent != p || joined[i] || s.dropAt[i] >= 0 || e.text == 0 {
			continue
		}
		if 2*e.link <= e.text && !holdsMedia(e.node) {
			roots = append(roots, i)
		}
	}
	return roots
}

// holdsMedia reports whether an element wraps a picture or video.
func holdsMedia(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Img, atom.Picture, atom.Video, atom.Figure, atom.Iframe:
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && holdsMedia(c) {
			return true
		}
	}
	return false
}

// weight is a block's vote for the elements that contain it.
func weight(r *rendered, s *signals, b block) float64 {
	n := float64(b.end - b.start)
	if s.dropAt[b.owner] >= 0 && !headerLead(r, s, b) {
		return -n
	}
	d := linkDensity(b)
	if d > outsideMaxLinks {
		return -n * d
	}
	text := r.text[b.start:b.end]
	if n < shortLineMax && !sentence(text) {
		return -3
	}
	if worded(text) {
		// a copyright line or a signup pitch reads like a sentence but
		// goes by its wording: it must not pull the footer's row into
		// the story's container
		return -n
	}
	w := n * (1 - d)
	if s.keepIn[b.owner] {
		w *= 1.5
	}
	return w
}

// headerLead reports whether a block is a paragraph of prose in a
// <header>: an article's header holds its lead (standfirst) beside the
// byline and date, which go.
func headerLead(r *rendered, s *signals, b block) bool {
	d := s.dropAt[b.owner]
	return d >= 0 && r.elems[d].node.DataAtom == atom.Header && isProse(r, b)
}

// sentence reports whether text ends like a sentence.
func sentence(text string) bool {
	text = strings.TrimRight(text, "\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(text)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '؟', ':', ';':
		return true
	}
	return false
}

// worded reports whether the debris lexicon names a block as boilerplate
// by its wording ("All rights reserved", "Comments (3)").
func worded(text string) bool {
	ph, err := loadPhrases()
	if err != nil {
		// the lexicon is embedded: failing here is a build mistake
		panic(err)
	}
	why, _ := ph.match(text)
	return why != nil
}

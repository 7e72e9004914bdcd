package extract

import "golang.org/x/net/html/atom"

// leadMaxGap: blocks (bylines, dates, share buttons, a picture's caption)
// that may stand between an opening paragraph and the body; a paragraph
// further up is another box of the page (a promotion, a login form).
const leadMaxGap = 12

// leadDatedMax: bytes below which a sentence-like line with a date or a
// time in it is a date line, not an opening paragraph.
const leadDatedMax = 2 * proseMinBytes

// keepLead returns the story's opening paragraph to it: the prose a
// publisher sets between the headline and the body in a box of its own
// ("intro", "lead"), which the body choice leaves out because it lies
// outside the body's container. Only a paragraph that sits with the body
// comes back (its nearest container shared with the body is no wider than
// the one it shares with the headline), or one in the headline's box set
// after the byline or date line: one right under the headline is the
// deck, a summary beside the title that the story then tells. Only
// blocks left out for lying outside the body (or in a <header>) come
// back; marked boxes (captions, related links, sidebars) stay out.
//
// Where the publisher draws the body's bounds itself, its word is final:
// with a JSON-LD articleBody, a paragraph comes back only if that text
// holds it; inside an itemprop=articleBody container, nothing outside it
// comes back. A list's items (key points) and a paragraph the page prints
// twice are summaries, not the opening.
func keepLead(r *rendered, body []int32, headline int, ix *bodyIndex, whys []*reason) {
	if headline < 0 || len(body) == 0 || publisherBody(r, body[0]) {
		return
	}
	first := -1
	for i := headline + 1; i < len(whys); i++ {
		if whys[i] == nil {
			first = i
			break
		}
	}
	head := r.blocks[headline].owner
	for i := first - 1; i > headline && i >= first-leadMaxGap; i-- {
		w, b := whys[i], r.blocks[i]
		if !isProse(r, b) {
			continue
		}
		if w != &reasonOutside && w.rule != "header" {
			break
		}
		if r.elems[b.owner].node.DataAtom == atom.Li || printedTwice(r, i) || datedLine(r, b) {
			continue
		}
		if ix != nil && ix.share(r.text[b.start:b.end]) < publisherShare {
			continue
		}
		if depth(r, ancestorOf(r, b.owner, head)) > depth(r, ancestorOf(r, b.owner, body[0])) && !metaBetween(r, headline, i, whys) {
			continue
		}
		whys[i] = nil
	}
}

// metaBetween reports whether a byline or a dated line stands between
// blocks h and i: a paragraph in the headline's box set after the story's
// byline and date is its opening, not a deck, which sits right under the
// headline.
func metaBetween(r *rendered, h, i int, whys []*reason) bool {
	for j := h + 1; j < i; j++ {
		b := r.blocks[j]
		if isProse(r, b) {
			continue
		}
		if w := whys[j]; w != nil && w.rule == "byline" || dateShaped(r.text[b.start:b.end]) {
			return true
		}
	}
	return false
}

// datedLine reports whether a block is a short line that carries a date
// or time ("PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: …"): the
// story's date line, however sentence-like.
func datedLine(r *rendered, b block) bool {
	return b.end-b.start < leadDatedMax && dateShaped(r.text[b.start:b.end])
}

// publisherBody reports whether e is or lies inside an element the
// publisher marked itemprop=articleBody.
func publisherBody(r *rendered, e int32) bool {
	for ; e >= 0; e = r.elems[e].parent {
		if attr(r.elems[e].node, "itemprop") == "articleBody" {
			return true
		}
	}
	return false
}

// printedTwice reports whether block i's text stands in another block of
// the page too.
func printedTwice(r *rendered, i int) bool {
	b := r.blocks[i]
	text := r.text[b.start:b.end]
	for j, o := range r.blocks {
		if j != i && r.text[o.start:o.end] == text {
			return true
		}
	}
	return false
}

// ancestorOf returns the nearest element holding both a and b.
func ancestorOf(r *rendered, a, b int32) int32 {
	for a != b && a >= 0 && b >= 0 {
		if a > b {
			a = r.elems[a].parent
		} else {
			b = r.elems[b].parent
		}
	}
	if a != b {
		return -1
	}
	return a
}

// depth counts an element's ancestors.
func depth(r *rendered, e int32) int {
	d := 0
	for ; e >= 0; e = r.elems[e].parent {
		d++
	}
	return d
}

package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// siblingShare is how much of the winner's score a sibling needs to join
// the body: a recipe's ingredients beside its method, a lead paragraph
// in a box of its own.
const siblingShare = 0.2

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
			if ix.share(r.text[b.start:b.end]) >= 0.5 {
				w = 2 * float64(b.end-b.start)
			}
		}
		score[b.owner] += w
	}
	for i := len(r.elems) - 1; i > 0; i-- {
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
	return roots
}

// weight is a block's vote for the elements that contain it.
func weight(r *rendered, s *signals, b block) float64 {
	n := float64(b.end - b.start)
	if s.dropAt[b.owner] >= 0 && !headerLead(r, s, b) {
		return -n
	}
	d := linkDensity(b)
	if d > 0.5 {
		return -n * d
	}
	text := r.text[b.start:b.end]
	if n < 50 && !sentence(text) {
		return -3
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

// findHeadline returns the block holding the page's headline: the h1 that
// matches the meta title, else the first h1.
func findHeadline(r *rendered, m *pageMeta) int {
	first := -1
	want := strings.ToLower(firstNonEmpty(m.title, m.docTitle))
	for i, b := range r.blocks {
		if b.owner < 0 || r.elems[b.owner].node.DataAtom != atom.H1 {
			continue
		}
		t := strings.ToLower(r.text[b.start:b.end])
		if want != "" && (strings.Contains(want, t) || strings.Contains(t, want)) {
			return i
		}
		if first < 0 {
			first = i
		}
	}
	return first
}

package extract

import "strings"

var reasonSlideshow = reason{"caption", "numbered slideshow (1/50, 2/50 …): photo captions, not the story"}

// A slideshow renders its slides' captions as look-alike siblings, each
// opening with its counter ("1/50 United goin down", "2/50 …"). The
// captions describe pictures, often of other stories ("Business news in
// pictures"), and can outweigh the story they sit under, so their class
// names ("gallery") alone are overruled by the prose they hold.
const (
	slideMinRun = 3 // consecutive counters needed: one "1 / 5" is a pager
	// The slideshow goes only beside a story of its own: at least
	// slideStoryMin bytes of prose outside it, and slideStoryShare of the
	// captions' prose. A listicle told in slides (a short intro, then
	// "2/28 …" with a paragraph each) keeps its slides: they are the
	// article.
	slideStoryMin   = 500
	slideStoryShare = 0.5
)

// findSlideshows marks the parents of numbered slide runs: look-alike
// siblings whose first lines open with counters k/N, k = 1, 2, 3 … and
// one N, beside a story of their own.
func findSlideshows(r *rendered, first []int32, g siblingGroups, prose []int, total int) []bool {
	show := make([]bool, len(r.elems))
	// per sibling group: the next counter expected, its total, the run
	type run struct {
		next, of, n int32
	}
	runs := make([]run, len(g.size))
	for i := range r.elems {
		gr := g.group[i]
		if gr < 0 || first[i] < 0 {
			continue
		}
		b := r.blocks[first[i]]
		k, of, ok := slideCounter(r.text[b.start:b.end])
		rn := &runs[gr]
		switch {
		case !ok:
			*rn = run{}
		case rn.n > 0 && k == rn.next && of == rn.of:
			rn.next, rn.n = k+1, rn.n+1
		default:
			*rn = run{next: k + 1, of: of, n: 1}
		}
		if rn.n >= slideMinRun {
			p := r.elems[i].parent
			out := total - prose[p]
			show[p] = out >= slideStoryMin && float64(out) >= slideStoryShare*float64(prose[p])
		}
	}
	return show
}

// slideCounter reads the counter opening a slide's first line: "3/50",
// "3 / 50 Title", after a list marker. k must lie in 1..N.
func slideCounter(line string) (k, of int32, ok bool) {
	s := strings.TrimPrefix(line, "- ")
	k, s, ok = leadingNumber(s)
	if !ok {
		return 0, 0, false
	}
	s = strings.TrimLeft(s, " ")
	if !strings.HasPrefix(s, "/") {
		return 0, 0, false
	}
	of, s, ok = leadingNumber(strings.TrimLeft(s[1:], " "))
	if !ok || k < 1 || k > of || s != "" && s[0] != ' ' && s[0] != '\n' {
		return 0, 0, false
	}
	return k, of, true
}

// leadingNumber parses up to four leading digits.
func leadingNumber(s string) (int32, string, bool) {
	n, i := int32(0), 0
	for ; i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9'; i++ {
		n = 10*n + int32(s[i]-'0')
	}
	if i == 0 || i < len(s) && s[i] >= '0' && s[i] <= '9' {
		return 0, s, false
	}
	return n, s[i:], true
}

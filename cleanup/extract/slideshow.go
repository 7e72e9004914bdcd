package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	reasonSlideshow = reason{"caption", "numbered slideshow of other stories (1/50 United goin down, 2/50 …): photo captions, not the story"}
	reasonCounter   = reason{"caption", "slide counter (Image 3 of 5)"}
)

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
	// a counter's words: a label before it ("Image") of at most
	// slideWordMax bytes, a separator ("of", "von") of at most slideSepMax
	// letters
	slideWordMax = 12
	slideSepMax  = 4
)

// findSlideshows finds runs of numbered slides: look-alike siblings whose
// first lines open with counters k/N, k = 1, 2, 3 … and one N. When every
// slide opens with its own headline after the counter ("1/50 United goin
// down"), the slides are other stories: show marks their parent, to go
// beside a story of its own. Otherwise the slides are the story's own
// pictures or steps ("1 von 17" above a recipe step): only the counter
// lines go, listed in counters (block indices).
func findSlideshows(r *rendered, first []int32, g siblingGroups, prose []int, total int) (show []bool, counters []int32) {
	show = make([]bool, len(r.elems))
	// per sibling group: the next counter expected, its total, the
	// slides so far
	type run struct {
		next, of int32
		items    []int32
	}
	runs := make([]run, len(g.size))
	finish := func(rn *run) {
		if len(rn.items) >= slideMinRun {
			counters = markSlides(r, first, rn.items, prose, total, show, counters)
		}
		*rn = run{}
	}
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
			finish(rn)
			continue
		case len(rn.items) > 0 && k == rn.next && of == rn.of:
		default:
			finish(rn)
			rn.of = of
		}
		rn.next = k + 1
		rn.items = append(rn.items, int32(i))
	}
	for gr := range runs {
		finish(&runs[gr])
	}
	return show, counters
}

// markSlides decides for one run of slides.
func markSlides(r *rendered, first []int32, items []int32, prose []int, total int, show []bool, counters []int32) []int32 {
	titled := true
	for _, i := range items {
		b := r.blocks[first[i]]
		if counterOnly(r.text[b.start:b.end]) {
			titled = false
		}
	}
	if titled {
		p := r.elems[items[0]].parent
		out := total - prose[p]
		show[p] = out >= slideStoryMin && float64(out) >= slideStoryShare*float64(prose[p])
		return counters
	}
	for _, i := range items {
		b := r.blocks[first[i]]
		if counterOnly(r.text[b.start:b.end]) {
			counters = append(counters, first[i])
		}
	}
	return counters
}

// counterOnly reports whether a slide's first line is its counter alone
// ("Image 3 of 5", "3/50"), with no title after it.
func counterOnly(line string) bool {
	f := strings.Fields(strings.TrimPrefix(line, "- "))
	n := len(f)
	if n > 0 && !isDigit(f[0][0]) {
		n-- // the label: "Image"
	}
	return n <= 3
}

// slideCounter reads the counter opening a slide's first line: "3/50",
// "3 / 50 Title", "Image 3 of 5", "Bild 3 von 5", after a list marker: at
// most one word, then k, a slash or one short word, and N. k must lie in
// 1..N.
func slideCounter(line string) (k, of int32, ok bool) {
	s := strings.TrimPrefix(line, "- ")
	if s == "" {
		return 0, 0, false
	}
	if !isDigit(s[0]) {
		// one leading word: "Image", "Photo", "Bild"
		sp := strings.IndexByte(s, ' ')
		if sp < 0 || sp > slideWordMax {
			return 0, 0, false
		}
		s = s[sp+1:]
	}
	k, s, ok = leadingNumber(s)
	if !ok {
		return 0, 0, false
	}
	s = strings.TrimLeft(s, " ")
	switch {
	case strings.HasPrefix(s, "/"):
		s = s[1:]
	default:
		// "of", "von", "de", "sur", "из": a short word between the numbers
		sp := strings.IndexByte(s, ' ')
		if sp <= 0 || utf8.RuneCountInString(s[:sp]) > slideSepMax || strings.IndexFunc(s[:sp], notLetter) >= 0 {
			return 0, 0, false
		}
		s = s[sp:]
	}
	of, s, ok = leadingNumber(strings.TrimLeft(s, " "))
	if !ok || k < 1 || k > of || s != "" && s[0] != ' ' && s[0] != '\n' {
		return 0, 0, false
	}
	return k, of, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// leadingNumber parses up to four leading digits.
func leadingNumber(s string) (int32, string, bool) {
	n, i := int32(0), 0
	for ; i < len(s) && i < 4 && isDigit(s[i]); i++ {
		n = 10*n + int32(s[i]-'0')
	}
	if i == 0 || i < len(s) && isDigit(s[i]) {
		return 0, s, false
	}
	return n, s[i:], true
}

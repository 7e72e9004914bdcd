package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// findHeadline returns the block holding the page's headline and whether
// it belongs in the text: the h1 that matches the meta title, else a short
// heading-like block that matches it, else the first h1. An h1 that matches
// no title the page gives (a site logo in an h1) stays out of the text.
func findHeadline(r *rendered, m *pageMeta) (int, bool) {
	first, match, h1Match := -1, -1, -1
	want := strings.ToLower(firstNonEmpty(m.title, m.docTitle))
	for i, b := range r.blocks {
		if b.owner < 0 || b.end-b.start > headlineMaxBytes {
			continue
		}
		t := strings.ToLower(r.text[b.start:b.end])
		h1 := r.elems[b.owner].node.DataAtom == atom.H1
		matches := want != "" && titleMatch(t, want, h1)
		if h1 && matches && h1Match < 0 {
			h1Match = i
		}
		if h1 && first < 0 {
			first = i
		}
		if matches && match < 0 && !h1 && headingLike(r, b) {
			match = i
		}
	}
	if h1Match >= 0 && !(match >= 0 && siteName(r, h1Match, want) && titleHead(r, match, want)) {
		return h1Match, true
	}
	if match >= 0 {
		return match, true
	}
	return first, first >= 0 && want == ""
}

// titleHead reports whether block i opens the page title: the headline
// part of "Headline – Site".
func titleHead(r *rendered, i int, want string) bool {
	b := r.blocks[i]
	return strings.HasPrefix(want, strings.ToLower(r.text[b.start:b.end]))
}

// siteName reports whether block i is the end of the page title after a
// separator ("Headline – Site"): a blog's name in its h1, which matches
// the title as well as the post's headline in an h2 that opens it.
func siteName(r *rendered, i int, want string) bool {
	b := r.blocks[i]
	t := strings.ToLower(r.text[b.start:b.end])
	if !strings.HasSuffix(want, t) {
		return false
	}
	head := strings.TrimRight(strings.TrimSuffix(want, t), " ")
	sep, _ := utf8.DecodeLastRuneInString(head)
	// a dash, bar, colon or guillemet between the headline and the name
	return head != "" && (unicode.IsPunct(sep) || unicode.IsSymbol(sep))
}

// besideBody reports whether an h1 that matches no title the page gives
// sits with the article body (its parent holds the body), where it is the
// story's headline; a site's logo in an h1 sits in the page header.
func besideBody(r *rendered, h1 int32, body []int32) bool {
	if h1 < 0 {
		return false
	}
	p := r.elems[h1].parent
	for _, root := range body {
		if p >= 0 && within(r, root, p) && r.elems[p].node.DataAtom != atom.Body && r.elems[p].node.DataAtom != atom.Html {
			return true
		}
	}
	return false
}

// soleHeadline reports whether block h is the page's only h1 and reads
// like a headline rather than a logo: several words, not a link. Pages
// often title themselves for search engines ("Delhi air pollution: …")
// above a different headline ("The law that's helping fuel …").
func soleHeadline(r *rendered, h int) bool {
	b := r.blocks[h]
	if len(strings.Fields(r.text[b.start:b.end])) < headlineMinWords || 2*b.link > b.end-b.start {
		return false
	}
	for i, o := range r.blocks {
		if i != h && o.owner >= 0 && r.elems[o.owner].node.DataAtom == atom.H1 {
			return false
		}
	}
	return true
}

// headlineMinWords: a site's name in an h1 is shorter than a headline.
const headlineMinWords = 4

// headlineMaxBytes bounds a headline block; a paragraph quoting the title
// is not the headline.
const headlineMaxBytes = 400

// headingLike reports whether a block could be a page's headline set in
// something other than an h1: a heading, or a short line without links
// that does not end like a sentence.
func headingLike(r *rendered, b block) bool {
	switch r.elems[b.owner].node.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true // often a permalink
	case atom.A, atom.Li, atom.Title:
		return false
	}
	text := r.text[b.start:b.end]
	return b.link == 0 && !strings.Contains(text, "\n") &&
		(!sentence(text) || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!"))
}

// titleMatch reports whether a block's text (lower case) is the page title
// want: one holds the other ("Headline | Site" holds "Headline"), and they
// are of a size, so that neither a logo in the title nor a paragraph
// quoting it matches. An h1 may be much longer than a shortened title.
func titleMatch(t, want string, h1 bool) bool {
	if strings.Contains(want, t) {
		return 3*len(t) >= len(want)
	}
	return strings.Contains(t, want) && (h1 || 2*len(want) >= len(t))
}

// headlineText is the headline found on the page and whether it stays in
// the article text as its first line.
type headlineText struct {
	text   string
	inText bool
}

// aboveHeadlineMax bounds the text extraction may have kept above the
// headline (a kicker, a section label, a date) and still drop.
const aboveHeadlineMax = 200

// headlineFirst makes the headline the first line of the article text:
// what extraction kept above it goes, as long as it is a few short lines;
// prose above the headline means the page is laid out some other way (or
// the "headline" is a comment section's title), and then the headline
// stays out of the text rather than land in the middle of it.
func headlineFirst(r *rendered, whys []*reason, headline int) bool {
	above := 0
	for i := 0; i < headline; i++ {
		if b := r.blocks[i]; whys[i] == nil {
			above += b.end - b.start
			if isProse(r, b) || above > aboveHeadlineMax {
				return false
			}
		}
	}
	for i := 0; i < headline; i++ {
		if whys[i] == nil {
			whys[i] = &reasonAbove
		}
	}
	whys[headline] = nil
	return true
}

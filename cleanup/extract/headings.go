package extract

import (
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkedSection reports whether linked subheading i inside the body heads
// a section of the story rather than another story: its links point into
// the page itself (a permalink, "#section"), or off the site (the product
// or project the section is about) with story text right under it (a
// partner's teaser rail has none), or it opens with words of its own
// ("21) <a>Film</a>", a ranked list's entry) and story prose follows it.
// Words ending in a colon label a pointer to another story ("See: <a>…</a>").
// A teaser's headline is a link to another article of the same site.
func linkedSection(r *rendered, i int, host string) bool {
	b := r.blocks[i]
	if !subheading(r, b) {
		return false
	}
	if !b.linkFirst && !labelled(r.elems[b.owner].node) && proseAfter(r, i) {
		return true
	}
	if roundupEntry(r, i) {
		return true
	}
	seen := false
	ok := true
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if !ok {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			seen = true
			href := strings.TrimSpace(attr(n, "href"))
			ok = strings.HasPrefix(href, "#") || pointsAway(href, host) && textAfter(r, i)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(r.elems[b.owner].node)
	return seen && ok
}

// pointsAway reports whether a link leads into the page itself or to
// another site than host (the page's own, "" when unknown).
func pointsAway(href, host string) bool {
	href = strings.TrimSpace(href)
	if strings.HasPrefix(href, "#") {
		return true
	}
	if host == "" {
		return false
	}
	u, err := url.Parse(href)
	if err != nil || u.Host == "" {
		return false
	}
	return hostOf(u.Host) != host
}

// hostOf is a host name without case, port or "www.".
func hostOf(h string) string {
	h = strings.ToLower(h)
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[i:], "]") {
		h = h[:i]
	}
	return strings.TrimPrefix(h, "www.")
}

// pageHost is the host of the page's own URL, "" when it gives none.
func pageHost(m *pageMeta) string {
	u, err := url.Parse(m.url)
	if err != nil || u.Host == "" {
		return ""
	}
	return hostOf(u.Host)
}

// proseAfter reports whether the block after block i is a prose paragraph
// beside it (same parent element).
func proseAfter(r *rendered, i int) bool {
	if i+1 >= len(r.blocks) {
		return false
	}
	b, n := r.blocks[i], r.blocks[i+1]
	return n.owner >= 0 && isProse(r, n) && r.elems[n.owner].parent == r.elems[b.owner].parent
}

// labelled reports whether the text before a heading's first link ends
// with a colon: "MIRA: <a>…</a>", "Read also: <a>…</a>".
func labelled(n *html.Node) bool {
	var lead strings.Builder
	done := false
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if done {
			return
		}
		switch {
		case n.Type == html.ElementNode && n.DataAtom == atom.A:
			done = true
			return
		case n.Type == html.TextNode:
			lead.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return strings.HasSuffix(strings.TrimRightFunc(lead.String(), invisible), ":")
}

// sectionHeader reports whether a block is a subheading alone in a
// <header> inside the body: the header of one section of the story
// ("Features and tools" above the features), not the page's header nor
// the title of a marked box.
func sectionHeader(r *rendered, s *signals, b block) bool {
	d := s.dropAt[b.owner]
	if d < 0 || r.elems[d].node.DataAtom != atom.Header || r.elems[d].blocks != 1 || !subheading(r, b) {
		return false
	}
	// the box the header tops is no boilerplate either ("Trending"), and
	// it is a section of the document, not a promotion box
	p := r.elems[d].parent
	if p < 0 || s.dropAt[p] >= 0 {
		return false
	}
	for k := 0; k < sectionHeaderDepth && p >= 0; k, p = k+1, r.elems[p].parent {
		if a := r.elems[p].node.DataAtom; a == atom.Section || a == atom.Article {
			return true
		}
	}
	return false
}

// sectionHeaderDepth: how far above a section's <header> its <section> or
// <article> may sit (a wrapper or two between them).
const sectionHeaderDepth = 2

// textAfter reports whether the block after block i is story text under
// the same parent: a paragraph of prose, or a list item with few links.
func textAfter(r *rendered, i int) bool {
	if i+1 >= len(r.blocks) {
		return false
	}
	b, n := r.blocks[i], r.blocks[i+1]
	if n.owner < 0 || !within(r, n.owner, r.elems[b.owner].parent) {
		return false
	}
	return isProse(r, n) || r.elems[n.owner].node.DataAtom == atom.Li && linkDensity(n) < proseMaxLinks
}

// roundupMinEntries: entries (a linked subheading over its paragraph) a
// container needs, beside prose of its own, to be a news roundup.
const roundupMinEntries = 2

// roundupEntry reports whether linked subheading i opens an entry of a
// news roundup: it tops a box of its own with a prose paragraph under it,
// and that box sits, with at least one more such entry, in a container
// that holds prose paragraphs of its own (the briefing's greeting and
// sign-off). A rail of teasers is a container of cards alone, and a
// single teaser card among the story's paragraphs has no second entry.
func roundupEntry(r *rendered, i int) bool {
	b := r.blocks[i]
	if !summaryAfter(r, i) {
		return false
	}
	entry := r.elems[b.owner].parent
	if entry < 0 || r.elems[entry].parent < 0 {
		return false
	}
	box := r.elems[entry].parent
	entries, own := 0, false
	// the box's blocks lie in the span of text written while it was open
	from := sort.Search(len(r.blocks), func(k int) bool { return r.blocks[k].end > int(r.elems[box].from) })
	for j := from; j < len(r.blocks) && r.blocks[j].start < int(r.elems[box].to); j++ {
		o := r.blocks[j].owner
		if o < 0 || !within(r, o, box) {
			continue
		}
		switch p := r.elems[o].parent; {
		case p == box && roundupLine(r, r.blocks[j]):
			own = true
		case subheading(r, r.blocks[j]) && r.blocks[j].link > 0 && p >= 0 && r.elems[p].parent == box && summaryAfter(r, j):
			entries++
		}
	}
	return own && entries >= roundupMinEntries
}

// summaryAfter reports whether the block after block i, beside it, is a
// roundup entry's summary: a sentence or two, shorter than a paragraph.
func summaryAfter(r *rendered, i int) bool {
	if i+1 >= len(r.blocks) {
		return false
	}
	b, n := r.blocks[i], r.blocks[i+1]
	return n.owner >= 0 && roundupLine(r, n) && r.elems[n.owner].parent == r.elems[b.owner].parent
}

package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Element thresholds, in bytes of rendered text.
const (
	proseMinBytes     = 80  // a prose block is at least this long …
	proseMaxLinks     = 0.3 // … with at most this share of link text
	sectionProseMin   = 200 // prose that ends a "related"/"comments" section
	sectionHeadingMax = 80  // a section's title as a heading
	sectionLabelMax   = 40  // a section's title as a one-line box
	// adProseMax: an element named like an ad slot or a signup box that
	// holds this much prose is a story section with a slot in it
	// ("section--ads") or the story behind a paywall
	// ("steady-paywall-container"), not an advertisement or a prompt,
	// which are a picture or a line or two
	adProseMax = 500
)

// teaserStoryMin: bytes of prose beside a run of teasers, inside the
// marked article body, for the run to be a rail under a story rather than
// a news roundup (a greeting, then the linked summaries).
const teaserStoryMin = 500

// railBeside reports whether a teaser inside the marked article body is
// one of a rail under the story: a story of its own stands beside the run
// (besideProse bytes of prose), and the teaser opens with a headline line
// of its own, not with a linked phrase in a sentence (a post's closing
// list of updates).
func railBeside(r *rendered, e *elem, first int32, besideProse int) bool {
	if besideProse < teaserStoryMin || e.blocks < 2 {
		return false
	}
	b := r.blocks[first]
	return linkDensity(b) >= headlineLinks
}

// headlineLinks: share of a teaser's first line inside its link for the
// line to be a linked headline.
const headlineLinks = 0.8

// signals are the per-element facts extraction combines, indexed like
// rendered.elems.
type signals struct {
	// dropAt is the nearest ancestor-or-self whose own markup says
	// boilerplate (-1: none); why[dropAt] says which kind.
	dropAt []int32
	why    []*reason
	// keepIn marks elements inside a content hint (class or site rule).
	keepIn    []bool
	forced    []bool // inside a site "keep" selector
	anyForced bool   // a keep selector matched: it alone is the body
	// prose is the bytes of prose in each element's subtree
	prose []int
	// counters are the blocks that are a slide's counter alone
	counters []int32
	// host is the page's own host ("" when unknown): links elsewhere are
	// not the site's teasers
	host string
}

// markElements computes the inherited drop/keep signals in document order.
func markElements(r *rendered, m *pageMeta, v *vocabulary, rules []siteRule) *signals {
	n := len(r.elems)
	s := &signals{dropAt: make([]int32, n), why: make([]*reason, n), keepIn: make([]bool, n), forced: make([]bool, n), host: pageHost(m)}
	siteDrop, siteKeep := matchSiteRules(r, rules)
	prose := proseBySubtree(r)
	s.prose = prose
	total := 0
	if n > 0 {
		total = prose[0]
	}
	wraps := wrapsMain(r, prose, total)
	first := firstBlocks(r)
	groups := groupSiblings(r)
	teasers := findTeasers(r, first, groups)
	rounds := roundups{r: r, teasers: teasers, first: first, seen: map[int32]bool{}}
	threads := findThreads(r, m, first, groups)
	slides, counters := findSlideshows(r, first, groups, prose, total)
	s.counters = counters
	// tail[p] is a "related"/"comments" heading among p's children: the
	// siblings after it belong to that section
	tail := make([]int32, n)
	// hinted marks elements inside a class/itemprop content hint, which a
	// bare <article> tag is not
	hinted := make([]bool, n)
	// hintAt is the outermost content-hint element around each element
	// (-1: none)
	hintAt := make([]int32, n)
	for i := range r.elems {
		e := &r.elems[i]
		p := e.parent
		s.dropAt[i], tail[i], hintAt[i] = -1, -1, -1
		if p >= 0 {
			hintAt[i] = hintAt[p]
			s.dropAt[i], s.keepIn[i], s.forced[i] = s.dropAt[p], s.keepIn[p], s.forced[p]
			hinted[i] = hinted[p]
			if tail[p] >= 0 && (proseSection(e, prose[i], total) || resumesStory(r, s, int32(i), tail[p], prose[i])) {
				// "Read more" above the story text on some sites: the
				// section ends at a sibling holding much of the page's
				// prose, or shaped like the story's text before it
				tail[p] = -1
			}
			if s.dropAt[i] < 0 && tail[p] >= 0 {
				s.dropAt[i] = tail[p]
			}
		}
		if siteKeep[e.node] {
			s.forced[i], s.keepIn[i], s.anyForced = true, true, true
		}
		if siteDrop[e.node] {
			s.dropAt[i], s.why[i] = int32(i), &reasonSite
			continue
		}
		if s.dropAt[i] >= 0 && s.why[s.dropAt[i]] == &reasonSite {
			continue
		}
		why, keep := ownSignal(e, v, prose[i], total, wraps[i])
		if keep {
			s.keepIn[i] = true
			if !hinted[i] && contentHint(e.node, v) {
				hinted[i], hintAt[i] = true, int32(i)
			}
		}
		// a run of linked summaries inside the marked article body is
		// the story itself (a news roundup), not a rail of teasers,
		// unless a story of its own stands beside the run there
		if why == nil && teasers[i] && (!hinted[i] && !rounds.of(p) || hinted[i] && railBeside(r, e, first[i], prose[hintAt[i]]-prose[p])) {
			why = &reasonTeaser
		}
		// numbered slides go whatever the prose they hold: they are
		// captions, and the story stands beside them
		if slides[i] && (why == nil || why.rule == "caption") {
			why = &reasonSlideshow
		}
		if why == nil && graphicLabels(r, e, first[i]) {
			why = &reasonGraphic
		}
		// a comment thread goes by its shape, whatever its names say
		if threads[i] != nil && (why == nil || why.rule != "comments") {
			why = threads[i]
		}
		if why != nil {
			s.dropAt[i], s.why[i] = int32(i), why
			if p >= 0 && sectionHeading(e, why) {
				tail[p] = int32(i)
			}
		}
	}
	markPlayers(r, s, first)
	return s
}

// resumesStory reports whether element i, a later sibling of the section
// title at heading, carries on the story instead: it holds prose and it,
// or a box right inside it, is shaped like (same tag and class as) a
// sibling before the title that is not boilerplate. A "Trending" box whose
// links load later, or a "Read more" button that unfolds the rest of the
// story, sits between two parts of the story's text. Only a class names
// the shape: bare paragraphs after a "Comments" title may be comments.
func resumesStory(r *rendered, s *signals, i, heading int32, prose int) bool {
	if prose == 0 {
		return false
	}
	p := r.elems[i].parent
	shaped := func(n *html.Node) bool {
		for j := p + 1; j < heading; j++ {
			e := &r.elems[j]
			if e.parent == p && s.dropAt[j] < 0 && e.text > 0 && e.node.DataAtom == n.DataAtom && attr(n, "class") != "" && attr(e.node, "class") == attr(n, "class") {
				return true
			}
		}
		return false
	}
	n := r.elems[i].node
	if shaped(n) {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && shaped(c) {
			return true
		}
	}
	return false
}

// ownSignal reads what an element's own tag, role and class/id say. Page
// wrappers (html, body, main, article, anything holding <main> or the
// articleBody) and elements holding most of the page's prose are never
// dropped for their names: "penci_sidebar" or "left-navigation-wrapper"
// on a wrapper says nothing about its content.
func ownSignal(e *elem, v *vocabulary, prose, total int, wrapper bool) (*reason, bool) {
	n := e.node
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main:
		return nil, attr(n, "itemprop") == "articleBody"
	case atom.Article:
		// one <article> holding much of the prose is the story; many small
		// ones are teasers
		return nil, attr(n, "itemprop") == "articleBody" || prose*4 >= total
	}
	if hidden(n) {
		return &reasonHidden, false
	}
	if attr(n, "itemprop") == "articleBody" {
		return nil, true
	}
	big := wrapper || total > 0 && prose*2 > total
	if rr, ok := roleReason[attr(n, "role")]; ok && !big {
		return &rr, false
	}
	verdict := v.judge(classAndID(n))
	if verdict.keep {
		return nil, true
	}
	if big {
		return nil, false
	}
	if verdict.drop != nil && !(slotNamed(verdict.drop) && prose >= adProseMax) {
		return verdict.drop, false
	}
	if sr, ok := semanticReason[n.DataAtom]; ok {
		return &sr, false
	}
	return nil, false
}

// slotNamed reports whether a name-based verdict is one a story's own
// container may carry: an ad slot or a paywall inside it.
func slotNamed(why *reason) bool {
	return why.rule == "ads" || why.rule == "newsletter"
}

// contentHint reports whether an element's itemprop or class/id names it
// the article body.
func contentHint(n *html.Node, v *vocabulary) bool {
	return attr(n, "itemprop") == "articleBody" || v.judge(classAndID(n)).keep
}

// sectionHeading reports whether e is the short title of a section that
// runs on in its following siblings.
func sectionHeading(e *elem, why *reason) bool {
	if why == &reasonTeaser || why.rule != "related" && why.rule != "comments" {
		return false
	}
	if !hasLetter(e.node) {
		return false // a comment counter ("0", "(12)"), not a title
	}
	if dateShaped(nodeText(e.node)) {
		return false // a post's or comment's date line ("14. Juni 2013 at 20:51")
	}
	switch e.node.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return e.text < sectionHeadingMax
	}
	return e.blocks == 1 && e.text < sectionLabelMax
}

// hasLetter reports whether any text under n has a letter.
func hasLetter(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.IndexFunc(n.Data, unicode.IsLetter) >= 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasLetter(c) {
			return true
		}
	}
	return false
}

// proseSection reports whether an element is the article text rather than
// one more teaser of a section: a third of the page's prose, few links.
func proseSection(e *elem, prose, total int) bool {
	return prose >= sectionProseMin && 3*prose >= total && 5*e.link < e.text
}

// wrapsMain marks the strict ancestors of the page's <main> (or
// role="main") element, of the publisher's itemprop="articleBody" and of
// an <article> holding a quarter of the page's prose (Yahoo shows its
// story inside a "render-target-modal").
func wrapsMain(r *rendered, prose []int, total int) []bool {
	w := make([]bool, len(r.elems))
	for i := len(r.elems) - 1; i > 0; i-- {
		n := r.elems[i].node
		story := n.DataAtom == atom.Article && total > 0 && prose[i]*4 >= total
		if w[i] || story || n.DataAtom == atom.Main || attr(n, "role") == "main" || attr(n, "itemprop") == "articleBody" {
			if p := r.elems[i].parent; p >= 0 {
				w[p] = true
			}
		}
	}
	return w
}

// proseBySubtree counts, per element, the bytes of sentence-like,
// link-poor blocks in its subtree.
func proseBySubtree(r *rendered) []int {
	p := make([]int, len(r.elems))
	for _, b := range r.blocks {
		if b.owner >= 0 && isProse(r, b) {
			p[b.owner] += b.end - b.start
		}
	}
	for i := len(r.elems) - 1; i > 0; i-- {
		if q := r.elems[i].parent; q >= 0 {
			p[q] += p[i]
		}
	}
	return p
}

// isProse reports whether a block reads like article text: long enough,
// few links, ending like a sentence.
func isProse(r *rendered, b block) bool {
	n := b.end - b.start
	return n >= proseMinBytes && linkDensity(b) < proseMaxLinks && sentence(r.text[b.start:b.end])
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if hidingStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// hidingStyle reports whether an inline style hides its element.
func hidingStyle(style string) bool {
	st := strings.ToLower(style)
	return strings.Contains(st, "display:none") || strings.Contains(st, "display: none") ||
		strings.Contains(st, "visibility:hidden") || strings.Contains(st, "visibility: hidden")
}

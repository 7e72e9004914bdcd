package extract

import (
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/copydesk/copydesk/cleanup"
)

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
}

var (
	reasonTitle    = reason{"title", "page heading that is not this article's headline (the title comes from the page's metadata)"}
	reasonAbove    = reason{"edge", "line above the headline"}
	reasonOutside  = reason{"boilerplate", "outside the article body"}
	reasonLinks    = reason{"links", "list of links"}
	reasonSite     = reason{"site", "site rule"}
	reasonHidden   = reason{"hidden", "hidden element"}
	reasonEdge     = reason{"edge", "short line before or after the article text"}
	reasonBareURL  = reason{"url", "bare web address (the page's own link, share or print URL)"}
	semanticReason = map[atom.Atom]reason{
		atom.Nav:    {"navigation", "navigation menu"},
		atom.Footer: {"footer", "footer"},
		atom.Aside:  {"sidebar", "sidebar"},
		atom.Header: {"header", "page header"},
		atom.Form:   {"form", "form"},
		atom.Dialog: {"popup", "pop-up"},
		// a caption describes a picture, not the story; <figure> itself
		// also wraps quotes and tables
		atom.Figcaption: {"caption", "photo caption or credit"},
	}
	roleReason = map[string]reason{
		"navigation":    {"navigation", "navigation menu"},
		"banner":        {"header", "page header"},
		"contentinfo":   {"footer", "footer"},
		"complementary": {"sidebar", "sidebar"},
		"search":        {"form", "search form"},
		"dialog":        {"popup", "pop-up"},
		"alertdialog":   {"popup", "pop-up"},
	}
)

// classify decides which blocks are not the article and returns removal
// changes in original coordinates, plus the headline.
func classify(r *rendered, m *pageMeta, rules []siteRule) ([]cleanup.Change, headlineText) {
	if len(r.blocks) == 0 {
		return nil, headlineText{}
	}
	v, err := loadVocabulary()
	if err != nil {
		// the vocabulary is embedded: failing here is a build mistake
		panic(err)
	}
	s := markElements(r, m, v, rules)
	headline, inText := findHeadline(r, m)
	body := chooseBody(r, s, newBodyIndex(m.articleBody))
	var out []cleanup.Change
	var run *cleanup.Change
	runFirst, runLast, lastKept := 0, 0, -1
	emit := func() {
		if run == nil {
			return
		}
		run.Start, run.End = blockSpan(r, runFirst, runLast, lastKept < 0)
		out = append(out, *run)
		run = nil
	}
	whys := make([]*reason, len(r.blocks))
	for i := range r.blocks {
		whys[i] = removal(r, s, body, headline, i)
	}
	trimEdges(r, whys)
	dropBoxTitles(r, whys)
	dropBareURLs(r, whys)
	keepBest(r, s, whys)
	if headline >= 0 && inText {
		inText = headlineFirst(r, whys, headline)
	}
	for i, why := range whys {
		if why == nil {
			emit()
			lastKept = i
			continue
		}
		if run != nil && run.Rule == "extract."+why.rule && run.Note == why.note {
			runLast = i
			continue
		}
		emit()
		run = &cleanup.Change{Rule: "extract." + why.rule, Category: cleanup.CatExtraction,
			Note: why.note, Confidence: 0.8, State: cleanup.Applied}
		runFirst, runLast = i, i
	}
	emit()
	title := ""
	if headline >= 0 {
		b := r.blocks[headline]
		title = r.text[b.start:b.end]
	}
	return out, headlineText{title, inText}
}

// blockSpan covers blocks first..last and one adjoining separator, so that
// removing it leaves exactly one blank line between the kept neighbours:
// runs before the first kept block take the separator after them, all
// others the one before them.
func blockSpan(r *rendered, first, last int, leading bool) (int, int) {
	switch {
	case !leading:
		return r.blocks[first-1].end, r.blocks[last].end
	case last+1 < len(r.blocks):
		return r.blocks[first].start, r.blocks[last+1].start
	default:
		return r.blocks[first].start, len(r.text)
	}
}

// trimEdges drops the short lines left around the article text (bylines,
// datelines, "Comments", "Related articles") once the body is known: before
// the first prose block and after the last one, only prose-like blocks,
// subheadings and list items without links (a recipe's ingredients above
// its method, a closing list) stay. Blocks worded like boilerplate in the
// debris lexicon go too, mid-article when the phrase may stand there
// ("Read also: …").
func trimEdges(r *rendered, whys []*reason) {
	first, last := -1, -1
	for i, w := range whys {
		if w == nil && isProse(r, r.blocks[i]) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	ph, err := loadPhrases()
	if err != nil {
		// the lexicon is embedded: failing here is a build mistake
		panic(err)
	}
	for i := range whys {
		b := r.blocks[i]
		if whys[i] != nil {
			continue
		}
		text := r.text[b.start:b.end]
		if why, anywhere := ph.match(text); why != nil && (anywhere || i < first || i > last) {
			whys[i] = why
			continue
		}
		switch {
		case tableRow(r, b):
			// a row of a table in the story is data, however short
		case i < first:
			if !subheading(r, b) && !plainItem(r, b) && b.end-b.start < 60 && !edgeSentence(text) {
				whys[i] = &reasonEdge
			}
		case i > last:
			if !plainItem(r, b) && (b.end-b.start < 100 || linkDensity(b) > 0.3) && !edgeSentence(text) {
				whys[i] = &reasonEdge
			}
		}
	}
}

// dropBoxTitles removes the title of a box of links once the links are
// gone: "Read also", "More on climate", "Latest articles" standing alone
// would read as a subheading of the story.
func dropBoxTitles(r *rendered, whys []*reason) {
	// forward, so that a title taken out never makes the line above it
	// a title too
	for i := 0; i+1 < len(whys); i++ {
		next := whys[i+1]
		if whys[i] != nil || next == nil || !linkBox(next) {
			continue
		}
		b := r.blocks[i]
		if b.end-b.start < 80 && !edgeSentence(r.text[b.start:b.end]) {
			whys[i] = next
		}
	}
}

// dropBareURLs removes kept blocks that are nothing but one web address:
// print and share widgets spell the page's own URL out as text.
func dropBareURLs(r *rendered, whys []*reason) {
	for i, why := range whys {
		if why == nil && bareURL(r.text[r.blocks[i].start:r.blocks[i].end]) {
			whys[i] = &reasonBareURL
		}
	}
}

func bareURL(text string) bool {
	text = strings.TrimSpace(text)
	return (strings.HasPrefix(text, "https://") || strings.HasPrefix(text, "http://") || strings.HasPrefix(text, "www.")) &&
		!strings.ContainsAny(text, " \t\n")
}

func linkBox(why *reason) bool {
	return why == &reasonLinks || why == &reasonTeaser || why.rule == "related"
}

// edgeSentence reports whether a short line at the article's edge reads
// as a closing sentence. "Read more:", "Already read?" and "Share now!"
// end in punctuation too, but are the titles of what follows.
func edgeSentence(text string) bool {
	if !sentence(text) {
		return false
	}
	spaces := strings.Count(text, " ")
	switch {
	case strings.ContainsFunc(text, unspaced):
		return true // Chinese, Japanese: no spaces to count words by
	case strings.HasSuffix(text, ":"):
		return spaces >= 6
	}
	return spaces >= 3
}

func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

// plainItem is a list item without links: an article's closing list, not
// a menu.
func plainItem(r *rendered, b block) bool {
	switch r.elems[b.owner].node.DataAtom {
	case atom.Li, atom.Dd, atom.Dt:
		return b.link == 0
	}
	return false
}

// tableRow reports whether a block is a row of a data table (its cells
// are inline, so the row owns the text): a table inside the story keeps
// all its rows, linked names and short figures included.
func tableRow(r *rendered, b block) bool {
	return b.owner >= 0 && r.elems[b.owner].node.DataAtom == atom.Tr
}

func subheading(r *rendered, b block) bool {
	switch r.elems[b.owner].node.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// removal says why block i goes, or nil when it is article text.
func removal(r *rendered, s *signals, body []int32, headline, i int) *reason {
	b := r.blocks[i]
	o := b.owner
	if o < 0 {
		return &reasonOutside
	}
	if d := s.dropAt[o]; d >= 0 && s.why[d] == &reasonSite {
		return &reasonSite
	}
	if i == headline {
		return &reasonTitle
	}
	if s.forced[o] {
		return nil
	}
	if s.anyForced {
		return outside(s, o, b)
	}
	root := rootOf(r, o, body)
	inBody := root >= 0
	if d := s.dropAt[o]; d >= 0 && (!inBody || d > root) && !(inBody && headerLead(r, s, b)) {
		return s.why[d]
	}
	if !inBody {
		return outside(s, o, b)
	}
	if linkDensity(b) > 0.6 && !tableRow(r, b) {
		return &reasonLinks
	}
	return nil
}

func outside(s *signals, o int32, b block) *reason {
	if d := s.dropAt[o]; d >= 0 {
		return s.why[d]
	}
	if linkDensity(b) > 0.5 {
		return &reasonLinks
	}
	return &reasonOutside
}

func linkDensity(b block) float64 {
	return float64(b.link) / float64(b.end-b.start)
}

// rootOf returns the body root holding element e, or -1.
func rootOf(r *rendered, e int32, roots []int32) int32 {
	for _, c := range roots {
		if within(r, e, c) {
			return c
		}
	}
	return -1
}

// within reports whether element e is c or inside it.
func within(r *rendered, e, c int32) bool {
	if c < 0 {
		return false
	}
	for ; e > c; e = r.elems[e].parent {
	}
	return e == c
}

// markElements computes the inherited drop/keep signals in document order.
func markElements(r *rendered, m *pageMeta, v *vocabulary, rules []siteRule) *signals {
	n := len(r.elems)
	s := &signals{dropAt: make([]int32, n), why: make([]*reason, n), keepIn: make([]bool, n), forced: make([]bool, n)}
	siteDrop, siteKeep := matchSiteRules(r, rules)
	prose := proseBySubtree(r)
	total := 0
	if n > 0 {
		total = prose[0]
	}
	wraps := wrapsMain(r, prose, total)
	first := firstBlocks(r)
	groups := groupSiblings(r)
	teasers := findTeasers(r, first, groups)
	threads := findThreads(r, m, first, groups)
	// tail[p] is a "related"/"comments" heading among p's children: the
	// siblings after it belong to that section
	tail := make([]int32, n)
	// hinted marks elements inside a class/itemprop content hint, which a
	// bare <article> tag is not
	hinted := make([]bool, n)
	for i := range r.elems {
		e := &r.elems[i]
		p := e.parent
		s.dropAt[i], tail[i] = -1, -1
		if p >= 0 {
			s.dropAt[i], s.keepIn[i], s.forced[i] = s.dropAt[p], s.keepIn[p], s.forced[p]
			hinted[i] = hinted[p]
			if tail[p] >= 0 && proseSection(e, prose[i], total) {
				// "Read more" above the story text on some sites: the
				// section ends at a sibling holding much of the page's
				// prose
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
			hinted[i] = hinted[i] || contentHint(e.node, v)
		}
		// a run of linked summaries inside the marked article body is
		// the story itself (a news roundup), not a rail of teasers
		if why == nil && teasers[i] && !hinted[i] {
			why = &reasonTeaser
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
	return s
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
	if verdict.drop != nil {
		return verdict.drop, false
	}
	if sr, ok := semanticReason[n.DataAtom]; ok {
		return &sr, false
	}
	return nil, false
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
	switch e.node.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return e.text < 80
	}
	return e.blocks == 1 && e.text < 40
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
	return prose >= 200 && 3*prose >= total && 5*e.link < e.text
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

func isProse(r *rendered, b block) bool {
	n := b.end - b.start
	return n >= 80 && linkDensity(b) < 0.3 && sentence(r.text[b.start:b.end])
}

func classAndID(n *html.Node) string {
	var c, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			c = a.Val
		case "id":
			id = a.Val
		}
	}
	if id == "" || headingSlug(n, id) {
		return c
	}
	return c + " " + id
}

// headingSlug reports whether id is the slug of the heading that opens
// the element: documentation generators name a section after its title
// ("sharing-with-a-single-developer"), which says nothing about its role.
func headingSlug(n *html.Node, id string) bool {
	if !strings.ContainsAny(id, "-_") {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return slugOf(nodeText(c)) == slugOf(id)
		}
		return false
	}
	return false
}

// slugOf keeps the letters and digits of s, lower-cased, one '-' between
// words.
func slugOf(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if gap && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			gap = false
		} else {
			gap = true
		}
	}
	return b.String()
}

// nodeText is the text under n, without layout.
func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c))
		b.WriteByte(' ')
	}
	return b.String()
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
			st := strings.ToLower(a.Val)
			if strings.Contains(st, "display:none") || strings.Contains(st, "display: none") ||
				strings.Contains(st, "visibility:hidden") || strings.Contains(st, "visibility: hidden") {
				return true
			}
		}
	}
	return false
}

// matchSiteRules applies the site selectors with goquery over the parsed
// page, marking the elements to drop and to keep.
func matchSiteRules(r *rendered, rules []siteRule) (drop, keep map[*html.Node]bool) {
	if len(rules) == 0 || len(r.elems) == 0 {
		return nil, nil
	}
	drop, keep = map[*html.Node]bool{}, map[*html.Node]bool{}
	root := r.elems[0].node
	for root.Parent != nil {
		root = root.Parent
	}
	doc := goquery.NewDocumentFromNode(root)
	mark := func(m map[*html.Node]bool, sels []goquery.Matcher) {
		for _, sel := range sels {
			for _, n := range doc.FindMatcher(sel).Nodes {
				m[n] = true
			}
		}
	}
	for _, rule := range rules {
		mark(drop, rule.drop)
		mark(keep, rule.keep)
	}
	return drop, keep
}

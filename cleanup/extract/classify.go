package extract

import (
	"sort"

	"github.com/copydesk/copydesk/cleanup"
	"golang.org/x/net/html/atom"
)

// Link density (share of a block's text inside links) above which a block
// is a list of links: inside the article body, and outside it.
const (
	bodyMaxLinks    = 0.6
	outsideMaxLinks = 0.5
)

// boxStoryMin: bytes of prose in a <header> below the story's first
// paragraph for it to be story text, set in headers by an image-and-text
// layout, rather than a box's one-paragraph description.
const boxStoryMin = 400

// linkedItemMinList: items a list needs before one linked item in it
// counts as part of a plain list.
const linkedItemMinList = 3

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
	ix := newBodyIndex(m.articleBody)
	body := chooseBody(r, s, ix)
	if headline >= 0 && !inText {
		inText = besideBody(r, r.blocks[headline].owner, body) || soleHeadline(r, headline)
	}
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
	lead := storyStart(r, s, body)
	for i := range r.blocks {
		whys[i] = removal(r, s, body, headline, lead, i)
	}
	dropMarkedInline(r, s, whys)
	for _, c := range s.counters {
		if whys[c] == nil {
			whys[c] = &reasonCounter
		}
	}
	trimEdges(r, whys)
	// after the edges: lines between the opening and the body (a byline)
	// stay trimmed
	keepLead(r, body, headline, ix, whys)
	dropBoxTitles(r, whys)
	dropCardSummaries(r, whys)
	dropCallsToAction(r, whys)
	dropTeaserLeftovers(r, whys)
	dropAppeals(r, whys)
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
	out = append(out, tailLinkLines(r, whys)...)
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
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

// storyStart returns the index of the body's first unmarked paragraph of
// prose (len(r.blocks): none). An article's <header> holds its lead above
// that paragraph; a <header> further down heads a box inside the story (a
// chart's title and description), which goes with the box (storyHeader).
func storyStart(r *rendered, s *signals, body []int32) int {
	for i, b := range r.blocks {
		if b.owner >= 0 && s.dropAt[b.owner] < 0 && isProse(r, b) && rootOf(r, b.owner, body) >= 0 {
			return i
		}
	}
	return len(r.blocks)
}

// storyHeader reports whether <header> d, holding block i, is the
// article's own: above the story's first paragraph, or around the
// headline, or holding story text itself.
func storyHeader(r *rendered, s *signals, d int32, headline, lead, i int) bool {
	return i < lead || s.prose[d] >= boxStoryMin || headline >= 0 && within(r, r.blocks[headline].owner, d)
}

// removal says why block i goes, or nil when it is article text; lead is
// storyStart's paragraph.
func removal(r *rendered, s *signals, body []int32, headline, lead, i int) *reason {
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
	if d := s.dropAt[o]; d >= 0 && (!inBody || d > root) && !(inBody && (storyHeader(r, s, d, headline, lead, i) && headerLead(r, s, b) || sectionHeader(r, s, b))) {
		return s.why[d]
	}
	if !inBody {
		return outside(s, o, b)
	}
	if linkDensity(b) > bodyMaxLinks && !tableData(r, b) && !linkedItem(r, b) && !linkedSection(r, i, s.host) && !subListItem(r, i) {
		return &reasonLinks
	}
	return nil
}

// inlineCover: share of a block's text a marked inline element must hold
// for the block to go with it.
const inlineCover = 0.9

// dropMarkedInline removes the blocks that are all one inline element
// whose own markup says boilerplate: <span class="newsCaption"> beside a
// picture, <span class="byline"> in a div. Blocks belong to their
// innermost block-level element, so such a mark would otherwise be lost.
func dropMarkedInline(r *rendered, s *signals, whys []*reason) {
	for i := range r.elems {
		e := &r.elems[i]
		// an inline element wrapping blocks of its own (<a><div>…</div></a>)
		// marks them through dropAt already
		if s.dropAt[i] != int32(i) || blockLevel(e.node) || e.blocks > 0 || e.to <= e.from {
			continue
		}
		j := sort.Search(len(r.blocks), func(k int) bool { return r.blocks[k].end > int(e.from) })
		if j == len(r.blocks) || whys[j] != nil {
			continue
		}
		b := r.blocks[j]
		start := max(b.start, int(e.from))
		end := min(b.end, int(e.to))
		if float64(end-start) >= inlineCover*float64(b.end-b.start) {
			whys[j] = s.why[i]
		}
	}
}

// linkedItem reports whether a block is a list item whose list is mostly
// plain text: one linked ingredient or product in a recipe's list, not a
// list of links.
func linkedItem(r *rendered, b block) bool {
	e := &r.elems[b.owner]
	if e.node.DataAtom != atom.Li || e.parent < 0 {
		return false
	}
	l := &r.elems[e.parent]
	return l.blocks >= linkedItemMinList && 2*l.link < l.text
}

func outside(s *signals, o int32, b block) *reason {
	if d := s.dropAt[o]; d >= 0 {
		return s.why[d]
	}
	if linkDensity(b) > outsideMaxLinks {
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

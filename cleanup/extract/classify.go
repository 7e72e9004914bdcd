package extract

import (
	"github.com/copydesk/copydesk/cleanup"
	"golang.org/x/net/html/atom"
)

// Link density (share of a block's text inside links) above which a block
// is a list of links: inside the article body, and outside it.
const (
	bodyMaxLinks    = 0.6
	outsideMaxLinks = 0.5
)

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
	for i := range r.blocks {
		whys[i] = removal(r, s, body, headline, i)
	}
	trimEdges(r, whys)
	// after the edges: lines between the opening and the body (a byline)
	// stay trimmed
	keepLead(r, body, headline, ix, whys)
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
	if d := s.dropAt[o]; d >= 0 && (!inBody || d > root) && !(inBody && (headerLead(r, s, b) || sectionHeader(r, s, b))) {
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

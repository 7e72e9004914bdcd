package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/copydesk/copydesk/cleanup/internal/words"
)

// Edge thresholds: what counts as a short line around the article text.
const (
	edgeHeadMax       = 60  // bytes of a line above the first paragraph that goes
	edgeTailMax       = 100 // bytes of a line below the last paragraph that goes
	edgeTailLinks     = 0.3 // or more link text than this below it
	boxTitleMax       = 80  // bytes of a box title above removed links
	edgeSentenceWords = 4   // words of a closing sentence that stays
	edgeColonWords    = 7   // … when it ends with a colon ("Read more:")
	edgeUnspacedRunes = 20  // Chinese/Japanese characters of a line that stays
	// edgeStampMax: bytes of a dated line above the first paragraph that
	// goes; a time stamp or byline with a date runs longer than a label
	edgeStampMax = 100
)

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
	lead := storyLead(r, whys)
	ph, err := loadPhrases()
	if err != nil {
		// the lexicon is embedded: failing here is a build mistake
		panic(err)
	}
	heading := -1 // the last kept subheading above the first paragraph
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
		case listing(r, b, first, last):
			// a command or code listing set among the story's paragraphs:
			// what the story shows, not a byline or a widget's label
		case i < first:
			if subheading(r, b) {
				heading = i
			}
			// a dated list item above the story is its byline row
			// ("- Nov 18, 2019 at 9:24 pm ET • 2 min read"), not an
			// ingredient
			item := plainItem(r, b) && !(b.end-b.start < edgeStampMax && datedItem(text))
			if !subheading(r, b) && !item && !underHeading(r, heading, i) && headLine(b, text) && !edgeSentence(text) {
				whys[i] = &reasonEdge
			}
		case i < lead && b.end-b.start < edgeStampMax && datedItem(text) && !edgeSentence(text):
			// a time stamp between a standfirst and the story
			whys[i] = &reasonEdge
		case i > last:
			if !plainItem(r, b) && !storyListItem(r, b, r.blocks[last]) && !closingLine(r, i, last) && (b.end-b.start < edgeTailMax || linkDensity(b) > edgeTailLinks) && !edgeSentence(text) {
				whys[i] = &reasonEdge
			}
		}
	}
}

// storyBoxShare: share of the kept prose an element must hold to be the
// box the story's paragraphs sit in.
const storyBoxShare = 0.8

// storyLead returns the first kept paragraph of prose inside the story's
// box, the deepest element holding storyBoxShare of the kept prose (-1:
// none). A standfirst in the page's header comes before it.
func storyLead(r *rendered, whys []*reason) int {
	sum := make([]int, len(r.elems))
	total := 0
	for i, b := range r.blocks {
		if whys[i] == nil && b.owner >= 0 && isProse(r, b) {
			sum[b.owner] += b.end - b.start
			total += b.end - b.start
		}
	}
	if total == 0 {
		return -1
	}
	for i := len(r.elems) - 1; i > 0; i-- {
		if p := r.elems[i].parent; p >= 0 {
			sum[p] += sum[i]
		}
	}
	// the elements holding that much form one chain from the root down:
	// the deepest comes last in document order
	box := int32(-1)
	for i := len(r.elems) - 1; i >= 0; i-- {
		if float64(sum[i]) >= storyBoxShare*float64(total) {
			box = int32(i)
			break
		}
	}
	for i, b := range r.blocks {
		if whys[i] == nil && b.owner >= 0 && isProse(r, b) && within(r, b.owner, box) {
			return i
		}
	}
	return -1
}

// headLine reports whether a line above the first paragraph is short
// enough to be a label, or a dated line short enough to be a time stamp or
// byline ("By Erin Cunningham March 18 at 3:57 PM", "postado em 04/05/2022
// 05:49 / atualizado em 04/05/2022 05:50").
func headLine(b block, text string) bool {
	n := b.end - b.start
	return n < edgeHeadMax || n < edgeStampMax && dateShaped(text)
}

// stampDigitWords: share of a dated list item's words that hold digits
// ("Nov 18, 2019 at 9:24 pm ET • 2 min read"); an agenda item "Minutes of
// the board meeting of 5.8.2019 accepted" is mostly words.
const stampDigitWords = 0.25

// datedItem reports whether a list item is a date or time stamp: date
// shaped, with a year of this or the last century or a clock time ("1200 g
// whole chicken" is not), and many of its words numbers.
func datedItem(text string) bool {
	if !dateShaped(text) {
		return false
	}
	fields := strings.Fields(text)
	digits, when := 0, false
	for _, w := range fields {
		if !strings.ContainsFunc(w, unicode.IsDigit) {
			continue
		}
		digits++
		when = when || strings.Contains(w, ":") || words.HasYear(w)
	}
	return when && float64(digits) >= stampDigitWords*float64(len(fields))
}

// underHeading reports whether block i sits under kept subheading h among
// its siblings, every block between them a sibling too: a results table
// set as short paragraphs ("Palm Bay d. Rockledge 70-44") under "GIRLS
// BASKETBALL" is the story's first section, not a dateline above it.
func underHeading(r *rendered, h, i int) bool {
	if h < 0 {
		return false
	}
	p := r.elems[r.blocks[h].owner].parent
	for j := h + 1; j <= i; j++ {
		if o := r.blocks[j].owner; o < 0 || r.elems[o].parent != p {
			return false
		}
	}
	return true
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
		if b.end-b.start < boxTitleMax && !edgeSentence(r.text[b.start:b.end]) && !headsSection(r, whys, i) {
			whys[i] = next
		}
	}
}

var reasonCallToAction = reason{"edge", "box after the story: a prompt and its button (\"Ready to get started?\" + \"Get free trial\")"}

// dropCallsToAction removes, after the story's last paragraph, the short
// lines of a box that ends in a removed link (its button): "Ready to get
// started?", "See what your team could do …", "Get free trial". Such
// prompts read as closing sentences, but the box holding them and the
// button lies wholly after the story; a credit line above "Read more:"
// inside the story's own container stays.
func dropCallsToAction(r *rendered, whys []*reason) {
	last := -1
	for i, w := range whys {
		if w == nil && isProse(r, r.blocks[i]) {
			last = i
		}
	}
	if last < 0 {
		return
	}
	// backward, so that the prompt above the button's description goes too
	for i := len(whys) - 2; i > last; i-- {
		next := whys[i+1]
		b := r.blocks[i]
		if whys[i] != nil || next == nil || !(linkBox(next) || next == &reasonCallToAction) || b.end-b.start >= edgeTailMax {
			continue
		}
		if tableRow(r, b) || plainItem(r, b) {
			continue // data and list items, as at the edges
		}
		box := commonAncestor(r, b.owner, r.blocks[i+1].owner)
		if box >= 0 && !within(r, r.blocks[last].owner, box) {
			whys[i] = &reasonCallToAction
		}
	}
}

// commonAncestor returns the innermost element holding both a and b.
func commonAncestor(r *rendered, a, b int32) int32 {
	for a >= 0 && b >= 0 && a != b {
		if a > b {
			a = r.elems[a].parent
		} else {
			b = r.elems[b].parent
		}
	}
	if a < 0 || b < 0 {
		return -1
	}
	return a
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

// headsSection reports whether subheading i heads story text that one
// line of links interrupts ("Main article: …", "See also: …"): the line
// opens with words, not with a teaser's linked headline, and the
// paragraph after it is kept prose beside the heading, so the heading is
// the section's, not the title of a box.
func headsSection(r *rendered, whys []*reason, i int) bool {
	j := i + 2
	if !subheading(r, r.blocks[i]) || j >= len(whys) || whys[j] != nil || r.blocks[i+1].linkFirst {
		return false
	}
	h, p := r.blocks[i], r.blocks[j]
	return isProse(r, p) && p.owner >= 0 && r.elems[p.owner].parent == r.elems[h.owner].parent
}

func linkBox(why *reason) bool {
	return why == &reasonLinks || why == &reasonTeaser || why.rule == "related"
}

// edgeSentence reports whether a short line at the article's edge reads
// as a closing sentence. "Read more:", "Already read?" and "Share now!"
// end in punctuation too, but are the titles of what follows.
func edgeSentence(text string) bool {
	if !sentence(text) {
		// Chinese and Japanese blogs break lines without closing them
		return unspacedLine(text)
	}
	spaces := strings.Count(text, " ")
	switch {
	case strings.ContainsFunc(text, unspaced):
		return true // Chinese, Japanese: no spaces to count words by
	case strings.HasSuffix(text, ":"):
		return spaces >= edgeColonWords-1
	}
	return spaces >= edgeSentenceWords-1
}

// unspacedLine reports whether a line is mostly a long run of Chinese,
// Japanese or Thai text, which reads as prose without punctuation.
func unspacedLine(text string) bool {
	n, all := 0, 0
	for _, r := range text {
		all++
		if unspaced(r) {
			n++
		}
	}
	return n >= edgeUnspacedRunes && 2*n >= all
}

func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

// closingLine reports whether the block right after the last paragraph
// is one more unlinked paragraph among the story's own paragraphs: a
// source line or sign-off ("Press release No. 48/22 of …") that the
// publisher set as text, not a byline box beside it.
func closingLine(r *rendered, i, last int) bool {
	b, l := r.blocks[i], r.blocks[last]
	if i != last+1 || b.link > 0 || b.owner < 0 || l.owner < 0 {
		return false
	}
	e, le := &r.elems[b.owner], &r.elems[l.owner]
	return e.node.DataAtom == atom.P && le.node.DataAtom == atom.P && e.parent == le.parent
}

// listing reports whether a block is a <pre> beside the story's
// paragraphs (same parent as the first or last prose block): a command
// or code listing; a <pre> in a box of its own is a contact card.
func listing(r *rendered, b block, first, last int) bool {
	e := &r.elems[b.owner]
	if e.node.DataAtom != atom.Pre {
		return false
	}
	for _, p := range [2]int{first, last} {
		if o := r.blocks[p].owner; o >= 0 && r.elems[o].parent == e.parent {
			return true
		}
	}
	return false
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
// are inline, so the row owns the text), or one cell of a row of several
// cells (a cell holding a block element owns its text): a table inside
// the story keeps all its rows, linked names and short figures included.
// A table whose rows are all one cell wide is page layout ("Loading…"
// boxed in a player's table), not data.
func tableRow(r *rendered, b block) bool {
	if b.owner < 0 {
		return false
	}
	e := &r.elems[b.owner]
	switch e.node.DataAtom {
	case atom.Tr:
		for row := e.node.Parent.FirstChild; row != nil; row = row.NextSibling {
			if row.DataAtom == atom.Tr && cells(row) >= 2 {
				return true
			}
		}
	case atom.Td, atom.Th:
		cells := 0
		for c := e.node.Parent.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && hasLetter(c) {
				cells++
			}
		}
		return cells >= 2
	}
	return false
}

func subheading(r *rendered, b block) bool {
	switch r.elems[b.owner].node.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

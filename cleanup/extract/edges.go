package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
			if !subheading(r, b) && !plainItem(r, b) && !underHeading(r, heading, i) && b.end-b.start < edgeHeadMax && !edgeSentence(text) {
				whys[i] = &reasonEdge
			}
		case i > last:
			if !plainItem(r, b) && !storyListItem(r, b, r.blocks[last]) && !closingLine(r, i, last) && (b.end-b.start < edgeTailMax || linkDensity(b) > edgeTailLinks) && !edgeSentence(text) {
				whys[i] = &reasonEdge
			}
		}
	}
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
func tableRow(r *rendered, b block) bool {
	if b.owner < 0 {
		return false
	}
	e := &r.elems[b.owner]
	switch e.node.DataAtom {
	case atom.Tr:
		return true
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

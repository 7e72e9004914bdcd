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
			if !subheading(r, b) && !plainItem(r, b) && b.end-b.start < edgeHeadMax && !edgeSentence(text) {
				whys[i] = &reasonEdge
			}
		case i > last:
			if !plainItem(r, b) && !closingLine(r, i, last) && (b.end-b.start < edgeTailMax || linkDensity(b) > edgeTailLinks) && !edgeSentence(text) {
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
		if b.end-b.start < boxTitleMax && !edgeSentence(r.text[b.start:b.end]) {
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

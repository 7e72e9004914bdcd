package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// elem is one element of the page, numbered in document order so that a
// parent always comes before its children; the totals cover its subtree.
type elem struct {
	node   *html.Node
	parent int32
	text   int // bytes of rendered text in the subtree
	link   int // of which inside links
	blocks int
	// from, to: the byte span of the rendered text written while the
	// element was open (an inline element's text lies inside one block)
	from, to int32
}

// block is one paragraph of the rendered page.
type block struct {
	start, end int   // byte span in the rendered text
	owner      int32 // innermost block element holding the text
	link       int   // bytes inside <a>
	linkFirst  bool  // the block opens with link text (a teaser headline)
}

// rendered is a page as text plus the structure extraction needs.
type rendered struct {
	text   string
	blocks []block
	elems  []elem
	// metaNodes are the elements read for metadata (meta, link, title,
	// time, JSON-LD scripts, html), in document order.
	metaNodes []*html.Node
}

// walker renders blocks straight into one buffer; a block separator is
// written only when the next block turns out to have text.
type walker struct {
	buf    bytes.Buffer
	r      *rendered
	owners []int32 // open block elements
	open   bool    // a block has text in buf
	start  int
	link   int
	// linkFirst: the open block began inside a link
	linkFirst bool
	inLink    int
	inPre     int
	// pending separators before the next word, strongest first
	nl, sep, sp bool
	indent      []byte // blanks waiting inside <pre>
	// templates: read the article markup of an articleBody template
	// (extraction only; plain rendering shows what the page shows)
	templates bool
	prefix    string // list marker for the next block
	marker    int    // length of the marker the open block starts with
}

func render(doc *html.Node, templates bool) *rendered {
	r := &rendered{}
	w := &walker{r: r, templates: templates}
	w.buf.Grow(4096)
	w.walk(doc, -1)
	w.flush()
	r.text = w.buf.String()
	// children come after parents, so one backward sweep sums subtrees
	for i := len(r.elems) - 1; i > 0; i-- {
		if p := r.elems[i].parent; p >= 0 {
			r.elems[p].text += r.elems[i].text
			r.elems[p].link += r.elems[i].link
			r.elems[p].blocks += r.elems[i].blocks
		}
	}
	return r
}

func (w *walker) walk(n *html.Node, parent int32) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, parent)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	a := n.DataAtom
	w.r.noteMeta(n)
	if a == atom.Head {
		w.r.headMeta(n)
	}
	if skipped(n) {
		if a == atom.Script && w.templates {
			expandBodyTemplate(n)
		}
		return
	}
	if w.templates && !blockLevel(n) && invisibleInline(n) && besidePicture(n) {
		// extraction reads what a reader sees: a display:none text
		// alternative beside the picture that is shown (a formula's MathML
		// kept for screen readers) would run into the sentence around it
		return
	}
	idx := int32(len(w.r.elems))
	w.r.elems = append(w.r.elems, elem{node: n, parent: parent, from: int32(w.buf.Len())})
	if a == atom.Br {
		w.nl = w.open
		return
	}
	isBlock := blockLevel(n)
	if isBlock {
		w.flush()
		w.owners = append(w.owners, idx)
	}
	switch a {
	case atom.Li, atom.Dd:
		w.prefix = "- "
	case atom.Td, atom.Th:
		w.sep = w.open
	case atom.A:
		w.inLink++
	case atom.Pre, atom.Textarea:
		w.inPre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, idx)
	}
	switch a {
	case atom.A:
		w.inLink--
	case atom.Pre, atom.Textarea:
		w.inPre--
	case atom.Td, atom.Th:
		w.sp = w.open
	}
	if isBlock {
		w.flush()
		w.owners = w.owners[:len(w.owners)-1]
		w.prefix = ""
	}
	w.r.elems[idx].to = int32(w.buf.Len())
}

// noteMeta keeps the elements metadata is read from.
func (r *rendered) noteMeta(n *html.Node) {
	switch n.DataAtom {
	case atom.Meta, atom.Link, atom.Title, atom.Time, atom.Html:
		r.metaNodes = append(r.metaNodes, n)
	case atom.Script:
		if strings.Contains(attr(n, "type"), "ld+json") {
			r.metaNodes = append(r.metaNodes, n)
		}
	}
}

// headMeta collects metadata from <head>, which shows no text.
func (r *rendered) headMeta(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			r.noteMeta(c)
			r.headMeta(c)
		}
	}
}

// skipped elements never show text to a reader.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg,
		atom.Select, atom.Textarea, atom.Iframe, atom.Object, atom.Embed, atom.Canvas,
		atom.Video, atom.Audio, atom.Input, atom.Button, atom.Title, atom.Meta, atom.Link,
		atom.Annotation, atom.AnnotationXml, // MathML's TeX source beside the formula
		// ruby annotations: the reading set above a word (Japanese
		// furigana), which run into the word itself on one line of text
		atom.Rt, atom.Rp:
		return true
	}
	return false
}

// invisibleInline reports whether an element is styled out of view
// (display:none, visibility:hidden, the hidden attribute); aria-hidden
// text is still shown.
func invisibleInline(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if hidingStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// besidePicture reports whether an element has an <img> sibling.
func besidePicture(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Img {
			return true
		}
	}
	return false
}

func blockLevel(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Caption,
		atom.Section, atom.Article, atom.Header, atom.Footer, atom.Nav, atom.Aside,
		atom.Main, atom.Figure, atom.Figcaption, atom.Form, atom.Fieldset, atom.Legend,
		atom.Hr, atom.Address, atom.Details, atom.Summary, atom.Body, atom.Html,
		atom.Center, atom.Menu, atom.Dialog, atom.Hgroup, atom.Picture:
		return true
	case atom.Td, atom.Th:
		// a layout cell holding paragraphs is a block; a data cell is not
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom != atom.Td && blockLevel(c) {
				return true
			}
		}
	}
	return false
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// text adds a text node, collapsing whitespace (kept line by line in <pre>).
func (w *walker) text(s string) {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	for i := 0; i < len(s); {
		c := s[i]
		if isSpace(c) {
			switch {
			case w.inPre == 0:
				w.sp = w.open
			case c == '\n':
				w.nl, w.indent = w.open, w.indent[:0]
			case c != '\r' && w.open:
				w.indent = append(w.indent, c)
			}
			i++
			continue
		}
		j := i + 1
		for j < len(s) && !isSpace(s[j]) {
			j++
		}
		w.word(s[i:j])
		i = j
	}
}

func (w *walker) word(s string) {
	if !w.open {
		if w.buf.Len() > 0 {
			w.buf.WriteString("\n\n")
		}
		w.start = w.buf.Len()
		w.open = true
		w.linkFirst = w.inLink > 0
		w.buf.WriteString(w.prefix)
		w.marker = len(w.prefix)
		w.prefix = ""
	} else {
		switch {
		case w.nl:
			w.buf.WriteByte('\n')
			w.buf.Write(w.indent)
		case len(w.indent) > 0:
			w.buf.Write(w.indent)
		case w.sep:
			w.buf.WriteString(" | ")
		case w.sp:
			w.buf.WriteByte(' ')
		}
	}
	w.nl, w.sep, w.sp = false, false, false
	w.indent = w.indent[:0]
	w.buf.WriteString(s)
	if w.inLink > 0 {
		w.link += len(s)
	}
}

// flush closes the open block. Unicode blanks (no-break, zero-width …) at
// its edges are trimmed, and a block of nothing else is taken back out.
func (w *walker) flush() {
	w.nl, w.sep, w.sp = false, false, false
	if !w.open {
		return
	}
	w.open = false
	text := w.buf.Bytes()[w.start+w.marker:]
	if trimmed := bytes.TrimFunc(text, invisible); len(trimmed) != len(text) {
		keep := append([]byte(nil), trimmed...)
		w.buf.Truncate(w.start + w.marker)
		w.buf.Write(keep)
		if w.link > len(keep) {
			w.link = len(keep)
		}
	}
	body := w.buf.Bytes()[w.start:]
	if len(body) == w.marker {
		cut := w.start
		if cut > 0 {
			cut -= 2
		}
		w.buf.Truncate(cut)
		w.link = 0
		return
	}
	owner := int32(-1)
	if len(w.owners) > 0 {
		owner = w.owners[len(w.owners)-1]
		e := &w.r.elems[owner]
		e.text += len(body)
		e.link += w.link
		e.blocks++
	}
	w.r.blocks = append(w.r.blocks, block{start: w.start, end: w.buf.Len(), owner: owner, link: w.link, linkFirst: w.linkFirst})
	w.link = 0
}

func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

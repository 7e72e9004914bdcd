package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// classAndID is what an element's own names say, for the vocabulary: its
// class and id, without an id that only repeats its heading.
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

// Package extract turns an HTML page into an article: the whole page as
// text in reading order, plus removal changes for what is not the article.
package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/copydesk/copydesk/cleanup"
)

// Page renders UTF-8 HTML as an article whose Original is the page text,
// one paragraph per block. (First cut: no boilerplate removal yet.)
func Page(src []byte, source string) (*cleanup.Article, error) {
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return nil, err
	}
	var blocks []string
	var cur strings.Builder
	var title string
	flush := func() {
		t := strings.Join(strings.Fields(cur.String()), " ")
		if t != "" {
			blocks = append(blocks, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				return
			case atom.Title:
				if n.FirstChild != nil && title == "" {
					title = strings.TrimSpace(n.FirstChild.Data)
				}
				return
			case atom.Br:
				cur.WriteByte(' ')
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(n.DataAtom)
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(doc)
	flush()
	a := cleanup.NewArticle(source, strings.Join(blocks, "\n\n"))
	a.Title = title
	a.Format = "html"
	return a, nil
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Blockquote, atom.Pre, atom.Table, atom.Tr,
		atom.Section, atom.Article, atom.Header, atom.Footer, atom.Nav, atom.Aside,
		atom.Main, atom.Figure, atom.Figcaption, atom.Form, atom.Dl, atom.Dt, atom.Dd,
		atom.Hr, atom.Address, atom.Td, atom.Th, atom.Body:
		return true
	}
	return false
}

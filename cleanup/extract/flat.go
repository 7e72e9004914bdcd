package extract

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flatDocument rebuilds a page the parser refused (x/net/html stops at 512
// open elements) as a flat body of paragraphs: the text survives, in order,
// with a paragraph break wherever a block element opened or closed. Tokens
// are read one by one, so this stays linear however deep the nesting.
func flatDocument(src []byte) *html.Node {
	doc := &html.Node{Type: html.DocumentNode}
	root := &html.Node{Type: html.ElementNode, Data: "html", DataAtom: atom.Html}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	doc.AppendChild(root)
	root.AppendChild(body)
	var para *html.Node
	skip := 0 // inside script, style and the like
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return doc // io.EOF, or a read error on an in-memory page: none
		}
		name, _ := z.TagName()
		a := atom.Lookup(name)
		el := &html.Node{Type: html.ElementNode, DataAtom: a, Data: string(name)}
		switch tt {
		case html.StartTagToken, html.EndTagToken:
			if skipped(el) && a != atom.Br && a != atom.Input && a != atom.Meta && a != atom.Link {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
				continue
			}
			if blockLevel(el) {
				para = nil
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			if para == nil {
				para = &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
				body.AppendChild(para)
			}
			para.AppendChild(&html.Node{Type: html.TextNode, Data: string(z.Text())})
		}
	}
}

package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// expandBodyTemplate splices in the article markup a page ships inside a
// client-side template: Blogger-style blogs put the whole post in a
// <script type="text/template"> directly inside the container they mark
// itemprop="articleBody", and fill it in with JavaScript. Only a template
// whose parent the publisher marks as the article body is read; other
// templates (widgets, comment forms) stay unseen. The parsed nodes are
// inserted after the script, so the walk reaches them next.
func expandBodyTemplate(n *html.Node) {
	p := n.Parent
	if p == nil || n.FirstChild == nil || n.FirstChild.Type != html.TextNode ||
		!strings.EqualFold(strings.TrimSpace(attr(n, "type")), "text/template") ||
		attr(p, "itemprop") != "articleBody" {
		return
	}
	nodes, err := html.ParseFragment(strings.NewReader(n.FirstChild.Data), p)
	if err != nil {
		return
	}
	next := n.NextSibling
	for _, c := range nodes {
		p.InsertBefore(c, next)
	}
}

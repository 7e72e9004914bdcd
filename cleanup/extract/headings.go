package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkedSection reports whether a linked subheading inside the body heads
// a section of the story rather than another story: its links point into
// the page itself (a permalink, "#section") or off the site (the product
// or project the section is about). A teaser's headline links to another
// article of the same site.
func linkedSection(r *rendered, b block, host string) bool {
	if !subheading(r, b) {
		return false
	}
	seen := false
	ok := true
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if !ok {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			seen = true
			ok = pointsAway(attr(n, "href"), host)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(r.elems[b.owner].node)
	return seen && ok
}

// pointsAway reports whether a link leads into the page itself or to
// another site than host (the page's own, "" when unknown).
func pointsAway(href, host string) bool {
	href = strings.TrimSpace(href)
	if strings.HasPrefix(href, "#") {
		return true
	}
	if host == "" {
		return false
	}
	u, err := url.Parse(href)
	if err != nil || u.Host == "" {
		return false
	}
	return hostOf(u.Host) != host
}

// hostOf is a host name without case, port or "www.".
func hostOf(h string) string {
	h = strings.ToLower(h)
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[i:], "]") {
		h = h[:i]
	}
	return strings.TrimPrefix(h, "www.")
}

// pageHost is the host of the page's own URL, "" when it gives none.
func pageHost(m *pageMeta) string {
	u, err := url.Parse(m.url)
	if err != nil || u.Host == "" {
		return ""
	}
	return hostOf(u.Host)
}

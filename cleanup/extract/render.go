// Package extract turns an HTML page into an article: the whole page as
// text in reading order, plus removal changes for what is not the article.
package extract

import (
	"bytes"
	"strings"
	"sync"

	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/cleanup"
)

// Page renders UTF-8 HTML as an article whose Original is the page text,
// one paragraph per block, and records removal changes for every block
// that is not the article body. Metadata (title, url, date, byline,
// language) goes into the article's fields.
func Page(src []byte, source string) (*cleanup.Article, error) {
	return PageWith(src, source, Options{Sites: shippedSites()})
}

var shippedSites = sync.OnceValue(func() *SiteRules {
	rs, err := DefaultSiteRules()
	if err != nil {
		// the file is embedded: a broken one is a build mistake
		panic(err)
	}
	return rs
})

// Options tune extraction beyond the defaults.
type Options struct {
	// Sites holds per-host selectors to drop or keep; nil means none.
	Sites *SiteRules
	// RenderOnly skips extraction: the article has no changes.
	RenderOnly bool
}

// PageWith is Page with options.
func PageWith(src []byte, source string, opt Options) (*cleanup.Article, error) {
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		// nesting too deep for the parser: keep the text, lose the structure
		doc = flatDocument(src)
	}
	r := render(doc, !opt.RenderOnly)
	a := cleanup.NewArticle(source, r.text)
	a.Format = "html"
	meta := readMeta(r.metaNodes)
	if opt.RenderOnly {
		meta.apply(a, headlineText{})
		return a, nil
	}
	var rules []siteRule
	if opt.Sites != nil {
		rules = opt.Sites.forURL(meta.url)
	}
	changes, headline := classify(r, meta, rules)
	meta.apply(a, headline)
	for _, c := range changes {
		if _, err := a.Add(c); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// Text renders HTML to plain text blocks without extraction, for callers
// that only want readable text (e.g. an HTML field inside a JSON feed).
func Text(src string) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		doc = flatDocument([]byte(src))
	}
	return render(doc, false).text
}

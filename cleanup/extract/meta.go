package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/copydesk/copydesk/cleanup"
)

// pageMeta is what the page says about itself, strongest source first:
// JSON-LD, then Open Graph/Twitter/article meta, then plain HTML.
type pageMeta struct {
	title, docTitle, url, date, author, lang, site, description string
	// articleBody is the JSON-LD text of the article, used as a content
	// signal; it is not copied into the article.
	articleBody string
	// liveBlog: the page is a live blog, whose timed entries are the story
	liveBlog bool
}

func readMeta(nodes []*html.Node) *pageMeta {
	m := &pageMeta{}
	set := func(dst *string, v string) {
		if *dst == "" {
			if strings.Contains(v, "&") {
				// CMSs often escape twice: the parser leaves "&#8216;"
				v = html.UnescapeString(v)
			}
			*dst = strings.Join(strings.Fields(v), " ")
		}
	}
	// JSON-LD first, since it is the most deliberate
	for _, n := range nodes {
		if n.DataAtom == atom.Script && n.FirstChild != nil {
			m.jsonLD(n.FirstChild.Data, set)
		}
	}
	for _, n := range nodes {
		switch n.DataAtom {
		case atom.Html:
			set(&m.lang, attr(n, "lang"))
		case atom.Title:
			if n.FirstChild != nil {
				set(&m.docTitle, n.FirstChild.Data)
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				set(&m.url, attr(n, "href"))
			}
		case atom.Time:
			set(&m.date, attr(n, "datetime"))
		case atom.Meta:
			key := strings.ToLower(attr(n, "property"))
			if key == "" {
				key = strings.ToLower(attr(n, "name"))
			}
			if key == "" {
				key = strings.ToLower(attr(n, "http-equiv"))
			}
			v := attr(n, "content")
			switch key {
			case "og:title", "twitter:title":
				set(&m.title, v)
			case "og:url":
				set(&m.url, v)
			case "article:published_time", "og:article:published_time", "date", "pubdate",
				"publishdate", "dc.date", "dcterms.date", "parsely-pub-date", "sailthru.date":
				set(&m.date, v)
			case "author", "article:author", "dc.creator", "parsely-author", "byl":
				if !strings.HasPrefix(v, "http") {
					set(&m.author, v)
				}
			case "og:site_name":
				set(&m.site, v)
			case "description", "og:description":
				set(&m.description, v)
			case "og:locale", "content-language", "language", "dc.language":
				set(&m.lang, v)
			}
		}
	}
	return m
}

// jsonLD reads an article object out of one JSON-LD script; broken JSON is
// common on real pages and is ignored.
func (m *pageMeta) jsonLD(src string, set func(*string, string)) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, x := range t {
				visit(x, depth+1)
			}
		case map[string]any:
			if isType(t["@type"], "LiveBlogPosting") {
				m.liveBlog = true
			}
			if isArticleType(t["@type"]) {
				set(&m.title, str(t["headline"]))
				set(&m.date, str(t["datePublished"]))
				set(&m.author, personName(t["author"]))
				set(&m.lang, str(t["inLanguage"]))
				set(&m.url, str(t["url"]))
				if m.articleBody == "" {
					m.articleBody = str(t["articleBody"])
				}
			}
			if g, ok := t["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		return strings.HasSuffix(v, "Article") || v == "BlogPosting" || v == "Report" || v == "LiveBlogPosting"
	case []any:
		for _, x := range v {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

// isType reports whether a JSON-LD @type is or lists want.
func isType(t any, want string) bool {
	switch v := t.(type) {
	case string:
		return v == want
	case []any:
		for _, x := range v {
			if isType(x, want) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func personName(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		return str(t["name"])
	case []any:
		var names []string
		for _, x := range t {
			if n := personName(x); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// apply copies the metadata into the article. The title is the page's
// headline when it stays in the text (so that the title and the text's
// first line are one and get the same fixes), else the meta title, the
// headline block, the document title.
func (m *pageMeta) apply(a *cleanup.Article, h headlineText) {
	a.Title = firstNonEmpty(m.title, h.text, m.docTitle)
	if h.inText {
		a.Title = h.text
	}
	a.URL = m.url
	for k, v := range map[string]string{
		"date": m.date, "author": m.author, "byline": m.author, "language": m.lang,
		"site": m.site, "description": m.description,
	} {
		if v != "" {
			a.Meta[k] = v
		}
	}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

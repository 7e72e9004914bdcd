package export

import (
	"cmp"
	_ "embed"
	"html/template"
	"io"
	"regexp"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

//go:embed page.html.tmpl
var pageSource string

// page is parsed with html/template, which escapes every value for its
// context: scraped markup comes out as text and unsafe URLs as "#ZgotmplZ".
var page = template.Must(template.New("page").Parse(pageSource))

type pageHead struct {
	Lang  string
	Title string
}

type pageArticle struct {
	Lang, Title, Source, Date, URL string
	Paragraphs                     [][]string
}

// langTag accepts the shape of a BCP 47 tag; anything else is dropped
// rather than put in an attribute.
var langTag = regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)

// articleLang reads Meta["lang"], or Meta["language"] as the loader
// names it.
func articleLang(a *cleanup.Article) string {
	if l := cmp.Or(a.Meta["lang"], a.Meta["language"]); langTag.MatchString(l) {
		return l
	}
	return ""
}

// htmlBatch writes one page: the head when created, an <article> per
// article, the foot on close.
type htmlBatch struct{ w io.Writer }

func newHTMLBatch(w io.Writer, h batchHead) (*htmlBatch, error) {
	return &htmlBatch{w}, page.ExecuteTemplate(w, "head", pageHead{Lang: h.lang, Title: h.title})
}

func (b *htmlBatch) article(a *cleanup.Article) error {
	return page.ExecuteTemplate(b.w, "article", pageArticle{
		Lang: articleLang(a), Title: valid(a.Title), Source: sourceName(a),
		Date: valid(a.Meta["date"]), URL: valid(a.URL), Paragraphs: bodyParagraphs(a),
	})
}

func (b *htmlBatch) close() error { return page.ExecuteTemplate(b.w, "foot", nil) }

// valid repairs metadata that came in as broken UTF-8; html/template
// would pass the bad bytes through.
func valid(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// paragraphs splits text at blank lines; the lines of one paragraph are
// kept apart so they can be joined with <br>.
// bodyParagraphs is the cleaned text as paragraphs, without a first
// paragraph that only repeats the title: pages and documents already show
// the title as their heading.
func bodyParagraphs(a *cleanup.Article) [][]string {
	ps := paragraphs(a.Cleaned())
	if len(ps) > 1 && len(ps[0]) == 1 && strings.TrimSpace(ps[0][0]) == strings.TrimSpace(a.Title) {
		return ps[1:]
	}
	return ps
}

func paragraphs(text string) [][]string {
	var out [][]string
	var cur []string
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" {
			if cur != nil {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

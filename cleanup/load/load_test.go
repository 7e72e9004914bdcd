package load

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// art is what a test expects of one loaded article.
type art struct {
	source, format string
	title          string            // "" is not checked; none wants no title
	text           string            // a substring of Original
	meta           map[string]string // expected values; "" means absent
	url            string
}

const (
	td   = "testdata/"
	none = "(none)" // an empty title is expected
)

var loadTests = []struct {
	name  string
	paths []string
	from  string
	arts  []art
	errs  []string // substrings of the errors, in order
}{
	{name: "headline", paths: []string{td + "text/headline.txt"},
		arts: []art{{source: td + "text/headline.txt", format: "txt", title: "Ceasefire talks resume in Geneva", text: "Delegations met"}}},
	{name: "no headline", paths: []string{td + "text/no-headline.txt"},
		arts: []art{{format: "txt", title: none, text: "next round"}}},
	{name: "one line is no title", paths: []string{td + "text/one-line.txt"},
		arts: []art{{format: "txt", title: none, text: "One line, no title."}}},
	{name: "crlf", paths: []string{td + "text/crlf.txt"},
		arts: []art{{format: "txt", title: "Ceasefire talks resume in Geneva", text: "\r\n\r\nDelegations"}}},
	{name: "utf-8 bom dropped", paths: []string{td + "text/utf8-bom.txt"},
		arts: []art{{format: "txt", title: "Ceasefire talks resume in Geneva", meta: map[string]string{"warning": ""}}}},
	{name: "bad utf-8 repaired", paths: []string{td + "text/bad-utf8.txt"},
		arts: []art{{format: "txt", title: "Kyiv talks — day two", text: "minister\uFFFD said", meta: map[string]string{"warning": "2 bad bytes replaced with U+FFFD", "charset": ""}}}},
	{name: "markdown front matter", paths: []string{td + "text/front-matter.md"},
		arts: []art{{format: "md", title: "Talks resume in Geneva", text: "---\ntitle:", meta: map[string]string{"date": "2024-03-05", "author": "Staff reporter", "language": "en"}}}},
	{name: "markdown heading", paths: []string{td + "text/heading.markdown"},
		arts: []art{{format: "md", title: "Talks resume in Geneva", text: "# Talks"}}},
	{name: "html", paths: []string{td + "html/plain.html", td + "html/page.htm"},
		arts: []art{
			{source: td + "html/plain.html", format: "html", title: "Talks resume in Geneva", text: "“Progress,” said the envoy — quietly."},
			{source: td + "html/page.htm", format: "html", title: "Talks resume in Geneva"}}},
	{name: "html gzip", paths: []string{td + "html/plain.html.gz"},
		arts: []art{{source: td + "html/plain.html.gz", format: "html", text: "the envoy"}}},
	{name: "sniffed html", paths: []string{td + "html/sniffed"},
		arts: []art{{format: "html", text: "found by sniffing."}}},
	{name: "from overrides", paths: []string{td + "html/plain.html"}, from: "txt",
		arts: []art{{format: "txt", text: "<title>"}}},
	{name: "bad from", paths: []string{td + "html/plain.html"}, from: "pdf",
		errs: []string{`unknown input format "pdf"`}},
	{name: "json object", paths: []string{td + "json/object.json"},
		arts: []art{{source: td + "json/object.json", format: "json", title: "Talks resume in Geneva", url: "https://example.org/geneva",
			text: "Delegations met on Tuesday. The next round", meta: map[string]string{"date": "2024-03-05T10:00:00Z", "author": "Staff Reporter", "language": "en"}}}},
	{name: "json array", paths: []string{td + "json/array.json"},
		arts: []art{
			{source: td + "json/array.json#1", title: "First", text: "first article"},
			{source: td + "json/array.json#2", title: "Second", meta: map[string]string{"author": "A. Writer, B. Editor"}},
			{source: td + "json/array.json#5", title: "Fourth", text: "fourth article"}},
		errs: []string{
			"json/array.json: item 3: no article text: fields are id, tags, title; want one of text, content, body, articleBody",
			"json/array.json: item 4: not a JSON object (it is a JSON string)"}},
	{name: "json wrapper", paths: []string{td + "json/wrapper.json"},
		arts: []art{{source: td + "json/wrapper.json#1", title: "Wrapped one"}, {source: td + "json/wrapper.json#2", title: "Wrapped two"}}},
	{name: "json nested wrapper", paths: []string{td + "json/nested-wrapper.json"},
		arts: []art{{source: td + "json/nested-wrapper.json#1", title: "Nested", text: "Nested body."}}},
	{name: "json wordpress", paths: []string{td + "json/wordpress.json"},
		arts: []art{{title: "Talks resume in Geneva", url: "https://example.org/?p=42", text: "Delegations met on Tuesday.\n\nThe next round", meta: map[string]string{"date": "2024-03-05T10:00:00"}}}},
	{name: "json longest body", paths: []string{td + "json/longest-body.json"},
		arts: []art{{title: "T", text: "The full article text"}}},
	{name: "json unknown fields", paths: []string{td + "json/unknown-fields.json"},
		errs: []string{"json/unknown-fields.json: no article text: fields are headline_en, id, story"}},
	{name: "json empty body", paths: []string{td + "json/empty-body.json"},
		errs: []string{`no article text: field "text" is empty`}},
	{name: "json scalar", paths: []string{td + "json/scalar.json"},
		errs: []string{"JSON holds a string"}},
	{name: "json truncated", paths: []string{td + "json/truncated.json"},
		arts: []art{{source: td + "json/truncated.json#1", title: "Kept"}},
		errs: []string{"json/truncated.json: item 2: invalid JSON"}},
	{name: "json holding lines", paths: []string{td + "json/lines-in-json.json"},
		arts: []art{{source: td + "json/lines-in-json.json#1", format: "jsonl", title: "A"}, {source: td + "json/lines-in-json.json#2", title: "B"}}},
	{name: "json concatenated", paths: []string{td + "json/concatenated.json"},
		arts: []art{{source: td + "json/concatenated.json#1", format: "json", title: "A"}, {source: td + "json/concatenated.json#2", title: "B"}}},
	{name: "jsonl", paths: []string{td + "jsonl/feed.jsonl"},
		arts: []art{
			{source: td + "jsonl/feed.jsonl#1", format: "jsonl", title: "First", url: "https://example.org/1", meta: map[string]string{"language": "en"}},
			{source: td + "jsonl/feed.jsonl#6", title: "Fifth", text: "Body five.\n\nSecond paragraph.", meta: map[string]string{"author": "Reporter"}},
			{source: td + "jsonl/feed.jsonl#7", title: "Last line without newline"}},
		errs: []string{
			"jsonl/feed.jsonl:2: invalid JSON",
			"jsonl/feed.jsonl:4: no article text: fields are slug, title",
			"jsonl/feed.jsonl:5: not a JSON object (it is an array)"}},
	{name: "jsonl gzip", paths: []string{td + "jsonl/feed.jsonl.gz"},
		arts: []art{{source: td + "jsonl/feed.jsonl.gz#1"}, {source: td + "jsonl/feed.jsonl.gz#6"}, {source: td + "jsonl/feed.jsonl.gz#7"}},
		errs: []string{"feed.jsonl.gz:2:", "feed.jsonl.gz:4:", "feed.jsonl.gz:5:"}},
	{name: "ndjson crlf", paths: []string{td + "jsonl/crlf.ndjson"},
		arts: []art{{source: td + "jsonl/crlf.ndjson#1", title: "CRLF", text: "Body."}, {source: td + "jsonl/crlf.ndjson#2"}}},
	{name: "jsonl bad utf-8", paths: []string{td + "jsonl/bad-utf8.jsonl"},
		arts: []art{{text: "caf\uFFFD and \uFFFD", meta: map[string]string{"warning": "invalid UTF-8"}}}},
	{name: "empty", paths: []string{td + "bad/empty.txt", td + "bad/whitespace.txt"},
		errs: []string{"bad/empty.txt: empty file", "bad/whitespace.txt: empty file"}},
	{name: "binary kinds", paths: []string{td + "bad/image.png", td + "bad/image-named.txt", td + "bad/report.pdf", td + "bad/archive.zip", td + "bad/letter.docx", td + "bad/binary.dat", td + "bad/double.txt.gz"},
		errs: []string{"image.png: not an article: looks like a PNG image", "image-named.txt: not an article: looks like a PNG image",
			"report.pdf: not an article: looks like a PDF document", "archive.zip: not an article: looks like a ZIP archive",
			"letter.docx: not an article: looks like a ZIP archive (or docx", "binary.dat: not an article: looks like binary data",
			"double.txt.gz: not an article: gzip data inside gzip"}},
	{name: "truncated gzip", paths: []string{td + "bad/truncated.html.gz"},
		errs: []string{"bad/truncated.html.gz: truncated gzip data"}},
	{name: "missing", paths: []string{td + "nope.txt", td + "text/headline.txt"},
		arts: []art{{title: "Ceasefire talks resume in Geneva"}},
		errs: []string{"testdata/nope.txt: no such file or directory"}},
	{name: "not a dir", paths: []string{td + "text/headline.txt/x"},
		errs: []string{"testdata/text/headline.txt/x: not a directory"}},
	{name: "newline in name", paths: []string{td + "no\nsuch.txt"},
		errs: []string{`"testdata/no\nsuch.txt": no such file`}},
}

func TestWalk(t *testing.T) {
	for _, tt := range loadTests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []*cleanup.Article
			var errs []error
			Walk(tt.paths, Options{From: tt.from}, func(a *cleanup.Article) { arts = append(arts, a) }, func(err error) { errs = append(errs, err) })
			if len(arts) != len(tt.arts) {
				t.Errorf("%d articles, want %d", len(arts), len(tt.arts))
				for _, a := range arts {
					t.Logf("  %s %q", a.Source, a.Title)
				}
			}
			for i := range min(len(arts), len(tt.arts)) {
				checkArticle(t, arts[i], tt.arts[i])
			}
			if len(errs) != len(tt.errs) {
				t.Errorf("errors %q, want %q", errs, tt.errs)
			}
			for i := range min(len(errs), len(tt.errs)) {
				msg := errs[i].Error()
				if !strings.Contains(msg, tt.errs[i]) {
					t.Errorf("error %q, want it to contain %q", msg, tt.errs[i])
				}
				if strings.Contains(msg, "\n") {
					t.Errorf("error %q spans lines", msg)
				}
			}
		})
	}
}

func checkArticle(t *testing.T, a *cleanup.Article, w art) {
	t.Helper()
	if w.source != "" && a.Source != w.source {
		t.Errorf("source %q, want %q", a.Source, w.source)
	}
	if w.format != "" && a.Format != w.format {
		t.Errorf("%s: format %q, want %q", a.Source, a.Format, w.format)
	}
	if w.title == none && a.Title != "" || w.title != none && w.title != "" && a.Title != w.title {
		t.Errorf("%s: title %q, want %q", a.Source, a.Title, w.title)
	}
	if w.url != "" && a.URL != w.url {
		t.Errorf("%s: url %q, want %q", a.Source, a.URL, w.url)
	}
	if !strings.Contains(a.Original(), w.text) {
		t.Errorf("%s: text %q lacks %q", a.Source, a.Original(), w.text)
	}
	if !utf8.ValidString(a.Original()) {
		t.Errorf("%s: text is not valid UTF-8", a.Source)
	}
	for k, v := range w.meta {
		if got, ok := a.Meta[k]; v == "" && ok || !strings.Contains(got, v) {
			t.Errorf("%s: Meta[%q] = %q, want %q", a.Source, k, got, v)
		}
	}
}

package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/cleanup"
)

// FuzzWrite exports an article whose text, title and one change come from
// the fuzzer, in every format, and checks each output: a docx whose every
// XML part parses, and otherwise valid UTF-8, JSON
// that decodes with the byte-offset contract intact, front matter that
// reads back, and HTML in which no input became markup.
func FuzzWrite(f *testing.F) {
	f.Add("Kiev talks\n\nSome text.", `Kiev "talks"`, 0, 4, "Kyiv")
	f.Add("<script>x</script>\n\nمرحبا", "</title><b>", 3, 9, "")
	f.Add("a\u2028b\x00c\xff", "---\nx: y", 1, 2, "\n")
	f.Fuzz(func(t *testing.T, text, title string, start, end int, repl string) {
		a := cleanup.NewArticle("in/f.txt", text)
		a.Title = title
		a.Meta["lang"] = title
		if utf8.ValidString(repl) {
			a.Add(cleanup.Change{Start: start, End: end, Replacement: repl, Rule: "fuzz", Category: cleanup.CatManual})
		}
		for _, format := range Formats() {
			var out bytes.Buffer
			batch := []*cleanup.Article{a, a}
			if len(text)%2 == 0 { // a single article takes other paths (page title, bare txt)
				batch = batch[:1]
			}
			if err := WriteBatch(&out, format, batch); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if format == DOCX {
				unzipDOCX(t, out.Bytes())
				continue
			}
			if !utf8.Valid(out.Bytes()) {
				t.Fatalf("%s: invalid UTF-8", format)
			}
			switch format {
			case JSON:
				var r Record
				var err error
				if len(batch) == 1 {
					err = json.Unmarshal(out.Bytes(), &r)
				} else {
					var rs []Record
					err = json.Unmarshal(out.Bytes(), &rs)
					r = rs[0]
				}
				if err != nil {
					t.Fatalf("json: %v", err)
				}
				checkRecord(t, r)
			case HTML:
				doc, err := html.Parse(&out)
				if err != nil {
					t.Fatal(err)
				}
				for n := range doc.Descendants() {
					if n.Type == html.ElementNode && (n.Data == "b" || n.Data == "script") {
						t.Fatalf("input became a <%s> element", n.Data)
					}
				}
			}
		}
		var md bytes.Buffer
		Write(&md, MD, a)
		fm, _, _ := strings.Cut(strings.TrimPrefix(md.String(), "---\n"), "\n---\n\n")
		var got map[string]string
		if err := yaml.Unmarshal([]byte(fm), &got); err != nil {
			t.Fatalf("front matter: %v\n%s", err, fm)
		}
		if title != "" && got["title"] != string([]rune(title)) { // one U+FFFD per bad byte
			t.Fatalf("title %q read back as %q", title, got["title"])
		}
	})
}

package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/cleanup"
)

// TestStreamOneWindow: a batch that fits in one window comes out exactly
// as WriteBatch writes it, for a single article too.
func TestStreamOneWindow(t *testing.T) {
	for _, format := range Formats() {
		for _, as := range [][]*cleanup.Article{nil, {sampleArticle(t)}, {sampleArticle(t), secondArticle()}} {
			var want, got bytes.Buffer
			if err := WriteBatch(&want, format, as); err != nil {
				t.Fatal(err)
			}
			s, err := NewStream(&got, format)
			if err != nil {
				t.Fatal(err)
			}
			if len(as) > 0 {
				if err := s.Window(as); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if Binary(format) { // zip times differ; compare the document
				if a, b := unzipDOCX(t, want.Bytes())["word/document.xml"], unzipDOCX(t, got.Bytes())["word/document.xml"]; a != b {
					t.Errorf("%s × %d: stream differs", format, len(as))
				}
			} else if want.String() != got.String() {
				t.Errorf("%s × %d: stream differs:\n%s\nwant\n%s", format, len(as), got.String(), want.String())
			}
		}
	}
}

// subtitle finds the source line under each title of a docx.
var subtitle = regexp.MustCompile(`Subtitle"/></w:pPr><w:r><w:t xml:space="preserve">([^<·]*[^<· ])`)

// TestStreamWindows writes three windows and checks each format holds
// every article in order and still parses.
func TestStreamWindows(t *testing.T) {
	windows := [][]*cleanup.Article{{sampleArticle(t)}, {secondArticle(), hostileArticle()}, {secondArticle()}}
	want := []string{"in/kiev-talks.html", "in/feed.jsonl#2", "in/<svg onload=alert(3)>.html", "in/feed.jsonl#2"}
	for _, format := range Formats() {
		var out bytes.Buffer
		s, err := NewStream(&out, format)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range windows {
			if err := s.Window(w); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		var got []string
		switch format {
		case JSON:
			var rs []Record
			if err := json.Unmarshal(out.Bytes(), &rs); err != nil {
				t.Fatalf("json: %v\n%s", err, out.String())
			}
			for _, r := range rs {
				got = append(got, r.Source)
			}
		case JSONL:
			sc := bufio.NewScanner(&out)
			for sc.Scan() {
				var r Record
				if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
					t.Fatal(err)
				}
				got = append(got, r.Source)
			}
		case HTML:
			doc, err := html.Parse(&out)
			if err != nil {
				t.Fatal(err)
			}
			for n := range doc.Descendants() {
				if n.Type == html.ElementNode && n.Data == "p" && len(n.Attr) > 0 && n.Attr[0].Val == "meta" {
					got = append(got, strings.TrimSuffix(n.FirstChild.Data, " · "))
				}
			}
		case DOCX:
			doc := unzipDOCX(t, out.Bytes())["word/document.xml"]
			for _, m := range subtitle.FindAllStringSubmatch(doc, -1) {
				got = append(got, html.UnescapeString(m[1]))
			}
		default:
			for line := range strings.Lines(out.String()) {
				if src, ok := strings.CutPrefix(line, "==> "); ok {
					got = append(got, strings.TrimSuffix(src, " <==\n"))
				}
			}
		}
		want := want
		if format == HTML || format == DOCX { // published formats name the file, not its folder
			want = []string{"kiev-talks.html", "feed.jsonl#2", "<svg onload=alert(3)>.html", "feed.jsonl#2"}
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: articles %q, want %q", format, got, want)
		}
	}
}

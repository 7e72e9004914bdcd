package pipeline_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/export"
	"github.com/copydesk/copydesk/cleanup/load"
	"github.com/copydesk/copydesk/cleanup/pipeline"
)

// An HTML page's headline is the first line of the cleaned text, gets the
// body's name fixes, and every format prints it exactly once.
func TestHTMLHeadlineInEveryFormat(t *testing.T) {
	var as []*cleanup.Article
	load.Walk([]string{"testdata/headline-kiev.html"}, load.Options{},
		func(a *cleanup.Article) { as = append(as, a) },
		func(err error) { t.Fatal(err) })
	if len(as) != 1 {
		t.Fatalf("loaded %d articles", len(as))
	}
	a := as[0]
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p.CleanBatch(as)
	const fixed = "Talks in Kyiv end without a deal"
	if a.Title != fixed {
		t.Fatalf("title %q, want %q", a.Title, fixed)
	}
	if !strings.HasPrefix(a.Cleaned(), fixed+"\n\nMinisters met in Kyiv") {
		t.Fatalf("cleaned text does not open with the fixed headline:\n%s", a.Cleaned())
	}
	for _, format := range export.Formats() {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := export.Write(&b, format, a); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			switch format {
			case export.DOCX:
				out = docxText(t, b.Bytes())
			case export.JSON, export.JSONL:
				var r export.Record
				if err := json.Unmarshal(b.Bytes(), &r); err != nil {
					t.Fatal(err)
				}
				if r.Title != fixed || !strings.HasPrefix(r.Text, fixed+"\n\n") {
					t.Fatalf("record title %q, text %q", r.Title, clip(r.Text))
				}
				return
			case export.MD:
				// the front matter names the title; the text holds it once
				_, body, _ := strings.Cut(out, "\n---\n")
				if n := strings.Count(body, fixed); n != 1 {
					t.Fatalf("Markdown body prints the headline %d times:\n%s", n, out)
				}
				return
			case export.HTML:
				if n := strings.Count(out, "<h1>"+fixed+"</h1>"); n != 1 {
					t.Fatalf("headline printed as <h1> %d times:\n%s", n, out)
				}
				// once as <title>, once as <h1>, never as a paragraph
				if n := strings.Count(out, fixed); n != 2 {
					t.Fatalf("headline appears %d times:\n%s", n, out)
				}
				return
			}
			if n := strings.Count(out, fixed); n != 1 {
				t.Fatalf("%s prints the headline %d times:\n%s", format, n, out)
			}
			if strings.Contains(out, "Kiev") {
				t.Fatalf("%s still says Kiev:\n%s", format, out)
			}
		})
	}
}

// docxText is the text of a DOCX's word/document.xml with tags dropped.
func docxText(t *testing.T, b []byte) string {
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		x, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		inTag := false
		for _, c := range string(x) {
			switch {
			case c == '<':
				inTag = true
				out.WriteByte(' ')
			case c == '>':
				inTag = false
			case !inTag:
				out.WriteRune(c)
			}
		}
		return out.String()
	}
	t.Fatal("no word/document.xml")
	return ""
}

func clip(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/cleanup/internal/golden"

	"github.com/copydesk/copydesk/cleanup"
)

// docxRequired are the parts a reader needs to open the package.
var docxRequired = []string{
	"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
	"word/document.xml", "word/styles.xml", "docProps/core.xml", "docProps/app.xml",
}

// unzipDOCX opens a docx, checks that the required parts are there and
// that every part is well-formed XML, and returns the parts by name.
func unzipDOCX(t testing.TB, data []byte) map[string]string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("docx is no zip: %v", err)
	}
	parts := map[string]string{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		parts[f.Name] = string(b)
		d := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed XML: %v\n%s", f.Name, err, b)
			}
		}
	}
	for _, name := range docxRequired {
		if _, ok := parts[name]; !ok {
			t.Fatalf("docx lacks %s", name)
		}
	}
	if z.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first part is %s", z.File[0].Name)
	}
	return parts
}

// docxParagraphs reads the text of each <w:p> of document.xml, with line
// breaks as "\n" and tabs as "\t", and whether it is right to left.
func docxParagraphs(t testing.TB, doc string) (texts []string, rtl []bool) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	var cur strings.Builder
	inText := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return texts, rtl
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Space != "http://schemas.openxmlformats.org/wordprocessingml/2006/main" {
				t.Fatalf("foreign element %v in document.xml", tok.Name)
			}
			switch tok.Name.Local {
			case "p":
				cur.Reset()
				rtl = append(rtl, false)
			case "bidi":
				rtl[len(rtl)-1] = true
			case "br":
				cur.WriteString("\n")
			case "tab":
				cur.WriteString("\t")
			case "t":
				inText = true
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "p":
				texts = append(texts, cur.String())
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText {
				cur.Write(tok)
			}
		}
	}
}

func writeDOCX(t testing.TB, as ...*cleanup.Article) map[string]string {
	t.Helper()
	var out bytes.Buffer
	if err := WriteBatch(&out, DOCX, as); err != nil {
		t.Fatal(err)
	}
	return unzipDOCX(t, out.Bytes())
}

// TestDOCXGolden keeps document.xml of the sample article and batch.
func TestDOCXGolden(t *testing.T) {
	tests := []struct {
		name string
		as   []*cleanup.Article
	}{
		{"article.document.xml", []*cleanup.Article{sampleArticle(t)}},
		{"batch.document.xml", []*cleanup.Article{sampleArticle(t), secondArticle()}},
	}
	for _, tt := range tests {
		got := writeDOCX(t, tt.as...)["word/document.xml"]
		goldenPath := filepath.Join("testdata", tt.name)
		golden.Check(t, goldenPath, []byte(got), *update)
	}
}

func TestDOCXText(t *testing.T) {
	got, rtl := docxParagraphs(t, writeDOCX(t, sampleArticle(t), secondArticle())["word/document.xml"])
	want := []string{
		`Kiev talks: "grain" round #2`,
		"kiev-talks.html · 2024-05-06 · https://example.com/news?id=1&lang=en", // the file, not its folder
		"Kyiv talks: «зерно» — grain",
		"Dmytro Kuleba met Igor Klimenko in Kyiv on Monday.\nТалks go on.",
		"feed.jsonl#2", // no title: the source heads the page
		"feed.jsonl#2",
		"Ankara hosts grain talks.\nNo title here",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs\n%q\nwant\n%q", got, want)
	}
	for i, r := range rtl {
		if r {
			t.Errorf("paragraph %q marked right to left", got[i])
		}
	}
}

func TestDOCXCoreProperties(t *testing.T) {
	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return time.Date(2025, 1, 2, 3, 4, 5, 6, time.FixedZone("X", 3600)) }
	tests := []struct {
		name string
		as   []*cleanup.Article
		want []string
	}{
		{"one", []*cleanup.Article{sampleArticle(t)}, []string{
			`<dc:title>Kiev talks: &quot;grain&quot; round #2</dc:title>`, "<dc:creator>Copydesk</dc:creator>",
			"<dc:language>en</dc:language>", ">2024-05-06T00:00:00Z</dcterms:created>", ">2025-01-02T02:04:05Z</dcterms:modified>",
		}},
		{"batch", []*cleanup.Article{sampleArticle(t), secondArticle()}, []string{
			"<dc:title>Copydesk export: 2 articles</dc:title>", "<dc:language>en</dc:language>",
		}},
	}
	for _, tt := range tests {
		core := writeDOCX(t, tt.as...)["docProps/core.xml"]
		for _, w := range tt.want {
			if !strings.Contains(core, w) {
				t.Errorf("%s: core.xml lacks %s:\n%s", tt.name, w, core)
			}
		}
	}
	a := cleanup.NewArticle("in/x.txt", "Text.")
	a.Meta["author"] = "<Jane & Joe>"
	a.Meta["date"] = "last Tuesday"
	core := writeDOCX(t, a)["docProps/core.xml"]
	if !strings.Contains(core, "<dc:creator>&lt;Jane &amp; Joe&gt;</dc:creator>") || strings.Contains(core, "created") {
		t.Errorf("author and unreadable date:\n%s", core)
	}
}

func TestDOCXHostileInput(t *testing.T) {
	a := hostileArticle()
	a.Title += "\x00\x01\x0b\u0085\uFFFE bell\a"
	parts := writeDOCX(t, a)
	got, _ := docxParagraphs(t, parts["word/document.xml"])
	all := strings.Join(got, "\n")
	for _, s := range []string{"<script>alert(1)</script>", `onerror="alert(2)"`, "]]>", "<!-- comment -->", "</title><script>alert(4)</script> bell"} {
		if !strings.Contains(all, s) {
			t.Errorf("%q does not come out as text in\n%s", s, all)
		}
	}
	if !strings.Contains(parts["docProps/core.xml"], "&lt;/title&gt;&lt;script&gt;") {
		t.Errorf("title not escaped in core.xml:\n%s", parts["docProps/core.xml"])
	}
	if strings.Contains(parts["docProps/core.xml"], "onmouseover") {
		t.Error("a bad language tag reached core.xml")
	}
}

func TestRightToLeft(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"مرحبا بالعالم", true},
		{"«١٢٣» سلام", true}, // digits and punctuation are neutral
		{"שלום", true},
		{"Kyiv مرحبا", false},
		{"Київ", false},
		{"2024 — ", false},
	}
	for _, tt := range tests {
		if got := rightToLeft(tt.in); got != tt.want {
			t.Errorf("rightToLeft(%q) = %v", tt.in, got)
		}
		a := cleanup.NewArticle("in/a.txt", "Title line\n\n"+tt.in)
		got, rtl := docxParagraphs(t, writeDOCX(t, a)["word/document.xml"])
		if last := len(got) - 1; got[last] != tt.in || rtl[last] != tt.want {
			t.Errorf("%q: paragraph %q rtl %v", tt.in, got[last], rtl[last])
		}
	}
}

func TestXMLEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{`a<b>&"c"`, "a&lt;b&gt;&amp;&quot;c&quot;"},
		{"tab\tnl\n", "tab\tnl\n"},
		{"nul\x00 vt\x0b cr\r del\x7f c1\u0085 nonchar\uFFFE\uFFFF", "nul vt cr del c1 nonchar"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"مرحبا 𝕏", "مرحبا 𝕏"},
	}
	for _, tt := range tests {
		var b strings.Builder
		xmlEscape(&b, tt.in)
		if b.String() != tt.want {
			t.Errorf("xmlEscape(%q) = %q, want %q", tt.in, b.String(), tt.want)
		}
	}
}

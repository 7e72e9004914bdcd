package export

import (
	"archive/zip"
	"cmp"
	"embed"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/copydesk/copydesk/cleanup"
)

// docxParts are the parts that are the same in every document.
//
//go:embed docx/*.xml docx/*.rels
var docxParts embed.FS

// docxFixed maps package part names to their files in docxParts, in the
// order they are written ([Content_Types].xml first, as some readers want).
var docxFixed = [][2]string{
	{"[Content_Types].xml", "docx/content_types.xml"},
	{"_rels/.rels", "docx/package.rels"},
	{"word/_rels/document.xml.rels", "docx/document.rels"},
}

var docxTrailing = [][2]string{
	{"word/styles.xml", "docx/styles.xml"},
	{"docProps/app.xml", "docx/app.xml"},
}

// now is the export time written as the document's modification date.
var now = time.Now

const docxBodyStart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
`

// docxBodyEnd closes the body with an A4 page with 2.5 cm margins.
const docxBodyEnd = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>
</w:body></w:document>
`

// docxBatch writes a WordprocessingML package: word/document.xml grows an
// article at a time inside the zip stream; styles and properties follow.
type docxBatch struct {
	z    *zip.Writer
	doc  io.Writer
	head batchHead
	time time.Time
	n    int
}

func newDOCXBatch(w io.Writer, h batchHead) (*docxBatch, error) {
	b := &docxBatch{z: zip.NewWriter(w), head: h, time: now().UTC().Truncate(time.Second)}
	for _, p := range docxFixed {
		if err := b.copyPart(p[0], p[1]); err != nil {
			return nil, err
		}
	}
	doc, err := b.create("word/document.xml")
	if err != nil {
		return nil, err
	}
	b.doc = doc
	_, err = io.WriteString(doc, docxBodyStart)
	return b, err
}

func (b *docxBatch) create(name string) (io.Writer, error) {
	return b.z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: b.time})
}

func (b *docxBatch) copyPart(name, file string) error {
	data, err := docxParts.ReadFile(file)
	if err != nil {
		return err
	}
	w, err := b.create(name)
	if err == nil {
		_, err = w.Write(data)
	}
	return err
}

// article writes the title (each article after the first on a new page),
// a source line and the cleaned text, one Word paragraph per paragraph.
func (b *docxBatch) article(a *cleanup.Article) error {
	var x strings.Builder
	docxParagraph(&x, "Title", b.n > 0, []string{headline(a)})
	b.n++
	meta := []string{sourceName(a)}
	for _, m := range []string{a.Meta["date"], a.URL} {
		if m != "" {
			meta = append(meta, valid(m))
		}
	}
	docxParagraph(&x, "Subtitle", false, []string{strings.Join(meta, " · ")})
	for _, p := range bodyParagraphs(a) {
		docxParagraph(&x, "", false, p)
	}
	_, err := io.WriteString(b.doc, x.String())
	return err
}

// headline is an article's title, or its source when it has none.
func headline(a *cleanup.Article) string {
	if a.Title != "" {
		return valid(a.Title)
	}
	return sourceName(a)
}

func (b *docxBatch) close() error {
	if _, err := io.WriteString(b.doc, docxBodyEnd); err != nil {
		return err
	}
	for _, p := range docxTrailing {
		if err := b.copyPart(p[0], p[1]); err != nil {
			return err
		}
	}
	core, err := b.create("docProps/core.xml")
	if err != nil {
		return err
	}
	if _, err := io.WriteString(core, b.coreXML()); err != nil {
		return err
	}
	return b.z.Close()
}

// coreXML holds the document's title, creator and dates: created is the
// article's own date when it reads as one, modified the export time.
func (b *docxBatch) coreXML() string {
	var x strings.Builder
	x.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	x.WriteString("\n<dc:title>")
	xmlEscape(&x, b.head.title)
	x.WriteString("</dc:title>\n<dc:creator>")
	xmlEscape(&x, cmp.Or(strings.TrimSpace(b.head.creator), "Copydesk"))
	x.WriteString("</dc:creator>\n")
	if b.head.lang != "" {
		x.WriteString("<dc:language>" + b.head.lang + "</dc:language>\n") // a checked BCP 47 tag
	}
	if t, ok := parseDate(b.head.date); ok {
		x.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + t.Format(time.RFC3339) + "</dcterms:created>\n")
	}
	x.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + b.time.Format(time.RFC3339) + "</dcterms:modified>\n")
	x.WriteString("</cp:coreProperties>\n")
	return x.String()
}

// dateLayouts are the date shapes scraped metadata usually has.
var dateLayouts = []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"}

func parseDate(s string) (time.Time, bool) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, strings.TrimSpace(s)); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// docxParagraph writes one <w:p>: lines joined by line breaks, tabs as
// tabs, and right-to-left layout when the paragraph starts in a
// right-to-left script, as dir="auto" decides in HTML.
func docxParagraph(x *strings.Builder, style string, newPage bool, lines []string) {
	rtl := rightToLeft(strings.Join(lines, "\n"))
	x.WriteString("<w:p>")
	if style != "" || newPage || rtl {
		x.WriteString("<w:pPr>")
		if style != "" {
			x.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		if newPage {
			x.WriteString("<w:pageBreakBefore/>")
		}
		if rtl {
			x.WriteString("<w:bidi/>")
		}
		x.WriteString("</w:pPr>")
	}
	x.WriteString("<w:r>")
	if rtl {
		x.WriteString("<w:rPr><w:rtl/></w:rPr>")
	}
	for i, line := range lines {
		if i > 0 {
			x.WriteString("<w:br/>")
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				x.WriteString("<w:tab/>")
			}
			if part != "" {
				x.WriteString(`<w:t xml:space="preserve">`)
				xmlEscape(x, part)
				x.WriteString("</w:t>")
			}
		}
	}
	x.WriteString("</w:r></w:p>\n")
}

// rightToLeft reports whether the first letter of s is in a script written
// right to left.
func rightToLeft(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko)
		}
	}
	return false
}

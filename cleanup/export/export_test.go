package export

import (
	"bytes"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/golden"

	"github.com/copydesk/copydesk/cleanup"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		if Binary(format) {
			continue // see TestDOCXGolden
		}
		for _, batch := range []bool{false, true} {
			as := []*cleanup.Article{sampleArticle(t)}
			name := "article" + Extension(format)
			if batch {
				as = append(as, secondArticle())
				name = "batch" + Extension(format)
			}
			t.Run(name, func(t *testing.T) {
				var got bytes.Buffer
				if err := WriteBatch(&got, format, as); err != nil {
					t.Fatal(err)
				}
				goldenPath := filepath.Join("testdata", name)
				golden.Check(t, goldenPath, got.Bytes(), *update)
			})
		}
	}
}

func TestWriteSingleEqualsBatchOfOne(t *testing.T) {
	for _, format := range Formats() {
		var one, batch bytes.Buffer
		if err := Write(&one, format, sampleArticle(t)); err != nil {
			t.Fatal(err)
		}
		if err := WriteBatch(&batch, format, []*cleanup.Article{sampleArticle(t)}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(one.Bytes(), batch.Bytes()) {
			t.Errorf("%s: Write and WriteBatch of one differ", format)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	for _, f := range []string{"", "pdf", "TXT", ".txt", "DOCX"} {
		if err := Write(&bytes.Buffer{}, f, sampleArticle(t)); err == nil {
			t.Errorf("format %q: no error", f)
		}
		if Extension(f) != "" {
			t.Errorf("format %q has extension %q", f, Extension(f))
		}
	}
}

func TestTxtIsCleanedText(t *testing.T) {
	a := sampleArticle(t)
	var b bytes.Buffer
	if err := Write(&b, TXT, a); err != nil {
		t.Fatal(err)
	}
	want := "Kyiv talks: «зерно» — grain\n\nDmytro Kuleba met Igor Klimenko in Kyiv on Monday.\nТалks go on.\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// Published formats name the source file, never the editor's folders.
func TestExportsNameTheSourceFileNotItsPath(t *testing.T) {
	a := cleanup.NewArticle("/home/editor/private/feeds/kyiv-talks.txt", "Talks resume\n\nOfficials met on Tuesday.\n")
	a.Title = "Talks resume"
	for _, format := range []string{DOCX, "html"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, format, a); err != nil {
				t.Fatal(err)
			}
			text := buf.String()
			if format == DOCX {
				text = unzipDOCX(t, buf.Bytes())["word/document.xml"]
			}
			if strings.Contains(text, "/home/editor") || strings.Contains(text, "private") {
				t.Errorf("%s export leaks the local path", format)
			}
			if !strings.Contains(text, "kyiv-talks.txt") {
				t.Errorf("%s export does not name the source file", format)
			}
		})
	}
}

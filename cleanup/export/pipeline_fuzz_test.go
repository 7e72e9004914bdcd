package export

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/pipeline"
)

// FuzzPipelineExport cleans a fuzzed article with the real pipeline and
// writes it, and the review report, in every format: valid UTF-8, JSON
// that decodes, HTML that parses, a docx whose parts are well-formed XML,
// and the engine's invariants (revert-all gives the original).
func FuzzPipelineExport(f *testing.F) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Kiev talks resume\n\nIgor Klimenko met officials in Kiev.\n\nShare this article\nأضف تعليقا", "Kiev <b>talks</b>")
	f.Add("\u200bKyіv\u00a0\u00a0talks\r\n\r\n«зерно» — \x00\x1f\xff", "")
	f.Add("مرحبا بكم\n\nשלום\n\n<script>alert(1)</script>", "\x7f\u0085")
	f.Fuzz(func(t *testing.T, text, title string) {
		a := cleanup.NewArticle("in/fuzz.txt", text)
		a.Title = title
		p.CleanBatch([]*cleanup.Article{a})
		if err := a.Check(); err != nil {
			t.Fatal(err)
		}
		for _, format := range Formats() {
			var out bytes.Buffer
			if err := Write(&out, format, a); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			switch {
			case format == DOCX:
				unzipDOCX(t, out.Bytes())
				continue
			case !utf8.Valid(out.Bytes()):
				t.Fatalf("%s: invalid UTF-8", format)
			case format == JSON || format == JSONL:
				var r Record
				if err := json.Unmarshal(out.Bytes(), &r); err != nil {
					t.Fatalf("%s: %v", format, err)
				}
				checkRecord(t, r)
			case format == HTML:
				if _, err := html.Parse(&out); err != nil {
					t.Fatal(err)
				}
			}
		}
		var rep bytes.Buffer
		if err := Report(&rep, []*cleanup.Article{a}, ReportInfo{}); err != nil || !utf8.Valid(rep.Bytes()) {
			t.Fatalf("report: %v", err)
		}
		if _, err := html.Parse(&rep); err != nil {
			t.Fatal(err)
		}
		a.RevertAll()
		if a.Cleaned() != a.Original() {
			t.Fatal("revert-all does not give the original")
		}
	})
}

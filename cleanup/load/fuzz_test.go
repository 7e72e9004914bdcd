package load

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// checkLoad loads data as the given format from stdin and checks what any
// input must give: no panic, valid UTF-8, one-line errors, articles whose
// change log keeps the model's invariants.
func checkLoad(t *testing.T, data []byte, from string) {
	Walk([]string{"-"}, Options{From: from, Stdin: bytes.NewReader(data)},
		func(a *cleanup.Article) {
			for _, s := range []string{a.Original(), a.Title, a.URL, a.Source} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 %q", s)
				}
			}
			for k, v := range a.Meta {
				if !utf8.ValidString(v) {
					t.Fatalf("Meta[%q] invalid UTF-8 %q", k, v)
				}
			}
			if err := a.Check(); err != nil {
				t.Fatal(err)
			}
			a.RevertAll()
			if a.Cleaned() != a.Original() {
				t.Fatal("revert-all does not give the original")
			}
		},
		func(err error) {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error spans lines: %q", err)
			}
		})
}

// seedFrom adds the fixtures of a testdata folder as fuzz seeds.
func seedFrom(f *testing.F, dirs ...string) {
	for _, dir := range dirs {
		names, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		for _, n := range names {
			if b, err := os.ReadFile(n); err == nil {
				f.Add(b)
			}
		}
	}
}

func FuzzJSON(f *testing.F) {
	seedFrom(f, "json")
	f.Fuzz(func(t *testing.T, data []byte) { checkLoad(t, data, "json") })
}

func FuzzJSONL(f *testing.F) {
	seedFrom(f, "jsonl", "json")
	f.Fuzz(func(t *testing.T, data []byte) { checkLoad(t, data, "jsonl") })
}

func FuzzText(f *testing.F) {
	seedFrom(f, "text", "charset", "bad")
	f.Fuzz(func(t *testing.T, data []byte) {
		checkLoad(t, data, "txt")
		checkLoad(t, data, "md")
	})
}

func FuzzHTML(f *testing.F) {
	seedFrom(f, "html", "charset")
	f.Fuzz(func(t *testing.T, data []byte) { checkLoad(t, data, "html") })
}

// FuzzSniff lets the content decide the format, as for stdin and unknown
// extensions.
func FuzzSniff(f *testing.F) {
	seedFrom(f, "text", "html", "json", "jsonl", "bad")
	f.Fuzz(func(t *testing.T, data []byte) { checkLoad(t, data, "") })
}

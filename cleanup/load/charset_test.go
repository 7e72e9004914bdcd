package load

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/extract"
)

// loadOne loads a single path and returns its articles and errors.
func loadOne(t *testing.T, path string, o Options) ([]*cleanup.Article, []error) {
	t.Helper()
	var arts []*cleanup.Article
	var errs []error
	Walk([]string{path}, o, func(a *cleanup.Article) { arts = append(arts, a) }, func(err error) { errs = append(errs, err) })
	return arts, errs
}

// TestCharsets loads every encoded fixture and expects exactly the text
// its UTF-8 template gives.
func TestCharsets(t *testing.T) {
	wantCharset := map[string]string{ // Meta["charset"] where not the fixture's
		"ru-meta-lies.html": "",
	}
	for _, e := range encodedFixtures {
		t.Run(e.file, func(t *testing.T) {
			arts, errs := loadOne(t, filepath.Join("testdata", "charset", e.file), Options{})
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("got %d articles, errors %v", len(arts), errs)
			}
			a := arts[0]
			tmpl := utf8Template(t, e.src)
			want := tmpl
			if a.Format == "html" {
				page, err := extract.Page([]byte(tmpl), "")
				if err != nil {
					t.Fatal(err)
				}
				want = page.Original()
				if a.Title != page.Title {
					t.Errorf("title %q, want %q", a.Title, page.Title)
				}
			}
			if a.Original() != want {
				t.Errorf("text:\n%q\nwant:\n%q", a.Original(), want)
			}
			cs, ok := wantCharset[e.file]
			if !ok {
				cs = strings.TrimSuffix(strings.ToUpper(e.charset), "+BOM")
			}
			if got := strings.ToUpper(a.Meta["charset"]); got != cs {
				t.Errorf("charset %q, want %q", got, cs)
			}
			guessed := strings.Contains(e.file, "guess") || strings.Contains(e.file, "nobom")
			if w := a.Meta["warning"]; guessed != strings.Contains(w, "guessed") {
				t.Errorf("warning %q; guessed = %v", w, guessed)
			}
		})
	}
}

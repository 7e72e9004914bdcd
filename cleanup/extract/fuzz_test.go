package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// FuzzPage feeds arbitrary bytes to Page: no panic, valid UTF-8, a
// consistent change log, revert-all gives the original back, and a page
// with text never comes back empty.
func FuzzPage(f *testing.F) {
	fixtures, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	threads, _ := filepath.Glob(filepath.Join("testdata", "threads", "*.html"))
	for _, p := range append(fixtures, threads...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", "<p>x</p>", "<pre>\n\n a\n</pre>", "<table><td><p>a</td><td>b", "<ul><li><li>\xff",
		"<div class=comments><h3>تعليقات</h3></div><p>a.</p>", "<br><br>", "<p>\u200b</p><p>&nbsp;</p>",
		"<ul><li class=t><a>Headline one here</a><p>x y z summary.</p></li><li class=t><a>Headline two here</a><p>x y z summary.</p></li><li class=t><a>Headline three</a><p>x y z summary.</p></li></ul>",
		"<p>Lesen Sie auch: \xcc\x88x</p><p>Tags:</p><figure><figcaption>Photo</figcaption></figure>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := Page(src, "fuzz")
		if err != nil {
			return
		}
		checkInvariants(t, a)
		if a.Original() != "" && a.Cleaned() == "" {
			t.Fatalf("every block removed from %q", clip(a.Original()))
		}
	})
}

// FuzzSiteRepeats runs the batch pass over three pages of one site made
// of arbitrary text: the change logs stay consistent and reversible.
func FuzzSiteRepeats(f *testing.F) {
	f.Add("Most read\n\nStory one.", "Most read\n\nStory two.", "Most read")
	f.Add("", "\n\n\n", "a\n\na\n\na")
	f.Fuzz(func(t *testing.T, x, y, z string) {
		var ds []*cleanup.Draft
		var as []*cleanup.Article
		for _, text := range []string{x, y, z, x} {
			a := cleanup.NewArticle("fuzz", text)
			a.Format, a.URL = "html", "https://example.com/a"
			as = append(as, a)
			ds = append(ds, a.NewDraft())
		}
		NewSiteRepeats().RunBatch(ds)
		for _, d := range ds {
			d.Commit()
		}
		for _, a := range as {
			if err := a.Check(); err != nil {
				t.Fatal(err)
			}
			a.RevertAll()
			if a.Cleaned() != a.Original() {
				t.Fatal("revert-all does not give the original back")
			}
		}
	})
}

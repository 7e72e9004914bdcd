package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzPage feeds arbitrary bytes to Page: no panic, valid UTF-8, a
// consistent change log, revert-all gives the original back, and a page
// with text never comes back empty.
func FuzzPage(f *testing.F) {
	fixtures, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, p := range fixtures {
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

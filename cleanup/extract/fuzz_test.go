package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzPage feeds arbitrary bytes to Page: no panic, valid UTF-8, a
// consistent change log, and revert-all gives the original back.
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
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := Page(src, "fuzz")
		if err != nil {
			return
		}
		checkInvariants(t, a)
	})
}

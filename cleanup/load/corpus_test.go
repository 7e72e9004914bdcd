package load

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"

	"github.com/copydesk/copydesk/cleanup"
)

// TestCorpora loads every page of the shared evaluation corpora (gzipped
// HTML in many charsets): each must load, as valid UTF-8, without
// U+FFFD appearing where the page had none.
func TestCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every corpus page")
	}
	root := sharedtest.Path(t, "corpus")
	dirs, _ := filepath.Glob(filepath.Join(root, "*", "html"))
	if len(dirs) == 0 {
		sharedtest.Missing(t, fmt.Errorf("no corpora at %s", root))
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(filepath.Dir(dir)), func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(dir, "*"))
			n, repaired := 0, 0
			charsets := map[string]int{}
			Walk([]string{dir}, Options{},
				func(a *cleanup.Article) {
					n++
					if !utf8.ValidString(a.Original()) {
						t.Errorf("%s: invalid UTF-8", a.Source)
					}
					if strings.Contains(a.Meta["warning"], "U+FFFD") {
						repaired++
					}
					charsets[a.Meta["charset"]]++
				},
				func(err error) { t.Error(err) })
			if n != len(files) {
				t.Errorf("%d articles from %d files", n, len(files))
			}
			// A handful of scraped pages really hold broken bytes; many
			// would mean charset detection went wrong.
			if repaired*50 > n {
				t.Errorf("%d of %d pages needed U+FFFD repairs", repaired, n)
			}
			t.Logf("%d pages, %d repaired, charsets %v", n, repaired, charsets)
		})
	}
}

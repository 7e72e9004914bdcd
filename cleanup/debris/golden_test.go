package debris

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/golden"

	"github.com/copydesk/copydesk/cleanup"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestGolden cleans each testdata/*.txt article and compares the cleaned
// text and the change log with testdata/*.golden. Articles named clean-*
// must come back byte-identical with no change at all.
func TestGolden(t *testing.T) {
	lex := builtin(t)
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := cleanText(t, lex, string(in))
			if strings.HasPrefix(filepath.Base(f), "clean-") {
				if len(a.Changes()) != 0 || a.Cleaned() != string(in) {
					t.Fatalf("clean article was changed: %+v", a.Changes())
				}
				return
			}
			got := report(a)
			goldenPath := strings.TrimSuffix(f, ".txt") + ".golden"
			golden.Check(t, goldenPath, []byte(got), *update)
		})
	}
}

// report shows the cleaned text, then one line per change.
func report(a *cleanup.Article) string {
	var b strings.Builder
	b.WriteString(a.Cleaned())
	b.WriteString("\n==== changes ====\n")
	for _, c := range a.Changes() {
		fmt.Fprintf(&b, "%s %s %.2f %q\n    %s\n", c.Rule, c.State, c.Confidence, c.Original, c.Note)
	}
	return b.String()
}

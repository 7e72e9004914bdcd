package normalize

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

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenStyles maps each testdata/golden sub-directory to its options.
var goldenStyles = map[string]Options{
	"smart": {},
	"plain": {StraightQuotes: true, ASCIIDashes: true},
}

// TestGolden runs both passes over each testdata/golden/*/*.txt and compares
// the cleaned text and the change log with the .golden file next to it.
func TestGolden(t *testing.T) {
	for dir, o := range goldenStyles {
		inputs, _ := filepath.Glob(filepath.Join("testdata", "golden", dir, "*.txt"))
		if len(inputs) == 0 {
			t.Fatalf("no inputs in testdata/golden/%s", dir)
		}
		for _, in := range inputs {
			t.Run(filepath.Base(in), func(t *testing.T) {
				b, err := os.ReadFile(in)
				if err != nil {
					t.Fatal(err)
				}
				got := report(clean(t, string(b), New(o), NewTidy()))
				goldenPath := strings.TrimSuffix(in, ".txt") + ".golden"
				golden.Check(t, goldenPath, []byte(got), *update)
			})
		}
	}
}

// report renders an article's cleaned text and change log; offsets are
// bytes, strings are Go-quoted so invisible characters show.
func report(a *cleanup.Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "=== cleaned\n%s\n=== changes\n", a.Cleaned())
	for _, c := range a.Changes() {
		fmt.Fprintf(&b, "[%d,%d) %s %+q → %+q\n    %s\n", c.Start, c.End, c.Rule, c.Original, c.Replacement, c.Note)
	}
	return b.String()
}

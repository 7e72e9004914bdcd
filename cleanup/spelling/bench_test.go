package spelling

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// labels strips the field set's markup: {word|style=…} and <<name>>.
var labels = regexp.MustCompile(`\{([^|}]*)(\|[^}]*)?\}|<<|>>|#! styles:[^\n]*\n`)

// BenchmarkPass runs the AP pass alone over the field set's articles
// joined into one ~15 KB text (British-spelled, so with many changes).
func BenchmarkPass(b *testing.B) {
	var sb strings.Builder
	for _, part := range []string{"dev", "frozen"} {
		paths, _ := filepath.Glob(filepath.Join("testdata", "fieldset", part, "*.txt"))
		for _, path := range paths {
			raw, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			sb.WriteString(labels.ReplaceAllString(string(raw), "$1") + "\n\n")
		}
	}
	text := sb.String()
	if len(text) < 10_000 {
		b.Fatalf("field set text only %d bytes", len(text))
	}
	p := pass(b, "ap")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		clean(p, text)
	}
}

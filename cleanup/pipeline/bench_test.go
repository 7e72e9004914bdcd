package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
)

// syntheticGlossary writes a glossary of n invented people, each with two
// variant spellings, so the benchmark measures the cost of a big user
// glossary on top of the preset.
func syntheticGlossary(b *testing.B, n int) string {
	b.Helper()
	var sb strings.Builder
	sb.WriteString("canonical\tvariants\tkind\tleave_alone\tbasis\n")
	for i := 0; i < n; i++ {
		first, last := fmt.Sprintf("Zorvan%d", i), fmt.Sprintf("Quillet%d", i)
		fmt.Fprintf(&sb, "%s %s\t%s %s|%s %s\tperson\t\tbenchmark\n", first, last, first, last+"e", first+"o", last)
	}
	path := filepath.Join(b.TempDir(), "big.tsv")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkTextPasses measures the whole text pipeline (Unicode, debris,
// glossary with 10,000 extra entries, whitespace) on plain-text articles:
// the built-in sample (short, Arabic, dense with debris) once and repeated,
// and a long clean English article with a few names and debris lines, the
// realistic mix the speed target is set for.
func BenchmarkTextPasses(b *testing.B) {
	_, sample := assets.Sample()
	texts := []struct{ name, text string }{
		{"copies=1", sample + "\n\n"},
		{"copies=16", strings.Repeat(sample+"\n\n", 16)},
		{"news=20KB", loadNewsMix(b).article(20_000, 1)},
	}
	for _, tc := range texts {
		for _, entries := range []int{0, 10000} {
			b.Run(fmt.Sprintf("%s/glossary=+%d", tc.name, entries), func(b *testing.B) {
				o := Options{}
				if entries > 0 {
					o.Glossaries = []string{syntheticGlossary(b, entries)}
				}
				p, err := New(o)
				if err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(len(tc.text)))
				b.ResetTimer()
				for b.Loop() {
					p.Clean(cleanup.NewArticle("bench", tc.text))
				}
			})
		}
	}
}

// BenchmarkBigArticle runs one generated 8 MB article through CleanBatch,
// so the batch passes (repeated lines, variants) see a single huge text:
// the case where a pass that scans or collects over the whole text, rather
// than line by line, shows.
func BenchmarkBigArticle(b *testing.B) {
	text := loadNewsMix(b).article(8<<20, 2)
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.CleanBatch([]*cleanup.Article{cleanup.NewArticle("big", text)})
	}
}

package debris

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"

	"github.com/copydesk/copydesk/cleanup"
)

// BenchmarkPass measures the pass on the fixtures, one article per run.
func BenchmarkPass(b *testing.B) { benchFixtures(b, New(builtin(b))) }

// BenchmarkPassRulesOnly is BenchmarkPass without the classifier, so the
// two show what the classifier costs.
func BenchmarkPassRulesOnly(b *testing.B) { benchFixtures(b, NewWith(builtin(b), nil)) }

// benchFixtures runs p over every fixture text, one article per run.
func benchFixtures(b *testing.B, p cleanup.Pass) {
	files, _ := filepath.Glob("testdata/*.txt")
	var texts []string
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		size += len(raw)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			p.Run(cleanup.NewArticle("bench", t).NewDraft())
		}
	}
}

// BenchmarkLongArticle measures the worst case: a long article with debris
// lines between every few paragraphs, all of which must be judged.
func BenchmarkLongArticle(b *testing.B) {
	lex := builtin(b)
	raw, err := os.ReadFile("testdata/arabic-site-english-text.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw), 200)
	p := New(lex)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		p.Run(cleanup.NewArticle("bench", text).NewDraft())
	}
}

// BenchmarkGenevaSample measures a real machine-translated article with
// debris at its tail only, the common case.
func BenchmarkGenevaSample(b *testing.B) {
	raw := sharedtest.ReadFile(b, "samples/geneva-talks-arabic-route.txt")
	p := New(builtin(b))
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		p.Run(cleanup.NewArticle("bench", string(raw)).NewDraft())
	}
}

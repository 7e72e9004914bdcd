package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// benchText joins corpus articles into about 4 MB of text.
func benchText(b *testing.B, texts []string) string {
	if len(texts) == 0 {
		b.Skip("no corpus articles fit this benchmark")
	}
	var sb strings.Builder
	for sb.Len() < 4<<20 {
		for _, t := range texts {
			sb.WriteString(t)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

func benchPass(b *testing.B, p cleanup.Pass, text string) {
	a := cleanup.NewArticle("bench", text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		p.Run(a.NewDraft())
	}
}

// cleanEnglish keeps the corpus articles that are nearly all ASCII and in
// which the default pass finds nothing to change.
func cleanEnglish(b *testing.B) []string {
	var out []string
	for _, t := range corpusArticles(b) {
		ascii := 0
		for i := 0; i < len(t); i++ {
			if t[i] < utf8.RuneSelf {
				ascii++
			}
		}
		d := cleanup.NewArticle("", t).NewDraft()
		New(Options{}).Run(d)
		if ascii*100 >= len(t)*98 && d.Pending() == 0 {
			out = append(out, t)
		}
	}
	return out
}

// BenchmarkNewCleanEnglish is the target case: English articles with curly
// quotes and dashes, which the default house style keeps.
func BenchmarkNewCleanEnglish(b *testing.B) {
	benchPass(b, New(Options{}), benchText(b, cleanEnglish(b)))
}

// BenchmarkNewCorpus runs on every corpus article: English, Russian and
// others, some with odd spaces and invisible characters.
func BenchmarkNewCorpus(b *testing.B) {
	benchPass(b, New(Options{}), benchText(b, corpusArticles(b)))
}

// BenchmarkNewStraightQuotes measures the dirty path: every curly quote
// becomes a change.
func BenchmarkNewStraightQuotes(b *testing.B) {
	benchPass(b, New(Options{StraightQuotes: true, ASCIIDashes: true}), benchText(b, cleanEnglish(b)))
}

// BenchmarkNewCleanCyrillic measures clean text in another script, where
// every character is decoded and looked up.
func BenchmarkNewCleanCyrillic(b *testing.B) {
	line := "Міністр закордонних справ України Дмитро Кулеба заявив у Києві, що переговори тривають.\n"
	benchPass(b, New(Options{}), strings.Repeat(line, 40000))
}

func BenchmarkTidyCleanEnglish(b *testing.B) {
	benchPass(b, NewTidy(), benchText(b, cleanEnglish(b)))
}

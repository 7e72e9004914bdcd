package export

import (
	"io"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// benchArticle is about 60 KB of mixed-script text with a change every
// few hundred bytes.
func benchArticle(b *testing.B) *cleanup.Article {
	para := "Dmytro Kuleba met officials in Kiev — «зерно» и переговоры — أضف تعليقا on Monday.\n\n"
	a := cleanup.NewArticle("in/bench.txt", strings.Repeat(para, 600))
	a.Title = "Bench"
	for i := 0; ; i++ {
		at := strings.Index(a.Original()[i*len(para):], "Kiev")
		if at < 0 || i >= 600 {
			break
		}
		s := i*len(para) + at
		if _, err := a.Add(cleanup.Change{Start: s, End: s + 4, Replacement: "Kyiv", Rule: "names.glossary", Category: cleanup.CatNames}); err != nil {
			b.Fatal(err)
		}
	}
	return a
}

func BenchmarkWrite(b *testing.B) {
	a := benchArticle(b)
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			b.SetBytes(int64(len(a.Original())))
			for b.Loop() {
				if err := Write(io.Discard, format, a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSafeName(b *testing.B) {
	title := "Переговори в Києві: Ukraine and Turkey resume grain talks / مفاوضات"
	b.SetBytes(int64(len(title)))
	for b.Loop() {
		SafeName(title)
	}
}

package export

import (
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

// BenchmarkWrite measures an export as the user gets it: the cleaned text
// rendered anew from the original and the change log (re-setting a change's
// state drops the article's cached rendering, as a decision in the window
// does), then written out. MB/s are of the output written.
func BenchmarkWrite(b *testing.B) {
	a := benchArticle(b)
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			var size byteCounter
			if err := Write(&size, format, a); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(size))
			for b.Loop() {
				a.Accept(1) // already applied: only the cached rendering goes
				var w byteCounter
				if err := Write(&w, format, a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// byteCounter discards what is written to it, counting the bytes; unlike
// io.Discard it has no WriteString, so strings are written as bytes.
type byteCounter int

func (c *byteCounter) Write(p []byte) (int, error) {
	*c += byteCounter(len(p))
	return len(p), nil
}

func BenchmarkSafeName(b *testing.B) {
	title := "Переговори в Києві: Ukraine and Turkey resume grain talks / مفاوضات"
	b.SetBytes(int64(len(title)))
	for b.Loop() {
		SafeName(title)
	}
}

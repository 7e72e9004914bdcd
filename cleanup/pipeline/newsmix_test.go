package pipeline

import (
	"bufio"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// newsMix is the vocabulary of testdata/newsmix.tsv, by kind.
type newsMix map[string][]string

func loadNewsMix(tb testing.TB) newsMix {
	tb.Helper()
	f, err := os.Open("testdata/newsmix.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	mix := newsMix{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, text, ok := strings.Cut(line, "\t")
		if !ok {
			tb.Fatalf("newsmix.tsv: %q has no tab", line)
		}
		mix[kind] = append(mix[kind], text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return mix
}

// article writes a long clean English news article of about size bytes:
// paragraphs of plain sentences with a glossary name now and then, two
// debris lines at the head, one between paragraphs every 12 paragraphs,
// and a block of debris at the tail. The same seed gives the same text.
func (mix newsMix) article(size int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 7))
	pick := func(kind string) string { xs := mix[kind]; return xs[r.IntN(len(xs))] }
	var b strings.Builder
	b.WriteString(mix["head"][0] + "\n\nTalks resume on the grain corridor\n\n" + mix["head"][1] + "\n\n")
	for paragraphs := 1; b.Len() < size; paragraphs++ {
		for s := 3 + r.IntN(3); s > 0; s-- {
			for w, n := 0, 10+r.IntN(15); w < n; w++ {
				word := pick("word")
				if r.IntN(150) == 0 {
					word = pick("name")
				}
				if w == 0 {
					word = strings.ToUpper(word[:1]) + word[1:]
				} else {
					b.WriteByte(' ')
				}
				b.WriteString(word)
				if w > 3 && w < n-2 && r.IntN(12) == 0 {
					b.WriteByte(',')
				}
			}
			b.WriteByte('.')
			if s > 1 {
				b.WriteByte(' ')
			}
		}
		b.WriteString("\n\n")
		if paragraphs%12 == 0 {
			b.WriteString(pick("mid") + "\n\n")
		}
	}
	b.WriteString(strings.Join(mix["tail"], "\n\n") + "\n")
	return b.String()
}

// Command genfeed writes a synthetic JSON Lines news feed of a given size,
// for timing `copydesk clean` on big inputs (make bench-feed):
//
//	go run ./genfeed -size 1GiB > /tmp/feed.jsonl
//
// Articles are invented prose from the realistic-mix vocabulary
// (cleanup/pipeline/testdata/newsmix.tsv) with what the cleaner works on:
// debris lines at head, middle and tail, a slogan each site repeats under
// every article (the batch pass for recurring lines), and names spelled
// several ways across articles (the batch pass for variants). The same
// flags give the same bytes. The feed is not committed: it is made on
// demand.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
)

func main() {
	size := flag.String("size", "256MiB", "feed size: bytes, or with KiB, MiB or GiB")
	vocab := flag.String("vocab", "../cleanup/pipeline/testdata/newsmix.tsv", "vocabulary file")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	n, err := parseSize(*size)
	if err == nil {
		err = generate(n, *vocab, *seed)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genfeed:", err)
		os.Exit(1)
	}
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	for suffix, m := range map[string]int64{"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30} {
		if strings.HasSuffix(s, suffix) {
			s, mult = strings.TrimSuffix(s, suffix), m
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("bad -size %q", s)
	}
	return v * mult, nil
}

// sites each repeat a slogan under their articles.
var slogans = []string{
	"Our journalism depends on readers like you",
	"Independent news from the region since 1998",
	"Follow our live coverage on the website",
	"Read the full story in our weekend edition",
}

func generate(size int64, vocabPath string, seed uint64) error {
	vocab, err := readVocab(vocabPath)
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(seed, 11))
	pick := func(kind string) string { xs := vocab[kind]; return xs[r.IntN(len(xs))] }
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	var written int64
	for i := 0; written < size; i++ {
		site := i % len(slogans)
		var b strings.Builder
		b.WriteString(vocab["head"][0] + "\n\n")
		target := 2000 + r.IntN(6000)
		for p := 1; b.Len() < target; p++ {
			for s := 3 + r.IntN(3); s > 0; s-- {
				for k, words := 0, 10+r.IntN(15); k < words; k++ {
					word := pick("word")
					if r.IntN(120) == 0 {
						word = pick("name")
					}
					if k == 0 {
						word = strings.ToUpper(word[:1]) + word[1:]
					} else {
						b.WriteByte(' ')
					}
					b.WriteString(word)
				}
				b.WriteString(". ")
			}
			b.WriteString("\n\n")
			if p%10 == 0 {
				b.WriteString(pick("mid") + "\n\n")
			}
		}
		b.WriteString(slogans[site] + "\n\n" + strings.Join(vocab["tail"], "\n\n") + "\n")
		line, err := json.Marshal(map[string]string{
			"title": fmt.Sprintf("Grain talks, day %d", i),
			"url":   fmt.Sprintf("https://site%d.example/news/%d", site, i),
			"date":  fmt.Sprintf("2023-%02d-%02d", i%12+1, i%28+1),
			"text":  b.String(),
		})
		if err != nil {
			return err
		}
		n, err := w.Write(append(line, '\n'))
		if err != nil {
			return err
		}
		written += int64(n)
	}
	return w.Flush()
}

func readVocab(path string) (map[string][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	vocab := map[string][]string{}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, text, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s: %q has no tab", path, line)
		}
		vocab[kind] = append(vocab[kind], text)
	}
	for _, k := range []string{"word", "name", "head", "mid", "tail"} {
		if len(vocab[k]) == 0 {
			return nil, fmt.Errorf("%s: no %q rows", path, k)
		}
	}
	return vocab, nil
}

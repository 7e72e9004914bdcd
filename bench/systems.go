package main

import (
	"bytes"
	"io"
	"net/url"
	"os"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/export"
	"github.com/copydesk/copydesk/cleanup/extract"
	"github.com/copydesk/copydesk/cleanup/extract/evaluate"
	"github.com/copydesk/copydesk/cleanup/load"
	"github.com/copydesk/copydesk/cleanup/pipeline"
)

// system scores itself over a corpus and reports its MB/s.
type system struct {
	name string
	run  func(docs []evaluate.Doc, dump *os.File) (evaluate.Scores, float64)
}

// systems run in this order; the end-to-end row goes first, so that no
// earlier run has warmed Copydesk's per-process caches for it.
var systems = []system{
	{"copydesk-e2e", endToEnd},
	{"copydesk", extractEach(func(page []byte, _ string) (string, string, bool) {
		a, err := extract.Page(page, "bench")
		if err != nil {
			return "", "", false
		}
		return a.Cleaned(), a.Title, true
	})},
	{"go-readability", extractEach(func(page []byte, pageURL string) (string, string, bool) {
		u, _ := url.Parse(pageURL)
		art, err := readability.FromReader(bytes.NewReader(page), u)
		if err != nil {
			return "", "", false
		}
		var b bytes.Buffer
		if art.RenderText(&b) != nil {
			return "", "", false
		}
		return b.String(), "", true
	})},
	{"go-trafilatura", extractEach(func(page []byte, pageURL string) (string, string, bool) {
		u, _ := url.Parse(pageURL)
		res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{OriginalURL: u, ExcludeComments: true})
		if err != nil || res == nil {
			return "", "", false
		}
		return res.ContentText, "", true
	})},
}

// endToEnd is what `copydesk clean --to jsonl` does with the corpus, on one
// core: load each page (charset decoding and extraction), run every text
// pass and the batch passes over the corpus as one batch, and write JSON
// Lines. The clock covers all of it; the score is the cleaned text's.
func endToEnd(docs []evaluate.Doc, _ *os.File) (evaluate.Scores, float64) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		fail(err)
	}
	size := 0
	t0 := cpuTime()
	as := make([]*cleanup.Article, 0, len(docs))
	for _, d := range docs {
		size += len(d.Page)
		var got *cleanup.Article
		load.Walk([]string{"-"}, load.Options{From: "html", Stdin: bytes.NewReader(d.Page)},
			func(a *cleanup.Article) { got = a }, func(error) {})
		as = append(as, got)
	}
	p.CleanBatch(nonNil(as))
	if err := export.WriteBatch(io.Discard, export.JSONL, nonNil(as)); err != nil {
		fail(err)
	}
	spent := cpuTime() - t0
	i := 0
	sc := evaluate.Score(docs, func(evaluate.Doc) (string, string, bool) {
		a := as[i]
		i++
		if a == nil {
			return "", "", false
		}
		return a.Cleaned(), a.Title, true
	}, nil)
	return sc, float64(size) / 1e6 / spent.Seconds()
}

func nonNil(as []*cleanup.Article) []*cleanup.Article {
	out := make([]*cleanup.Article, 0, len(as))
	for _, a := range as {
		if a != nil {
			out = append(out, a)
		}
	}
	return out
}

package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// page is one labelled page: its HTML and either a gold article text or
// with/without snippets (trafilatura's annotation).
type page struct {
	name          string
	html          []byte
	gold          string // normalised; empty for snippet pages
	with, without []string
}

func loadCorpora(shared string) ([]page, error) {
	var all []page
	for _, load := range []func(string) ([]page, error){loadScrapingHub, loadReadability, loadTrafilatura} {
		ps, err := load(filepath.Join(shared, "corpus"))
		if err != nil {
			return nil, err
		}
		all = append(all, ps...)
	}
	return all, nil
}

func loadScrapingHub(corpus string) ([]page, error) {
	dir := filepath.Join(corpus, "article-extraction-benchmark")
	var gt map[string]struct{ ArticleBody string }
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &gt); err != nil {
		return nil, err
	}
	var ps []page
	for _, id := range sortedKeys(gt) {
		b, err := gunzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		ps = append(ps, page{name: "aeb/" + id, html: toUTF8(b), gold: normalise(gt[id].ArticleBody)})
	}
	return ps, nil
}

func loadReadability(corpus string) ([]page, error) {
	dir := filepath.Join(corpus, "readability-test-pages", "pages")
	cases, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var ps []page
	for _, c := range cases { // ReadDir sorts by name
		src, err := os.ReadFile(filepath.Join(dir, c.Name(), "source.html"))
		if err != nil {
			return nil, err
		}
		exp, err := os.ReadFile(filepath.Join(dir, c.Name(), "expected.html"))
		if err != nil {
			return nil, err
		}
		ps = append(ps, page{name: "readability/" + c.Name(), html: toUTF8(src), gold: normalise(htmlText(exp))})
	}
	return ps, nil
}

func loadTrafilatura(corpus string) ([]page, error) {
	dir := filepath.Join(corpus, "trafilatura-eval")
	var ev map[string]struct {
		With, Without []string
		HTML          string
	}
	if err := readJSON(filepath.Join(dir, "eval-by-file.json"), &ev); err != nil {
		return nil, err
	}
	var ps []page
	for _, name := range sortedKeys(ev) {
		e := ev[name]
		b, err := gunzip(filepath.Join(dir, e.HTML))
		if err != nil {
			return nil, err
		}
		p := page{name: "trafilatura/" + name, html: toUTF8(b)}
		for _, w := range e.With {
			p.with = append(p.with, normalise(w))
		}
		for _, w := range e.Without {
			p.without = append(p.without, normalise(w))
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// normalise lower-cases s and collapses its whitespace, so that lines and
// gold compare whatever their layout.
func normalise(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// htmlText is every text node of a fragment, space separated.
func htmlText(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b))
	var sb strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			sb.Write(z.Text())
			sb.WriteByte(' ')
		}
	}
}

// toUTF8 reads a page as UTF-8 when it is valid UTF-8, else by its
// declared or sniffed charset.
func toUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	enc, name, _ := charset.DetermineEncoding(b, "")
	if name == "utf-8" {
		return b
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return b
	}
	return out
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(z)
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

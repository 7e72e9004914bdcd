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

// doc is one evaluation page with its gold standard: a gold text
// (shingle scoring) or with/without snippets (snippet scoring).
type doc struct {
	name, url     string
	page          []byte // UTF-8
	gold          string
	snippets      bool
	with, without []string
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(z)
}

// toUTF8 decodes a page by BOM, meta charset or sniffing, the same way for
// every system so that charset handling does not skew the comparison. Like
// Copydesk's loader, a page that is valid UTF-8 is read as UTF-8 whatever
// it declares: scrapers re-save pages and leave the old declaration.
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

func loadScrapingHub(dir string) ([]doc, error) {
	var gt map[string]struct{ ArticleBody, URL string }
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &gt); err != nil {
		return nil, err
	}
	var docs []doc
	for _, id := range sortedKeys(gt) {
		page, err := gunzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		docs = append(docs, doc{name: id, url: gt[id].URL, page: page, gold: gt[id].ArticleBody})
	}
	return docs, nil
}

func loadTrafilatura(dir string) ([]doc, error) {
	var ev map[string]struct {
		With, Without []string
		URL, HTML     string
	}
	if err := readJSON(filepath.Join(dir, "eval-by-file.json"), &ev); err != nil {
		return nil, err
	}
	var docs []doc
	for _, name := range sortedKeys(ev) {
		e := ev[name]
		page, err := gunzip(filepath.Join(dir, e.HTML))
		if err != nil {
			return nil, err
		}
		docs = append(docs, doc{name: name, url: e.URL, page: toUTF8(page), snippets: true, with: e.With, without: e.Without})
	}
	return docs, nil
}

// loadReadability uses the text of Readability's expected.html as gold.
func loadReadability(dir string) ([]doc, error) {
	cases, err := os.ReadDir(filepath.Join(dir, "pages"))
	if err != nil {
		return nil, err
	}
	var docs []doc
	for _, c := range cases {
		base := filepath.Join(dir, "pages", c.Name())
		page, err := os.ReadFile(filepath.Join(base, "source.html"))
		if err != nil {
			return nil, err
		}
		exp, err := os.ReadFile(filepath.Join(base, "expected.html"))
		if err != nil {
			return nil, err
		}
		docs = append(docs, doc{name: c.Name(), url: "http://fakehost/test/page.html", page: toUTF8(page), gold: htmlText(exp)})
	}
	return docs, nil
}

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

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
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

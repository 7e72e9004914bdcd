package evaluate

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

// Doc is one evaluation page with its gold standard: a gold text
// (shingle scoring) or with/without snippets (snippet scoring).
type Doc struct {
	Name, URL     string
	Page          []byte // UTF-8
	Gold          string
	Snippets      bool
	With, Without []string
}

// Corpora are the evaluation sets, in the order the table prints them:
// the name used on the command line and the folder under the corpus root.
var Corpora = []struct{ Name, Dir string }{
	{"scrapinghub", "article-extraction-benchmark"},
	{"trafilatura", "trafilatura-eval"},
	{"readability", "readability-test-pages"},
}

// Load reads one corpus by name from the corpus root folder.
func Load(root, name string) ([]Doc, error) {
	for _, c := range Corpora {
		if c.Name != name {
			continue
		}
		dir := filepath.Join(root, c.Dir)
		switch name {
		case "scrapinghub":
			return loadScrapingHub(dir)
		case "trafilatura":
			return loadTrafilatura(dir)
		default:
			return loadReadability(dir)
		}
	}
	return nil, fmt.Errorf("unknown corpus %q", name)
}

// Score runs extract over a corpus and scores its output. extract returns
// the text, the headline it opens with ("" when none), and ok=false when
// it failed. The headline is left out where the gold text is the body
// alone (ScrapingHub, Readability); trafilatura-eval's wanted snippets
// include headlines, so there the text is scored as it comes.
func Score(docs []Doc, extract func(d Doc) (text, title string, ok bool), each func(d Doc, text string, ok bool)) Scores {
	var sh ShingleScorer
	var sn SnippetScorer
	for _, d := range docs {
		out, title, ok := extract(d)
		if !d.Snippets {
			out = BodyOnly(out, title)
		}
		if each != nil {
			each(d, out, ok)
		}
		if d.Snippets {
			sn.Add(d.With, d.Without, out, ok)
		} else {
			sh.Add(d.Gold, out)
		}
	}
	if len(docs) > 0 && docs[0].Snippets {
		return sn.Scores()
	}
	return sh.Scores()
}

// BodyOnly drops the headline a text opens with.
func BodyOnly(text, title string) string {
	if title != "" && strings.HasPrefix(text, title) {
		rest := text[len(title):]
		if rest == "" || strings.HasPrefix(rest, "\n\n") {
			return strings.TrimLeft(rest, "\n")
		}
	}
	return text
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

// UTF8 decodes a page by BOM, meta charset or sniffing, the same way for
// every system so that charset handling does not skew the comparison. Like
// Copydesk's loader, a page that is valid UTF-8 is read as UTF-8 whatever
// it declares: scrapers re-save pages and leave the old declaration.
func UTF8(b []byte) []byte {
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

func loadScrapingHub(dir string) ([]Doc, error) {
	var gt map[string]struct{ ArticleBody, URL string }
	if err := ReadJSON(filepath.Join(dir, "ground-truth.json"), &gt); err != nil {
		return nil, err
	}
	var docs []Doc
	for _, id := range SortedKeys(gt) {
		page, err := gunzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		docs = append(docs, Doc{Name: id, URL: gt[id].URL, Page: page, Gold: gt[id].ArticleBody})
	}
	return docs, nil
}

func loadTrafilatura(dir string) ([]Doc, error) {
	var ev map[string]struct {
		With, Without []string
		URL, HTML     string
	}
	if err := ReadJSON(filepath.Join(dir, "eval-by-file.json"), &ev); err != nil {
		return nil, err
	}
	var docs []Doc
	for _, name := range SortedKeys(ev) {
		e := ev[name]
		page, err := gunzip(filepath.Join(dir, e.HTML))
		if err != nil {
			return nil, err
		}
		docs = append(docs, Doc{Name: name, URL: e.URL, Page: UTF8(page), Snippets: true, With: e.With, Without: e.Without})
	}
	return docs, nil
}

// loadReadability uses the text of Readability's expected.html as gold.
func loadReadability(dir string) ([]Doc, error) {
	cases, err := os.ReadDir(filepath.Join(dir, "pages"))
	if err != nil {
		return nil, err
	}
	var docs []Doc
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
		docs = append(docs, Doc{Name: c.Name(), URL: "http://fakehost/test/page.html", Page: UTF8(page), Gold: htmlText(exp)})
	}
	return docs, nil
}

// htmlText is the text of a fragment as a reader sees it: text nodes run
// on within a line (inline elements such as a link or <b> add no space,
// which matters for Chinese and Japanese, where a space splits a token)
// and every other element boundary separates.
func htmlText(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b))
	var sb strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			sb.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if !inlineTags[string(name)] {
				sb.WriteByte(' ')
			}
		}
	}
}

// inlineTags are the elements that sit inside a line of text.
var inlineTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true, "code": true,
	"data": true, "dfn": true, "em": true, "font": true, "i": true, "kbd": true, "mark": true,
	"q": true, "ruby": true, "rt": true, "rp": true, "s": true, "samp": true, "small": true,
	"span": true, "strike": true, "strong": true, "sub": true, "sup": true, "time": true,
	"tt": true, "u": true, "var": true, "wbr": true,
}

// ReadJSON decodes a JSON file.
func ReadJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

// SortedKeys returns a map's keys in order.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

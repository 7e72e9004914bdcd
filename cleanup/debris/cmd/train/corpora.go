package main

import (
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk/cleanup/extract/evaluate"
)

// page is one labelled page: its HTML and either a gold article text or
// with/without snippets (trafilatura's annotation).
type page struct {
	name          string
	html          []byte
	gold          string // normalised; empty for snippet pages
	with, without []string
}

// loadCorpora reads the three labelled corpora through the extraction
// evaluation's loaders, in a fixed order (the held-out split depends on it).
func loadCorpora(shared string) ([]page, error) {
	root := filepath.Join(shared, "corpus")
	var all []page
	for _, c := range []struct{ corpus, prefix string }{
		{"scrapinghub", "aeb/"}, {"readability", "readability/"}, {"trafilatura", "trafilatura/"},
	} {
		docs, err := evaluate.Load(root, c.corpus)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			p := page{name: c.prefix + d.Name, html: evaluate.UTF8(d.Page), gold: normalise(d.Gold)}
			for _, w := range d.With {
				p.with = append(p.with, normalise(w))
			}
			for _, w := range d.Without {
				p.without = append(p.without, normalise(w))
			}
			all = append(all, p)
		}
	}
	return all, nil
}

// normalise lower-cases s and collapses its whitespace, so that lines and
// gold compare whatever their layout.
func normalise(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

package main

import (
	"bytes"
	"net/url"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"

	"github.com/copydesk/copydesk/cleanup/extract"
)

// system extracts article text from UTF-8 HTML; ok=false means it failed.
type system struct {
	name    string
	extract func(page []byte, pageURL string) (text string, ok bool)
}

var systems = []system{
	{"copydesk", func(page []byte, _ string) (string, bool) {
		a, err := extract.Page(page, "bench")
		if err != nil {
			return "", false
		}
		return a.Cleaned(), true
	}},
	{"go-readability", func(page []byte, pageURL string) (string, bool) {
		u, _ := url.Parse(pageURL)
		art, err := readability.FromReader(bytes.NewReader(page), u)
		if err != nil {
			return "", false
		}
		var b bytes.Buffer
		if art.RenderText(&b) != nil {
			return "", false
		}
		return b.String(), true
	}},
	{"go-trafilatura", func(page []byte, pageURL string) (string, bool) {
		u, _ := url.Parse(pageURL)
		res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{OriginalURL: u, ExcludeComments: true})
		if err != nil || res == nil {
			return "", false
		}
		return res.ContentText, true
	}},
}

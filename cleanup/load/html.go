package load

import (
	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/extract"
)

// htmlArticle decodes a page to UTF-8 and hands it to extraction.
func htmlArticle(source string, data []byte, in *input) (*cleanup.Article, error) {
	d := decodeHTML(data, in)
	a, err := extract.Page(d.text, source)
	if err != nil {
		return nil, err
	}
	a.Format = "html"
	setMeta(a, "charset", d.charset)
	setMeta(a, "warning", d.warning)
	return a, nil
}

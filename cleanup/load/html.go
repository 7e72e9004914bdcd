package load

import (
	"strings"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/extract"
)

// TitleFromHeadline (a TitleSourceKey value) says the title is the page's
// headline, kept by extraction as the first paragraph of the text: it is
// cleaned with the text, and exports show it once.
const TitleFromHeadline = "headline"

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
	if a.Title != "" && firstParagraph(a.Cleaned()) == a.Title {
		a.Meta[TitleSourceKey] = TitleFromHeadline
	}
	return a, nil
}

func firstParagraph(text string) string {
	p, _, _ := strings.Cut(text, "\n\n")
	return p
}

// CleanedHeadline returns the headline paragraph of an article as cleaned:
// the paragraph of the original that reads headline, with the applied
// changes that fall inside it. ok is false when the paragraph is not in
// the original, or a change removed it or reaches beyond it.
func CleanedHeadline(a *cleanup.Article, headline string) (string, bool) {
	orig := a.Original()
	start := paragraphAt(orig, headline)
	if start < 0 {
		return "", false
	}
	end := start + len(headline)
	var b strings.Builder
	pos := start
	for _, c := range a.Changes() {
		if c.State != cleanup.Applied || c.End <= start || c.Start >= end {
			continue // outside; an insertion at either edge is outside too
		}
		if c.Start < start || c.End > end {
			return "", false
		}
		b.WriteString(orig[pos:c.Start])
		b.WriteString(c.Replacement)
		pos = c.End
	}
	b.WriteString(orig[pos:end])
	out := strings.TrimSpace(b.String())
	return out, out != "" && !strings.Contains(out, "\n\n")
}

// paragraphAt finds text as a whole paragraph of s (between blank lines or
// the ends of s), or returns -1.
func paragraphAt(s, text string) int {
	if text == "" {
		return -1
	}
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], text)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(text)
		if (i == 0 || strings.HasSuffix(s[:i], "\n\n")) && (end == len(s) || strings.HasPrefix(s[end:], "\n\n")) {
			return i
		}
		from = i + 1
	}
	return -1
}

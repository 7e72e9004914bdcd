package extract

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// A block that extraction kept on many pages of one site in the batch is
// the site's furniture (a menu, a "most read" rail, a footer, a slogan),
// however much its markup looks like article text: a story's own
// paragraphs differ from page to page.
type siteRepeats struct{}

// NewSiteRepeats returns the batch pass that removes paragraphs an HTML
// page shares with other pages of its site in the batch. Short lines and
// link-like lines go when most of the site's pages share them; a repeated
// paragraph of prose is only suggested, since updates of one story reuse
// background paragraphs.
func NewSiteRepeats() cleanup.BatchPass { return siteRepeats{} }

func (siteRepeats) Name() string { return "extract.repeated" }

// Thresholds, in pages of one site holding the same paragraph.
const (
	repeatSuggestMin, repeatSuggestShare = 3, 0.3
	repeatApplyMin, repeatApplyShare     = 4, 0.5
)

// paragraph is one block of a draft's text.
type paragraph struct {
	start, end int
	key        string
}

func (siteRepeats) RunBatch(ds []*cleanup.Draft) {
	sites := map[string][]*cleanup.Draft{}
	for _, d := range ds {
		if d.Article.Format != "html" {
			continue
		}
		if s := siteOf(d.Article); s != "" {
			sites[s] = append(sites[s], d)
		}
	}
	for name, group := range sites {
		if len(group) >= repeatSuggestMin {
			removeSiteRepeats(name, group)
		}
	}
}

func removeSiteRepeats(site string, group []*cleanup.Draft) {
	paras := make([][]paragraph, len(group))
	pages := map[string]int{}
	for k, d := range group {
		paras[k] = paragraphsOf(d.Text(), d.Article.Title)
		seen := map[string]bool{}
		for _, p := range paras[k] {
			if !seen[p.key] {
				seen[p.key] = true
				pages[p.key]++
			}
		}
	}
	n := float64(len(group))
	for k, d := range group {
		text := d.Text()
		for i, p := range paras[k] {
			m := pages[p.key]
			if m < repeatSuggestMin || float64(m) < repeatSuggestShare*n {
				continue
			}
			block := text[p.start:p.end]
			state, conf := cleanup.Suggested, 0.5
			if m >= repeatApplyMin && float64(m) >= repeatApplyShare*n && !proseText(block) {
				state, conf = cleanup.Applied, 0.75
			}
			start, end := p.start, p.end
			if i > 0 {
				start = paras[k][i-1].end // with the blank line before it
			} else if i+1 < len(paras[k]) {
				end = paras[k][i+1].start
			}
			d.Propose(start, end, cleanup.Change{
				Rule: "extract.repeated", Category: cleanup.CatExtraction, State: state, Confidence: conf,
				Note: fmt.Sprintf("%q is on %d of %d pages from %s in this batch: site furniture", clipText(block), m, len(group), site),
			})
		}
	}
}

// paragraphsOf splits text at blank lines; the headline (the first
// paragraph when it is the title) is left out.
func paragraphsOf(text, title string) []paragraph {
	var out []paragraph
	for pos := 0; pos < len(text); {
		end := strings.Index(text[pos:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		block := text[pos:end]
		if key := strings.Join(strings.Fields(block), " "); key != "" && !(len(out) == 0 && pos == 0 && block == title) {
			out = append(out, paragraph{start: pos, end: end, key: key})
		}
		pos = end
		for pos < len(text) && text[pos] == '\n' {
			pos++
		}
	}
	return out
}

// proseText reports whether a paragraph reads like article prose.
func proseText(s string) bool { return len(s) >= proseMinBytes && sentence(s) }

// siteOf names the site a page came from: its URL's host, else the site
// name its metadata gives.
func siteOf(a *cleanup.Article) string {
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return a.Meta["site"]
}

// clipText shortens a paragraph for a note.
func clipText(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}

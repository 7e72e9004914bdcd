package review

import "github.com/copydesk/copydesk/cleanup"

// StampStyle records the house style an article was cleaned to in its
// metadata, which exports carry (Markdown front matter, JSON). The CLI and
// the window both call it, so their exports agree.
func StampStyle(arts []*cleanup.Article, style string) {
	for _, a := range arts {
		if a.Meta == nil {
			a.Meta = map[string]string{}
		}
		a.Meta["style"] = style
	}
}

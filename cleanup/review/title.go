package review

import (
	"strings"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/load"
)

// titleRunes caps a title made from a first line.
const titleRunes = 80

// TitledFromText reports whether an article's title was taken from its own
// first lines (not from metadata), so cleaning may change it. Call it
// before cleaning.
func TitledFromText(a *cleanup.Article) bool {
	return a.Title == "" || a.Title == load.Headline(a.Original()) || a.Title == FirstLine(a.Original())
}

// Retitle takes the title from the cleaned text: a breadcrumb or a menu the
// engine removed must not name the article in the list and the header.
func Retitle(a *cleanup.Article) {
	t := load.Headline(a.Cleaned())
	if t == "" {
		t = FirstLine(a.Cleaned())
	}
	a.Title = t
}

// FirstLine is a fallback title: the first non-empty line, shortened.
func FirstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if r := []rune(l); len(r) > titleRunes {
				return string(r[:titleRunes-1]) + "…"
			}
			return l
		}
	}
	return "(empty)"
}

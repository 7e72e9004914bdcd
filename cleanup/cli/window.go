package cli

import "github.com/copydesk/copydesk/cleanup"

// A batch is cleaned and written a window at a time, so memory stays
// bounded however big the feed: up to windowArticles articles or
// windowBytes of text, whichever comes first. Checks that compare articles
// (recurring lines, name variants across the batch) look within a window.
const (
	windowArticles = 1000
	windowBytes    = 64 << 20
)

// window collects loaded articles until it is full.
type window struct {
	articles []*cleanup.Article
	bytes    int
}

func (w *window) add(a *cleanup.Article) {
	w.articles = append(w.articles, a)
	w.bytes += len(a.Original())
}

func (w *window) full() bool {
	return len(w.articles) >= windowArticles || w.bytes >= windowBytes
}

// take empties the window and returns what it held; the slice is new for
// every window, so the caller may keep it.
func (w *window) take() []*cleanup.Article {
	as := w.articles
	*w = window{}
	return as
}

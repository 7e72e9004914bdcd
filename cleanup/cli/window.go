package cli

import "github.com/copydesk/copydesk/cleanup"

// A batch is cleaned and written a window at a time, so memory stays
// bounded however big the feed: up to articles articles or bytes of text,
// whichever comes first. Checks that compare articles (recurring lines,
// name variants across the batch) look within a window.
type windowLimits struct {
	articles int
	bytes    int
}

// defaultWindow is the window of the copydesk command; tests pass smaller
// ones so that streaming shows on small inputs.
var defaultWindow = windowLimits{articles: 1000, bytes: 64 << 20}

// window collects loaded articles until it is full.
type window struct {
	limits   windowLimits
	articles []*cleanup.Article
	bytes    int
}

func (w *window) add(a *cleanup.Article) {
	w.articles = append(w.articles, a)
	w.bytes += len(a.Original())
}

func (w *window) full() bool {
	return len(w.articles) >= w.limits.articles || w.bytes >= w.limits.bytes
}

// take empties the window and returns what it held; the slice is new for
// every window, so the caller may keep it.
func (w *window) take() []*cleanup.Article {
	as := w.articles
	w.articles, w.bytes = nil, 0
	return as
}

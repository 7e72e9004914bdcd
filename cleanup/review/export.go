package review

import (
	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/export"
)

// WriteDir writes one file per article into dir, never over one of the
// inputs, reporting progress from 0 to 1, and returns how many it wrote
// and what failed (one line each, naming the article). It touches no
// shared state, so it runs on a worker goroutine; give it copies
// (CopyArticle) of live articles.
func WriteDir(arts []*cleanup.Article, format, dir string, inputs []string, progress func(float64)) (written int, fails []string) {
	out, err := export.NewDir(dir, format)
	if err != nil {
		return 0, []string{err.Error()}
	}
	out.Protect(inputs...)
	step := max(1, len(arts)/50)
	for i, a := range arts {
		if _, err := out.Write(a); err != nil {
			fails = append(fails, a.Source+": "+err.Error())
		} else {
			written++
		}
		if i%step == 0 {
			progress(float64(i+1) / float64(len(arts)))
		}
	}
	return written, fails
}

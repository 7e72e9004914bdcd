package export

import (
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

// sourceName is what a published document says about where an article
// came from: the file's name (with its "#3" record number), never the
// editor's local folder. A web address stays whole.
func sourceName(a *cleanup.Article) string {
	s := a.Source
	if strings.Contains(s, "://") {
		return valid(s)
	}
	return valid(filepath.Base(filepath.FromSlash(s)))
}

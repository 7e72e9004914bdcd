// Package load reads articles from files, folders, feeds and stdin (stub; being written).
package load

import (
	"fmt"
	"io"

	"github.com/copydesk/copydesk/cleanup"
)

// Options adjust loading.
type Options struct {
	From  string    // force a format: txt, md, html, json, jsonl
	Stdin io.Reader // read for the path "-"
}

// Error names the file (and line, for feeds) that could not be loaded.
type Error struct {
	Path string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Walk loads every article under paths in order, calling emit for each
// article and fail for each file or line that could not be read.
func Walk(paths []string, o Options, emit func(*cleanup.Article), fail func(error)) {
	for _, p := range paths {
		fail(&Error{Path: p, Err: fmt.Errorf("loader not written yet")})
	}
}

// Package load reads articles from files, folders, feeds and stdin: plain
// text, Markdown, HTML in any charset, JSON documents and JSON Lines feeds,
// each optionally gzip-compressed.
package load

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

// Options adjust loading.
type Options struct {
	From  string    // force a format: txt, md, html, json, jsonl
	Stdin io.Reader // read for the path "-"
	// Skip, if set, hears of each file in a folder that is not loaded
	// (hidden files aside): its path and what it is ("PNG image",
	// "project file").
	Skip func(path, what string)
}

// StdinName stands for standard input in sources and error messages.
const StdinName = "<stdin>"

// Error names the file (and line, for feeds) that could not be loaded.
type Error struct {
	Path string
	Line int
	Err  error
}

func (e *Error) Error() string {
	p := displayPath(e.Path)
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", p, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", p, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// displayPath quotes a path that holds control characters (a newline in a
// file name would otherwise split one error into two lines).
func displayPath(p string) string {
	if strings.IndexFunc(p, func(r rune) bool { return r < ' ' || r == 0x7f }) >= 0 {
		return strconv.Quote(p)
	}
	return p
}

// Walk loads every article under paths in order, calling emit for each
// article and fail for each file or line that could not be read; one bad
// file or feed line never stops the rest. Both callbacks run on the
// caller's goroutine.
//
// The format comes from o.From, else the extension (through .gz), else the
// content. Folders are read recursively in name order, following symlinks
// but not loops, skipping hidden entries and files of other types; a file
// named in paths is always tried, and "-" reads o.Stdin. Sources are the
// path, or path#N for the N-th line of a feed or item of a JSON array.
func Walk(paths []string, o Options, emit func(*cleanup.Article), fail func(error)) {
	if o.From != "" {
		f := canonicalFormat(o.From)
		if f == "" {
			fail(fmt.Errorf("unknown input format %q (want txt, md, html, json or jsonl)", o.From))
			return
		}
		o.From = f
	}
	w := walker{opts: o, emit: emit, fail: fail}
	for _, p := range paths {
		w.top(p)
	}
}

// feedSource names the n-th article (1-based) inside a feed or array.
func feedSource(path string, n int) string {
	return path + "#" + strconv.Itoa(n)
}

// fileError wraps err as an *Error for path, unless it already is one.
func fileError(path string, err error) error {
	if _, ok := err.(*Error); ok {
		return err
	}
	return &Error{Path: path, Err: err}
}

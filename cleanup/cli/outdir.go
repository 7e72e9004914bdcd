package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/export"
)

// dirOutput writes one file per article into a folder, never over an
// input, and ends with a one-line summary on stderr.
type dirOutput struct {
	dir     string
	d       *export.Dir
	r       *report
	written int
	last    string // the input file protected last, as a feed gives many articles
}

func newDirOutput(dir, format string, paths []string, r *report) (*dirOutput, error) {
	d, err := export.NewDir(dir, format)
	if err != nil {
		return nil, fmt.Errorf("-o %s: %w", dir, err)
	}
	d.Protect(paths...)
	d.Protect(inputsIn(dir, paths)...)
	return &dirOutput{dir: dir, d: d, r: r}, nil
}

func (o *dirOutput) window(as []*cleanup.Article) {
	for _, a := range as {
		if f := sourceFile(a.Source); f != o.last {
			o.d.Protect(f)
			o.last = f
		}
	}
	for _, a := range as {
		if _, err := o.d.Write(a); err != nil {
			o.r.fail(fmt.Errorf("%s: %w", a.Source, err))
			continue
		}
		o.written++
	}
}

func (o *dirOutput) close() {
	fmt.Fprintf(o.r.stderr, "wrote %s to %s%s\n", plural(o.written, "file"), withSlash(o.dir), errorNote(o.r.failures))
}

// inputsIn lists the files already in dir when an input folder holds dir
// (or is it): they may be inputs not read yet when the first windows are
// written, so no output may replace them.
func inputsIn(dir string, paths []string) []string {
	out, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	out = resolved(out)
	inside := false
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil && p != "-" {
			rel, err := filepath.Rel(resolved(abs), out)
			inside = inside || err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
		}
	}
	if !inside {
		return nil
	}
	entries, _ := os.ReadDir(dir)
	var files []string
	for _, e := range entries {
		files = append(files, filepath.Join(dir, e.Name()))
	}
	return files
}

// resolved follows symlinks where it can.
func resolved(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// sourceFile strips the "#N" that names an article inside a feed.
func sourceFile(source string) string {
	i := strings.LastIndexByte(source, '#')
	if i < 0 || i == len(source)-1 || strings.Trim(source[i+1:], "0123456789") != "" {
		return source
	}
	return source[:i]
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func errorNote(failures int) string {
	if failures == 0 {
		return ""
	}
	return " (" + plural(failures, "error") + ")"
}

func withSlash(dir string) string {
	if strings.HasSuffix(dir, "/") || strings.HasSuffix(dir, string(filepath.Separator)) {
		return dir
	}
	return dir + string(filepath.Separator)
}

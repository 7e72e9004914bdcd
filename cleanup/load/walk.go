package load

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

// walker carries one Walk's options and callbacks.
type walker struct {
	opts Options
	emit func(*cleanup.Article)
	fail func(error)
}

// visited is a folder on the current descent, kept to detect symlink loops.
type visited struct {
	path string
	info os.FileInfo
}

// top loads one path named by the caller: stdin, a folder or a file. Named
// files are always tried, whatever their extension.
func (w *walker) top(p string) {
	if p == "-" {
		if w.opts.Stdin == nil {
			w.fail(&Error{Path: StdinName, Err: errors.New("no standard input")})
			return
		}
		w.read(StdinName, w.opts.Stdin, w.format(StdinName))
		return
	}
	info, err := os.Stat(p)
	if err != nil {
		w.fail(&Error{Path: p, Err: bare(err)})
		return
	}
	if info.IsDir() {
		w.dir(p, []visited{{p, info}})
		return
	}
	w.file(p, w.format(p))
}

// dir loads a folder's supported files recursively, in name order. Hidden
// entries and special files are passed over without a word; other regular
// files (images, PDFs, a README) are reported to Options.Skip.
func (w *walker) dir(p string, up []visited) {
	entries, err := os.ReadDir(p)
	if err != nil {
		w.fail(&Error{Path: p, Err: bare(err)})
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full := filepath.Join(p, name)
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(full)
			if err != nil {
				w.fail(&Error{Path: full, Err: fmt.Errorf("broken symlink: %w", bare(err))})
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			w.subdir(full, up)
		case !mode.IsRegular():
		case projectFile(name):
			w.skip(full, "project file")
		case formatOf(name) != "":
			w.file(full, w.format(full))
		default:
			w.skip(full, fileKind(full))
		}
	}
}

// subdir descends into a folder unless it is one of its own ancestors,
// which only a symlink can make happen.
func (w *walker) subdir(p string, up []visited) {
	info, err := os.Stat(p)
	if err != nil {
		w.fail(&Error{Path: p, Err: bare(err)})
		return
	}
	for _, a := range up {
		if os.SameFile(a.info, info) {
			w.fail(&Error{Path: p, Err: fmt.Errorf("symlink loop back to %s, not followed", displayPath(a.path))})
			return
		}
	}
	w.dir(p, append(up[:len(up):len(up)], visited{p, info}))
}

// format is the format forced by the options, or the one the name implies
// ("" when only the content can tell).
func (w *walker) format(name string) string {
	if w.opts.From != "" {
		return w.opts.From
	}
	return formatOf(name)
}

// file opens and loads one file.
func (w *walker) file(p, format string) {
	f, err := os.Open(p)
	if err != nil {
		w.fail(&Error{Path: p, Err: bare(err)})
		return
	}
	defer f.Close()
	w.read(p, f, format)
}

// read loads one stream named p in the given format ("" to sniff).
func (w *walker) read(p string, r io.Reader, format string) {
	in, err := prepare(r)
	if err != nil {
		w.fail(&Error{Path: p, Err: err})
		return
	}
	if format == "" {
		format = sniff(in.head())
	}
	if err := w.load(p, in, format); err != nil {
		w.fail(fileError(p, err))
	}
}

// load dispatches to the loader of a format.
func (w *walker) load(p string, in *input, format string) error {
	switch format {
	case "jsonl":
		return w.jsonl(p, in)
	case "json":
		return w.json(p, in)
	}
	data, err := in.readAll()
	if err != nil {
		return err
	}
	switch format {
	case "html":
		a, err := htmlArticle(p, data, in)
		if err != nil {
			return err
		}
		w.emit(a)
	default:
		w.emit(textArticle(p, data, format, in))
	}
	return nil
}

// bare drops the operation and path from an os error: the Error that
// wraps it names the path already.
func bare(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// skip tells Options.Skip about a file in a folder that is not loaded.
func (w *walker) skip(p, what string) {
	if w.opts.Skip != nil {
		w.opts.Skip(p, what)
	}
}

// projectFile reports names like README.md or LICENSE: a project's own
// notes, kept next to articles but not articles. The name is a stem of
// assets/load/project-files.tsv with no extension or one that notes use
// (projectNoteExts); "changelog.blog.html" is an article.
func projectFile(name string) bool {
	ext := filepath.Ext(name)
	if !slices.Contains(projectNoteExts, strings.ToLower(ext)) {
		return false
	}
	return slices.Contains(projectStems, strings.ToUpper(strings.TrimSuffix(name, ext)))
}

// projectNoteExts are the extensions a README or CHANGELOG has that would
// otherwise load it as an article (text and Markdown), and none.
var projectNoteExts = []string{"", ".md", ".markdown", ".txt"}

// fileKind names what a file that is not an article looks like, from its
// first bytes (assets/load/signatures.tsv), else its extension.
func fileKind(p string) string {
	if f, err := os.Open(p); err == nil {
		head := make([]byte, 64)
		n, _ := io.ReadFull(f, head)
		f.Close()
		if kind := signature(head[:n]); kind != "" {
			kind, _, _ = strings.Cut(kind, " (") // "a ZIP archive (or docx, …)"
			kind = strings.TrimPrefix(strings.TrimPrefix(kind, "a "), "an ")
			return kind
		}
	}
	if ext := filepath.Ext(p); ext != "" {
		return strings.ToLower(ext) + " file"
	}
	return "unknown type"
}

package export

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/cleanup/atomicfile"

	"github.com/copydesk/copydesk/cleanup"
)

// Dir writes one file per article into a folder, named after the title,
// numbering collisions (-2, -3 …) and never replacing an input file.
type Dir struct {
	path   string
	format string
	inputs []os.FileInfo
	taken  map[string]bool // names used in this run, lower-cased for case-insensitive systems
}

// NewDir prepares dir (created if missing) for files in format.
func NewDir(dir, format string) (*Dir, error) {
	if !Known(format) {
		return nil, fmt.Errorf("unknown output format %q", format)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &Dir{path: dir, format: format, taken: map[string]bool{}}, nil
}

// Protect marks files that must never be written over, such as the inputs
// of the batch. Paths that do not exist are ignored.
func (d *Dir) Protect(paths ...string) {
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			d.inputs = append(d.inputs, fi)
		}
	}
}

// Write exports one article and returns the path written.
func (d *Dir) Write(a *cleanup.Article) (string, error) {
	var buf bytes.Buffer
	if err := Write(&buf, d.format, a); err != nil {
		return "", err
	}
	name := d.claim(stemFor(a.Title, a.Source))
	return filepath.Join(d.path, name), atomicfile.WriteFile(filepath.Join(d.path, name), buf.Bytes())
}

// claim returns the first free name for stem: not used earlier in this
// run and not an existing input file (same file, even through a link).
func (d *Dir) claim(stem string) string {
	ext := Extension(d.format)
	for n := 1; ; n++ {
		name := stem + ext
		if n > 1 {
			name = stem + "-" + strconv.Itoa(n) + ext
		}
		key := strings.ToLower(name)
		if d.taken[key] || d.isInput(filepath.Join(d.path, name)) {
			continue
		}
		d.taken[key] = true
		return name
	}
}

func (d *Dir) isInput(path string) bool {
	fi, err := os.Stat(path)
	if err != nil {
		return false
	}
	for _, in := range d.inputs {
		if os.SameFile(fi, in) {
			return true
		}
	}
	return false
}

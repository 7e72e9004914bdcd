// Package atomicfile writes files that appear under their final name only
// once complete: data goes to a hidden temporary file in the same folder,
// is flushed to disk and renamed over the target, so a reader (or a crash,
// or kill -9) sees either the old file or the whole new one.
package atomicfile

import (
	"io/fs"
	"os"
	"path/filepath"
)

// TempPattern names the temporary files; it never ends in an export's
// extension, so a half-written file cannot pass for an output.
const TempPattern = ".copydesk-*.tmp"

// File is a file being written; Commit publishes it, Abort drops it.
type File struct {
	*os.File
	path string
	mode fs.FileMode
}

// Create starts writing path. The finished file keeps the permissions of
// the file it replaces, or gets 0644.
func Create(path string) (*File, error) {
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(path), TempPattern)
	if err != nil {
		return nil, err
	}
	return &File{File: f, path: path, mode: mode}, nil
}

// Commit puts the complete file under its final name.
func (f *File) Commit() (err error) {
	defer func() {
		if err != nil {
			f.Abort()
		}
	}()
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Chmod(f.mode); err != nil {
		return err
	}
	if err = f.File.Close(); err != nil {
		return err
	}
	if err = os.Rename(f.Name(), f.path); err != nil {
		return err
	}
	syncDir(filepath.Dir(f.path))
	return nil
}

// Abort drops the temporary file; the final name is left as it was.
func (f *File) Abort() {
	f.File.Close()
	os.Remove(f.Name())
}

// WriteFile replaces path with data atomically.
func WriteFile(path string, data []byte) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// syncDir makes the rename itself durable. Some systems (Windows) cannot
// open a folder for syncing; the file is written either way, so errors
// are ignored.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

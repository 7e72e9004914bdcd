package export

import (
	"os"
	"path/filepath"
)

// AtomicFile is a file that appears under its final name only once it is
// complete: it is written as a hidden temporary file in the same folder,
// flushed to disk and renamed over the target, so a reader (or a crash, or
// kill -9) sees either the old file or the whole new one. The temporary
// name, ".copydesk-*.tmp", never ends in an export's extension.
type AtomicFile struct {
	*os.File
	path string
}

// CreateAtomic starts writing path.
func CreateAtomic(path string) (*AtomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".copydesk-*.tmp")
	if err != nil {
		return nil, err
	}
	return &AtomicFile{File: f, path: path}, nil
}

// Commit puts the complete file under its final name.
func (f *AtomicFile) Commit() (err error) {
	defer func() {
		if err != nil {
			f.Abort()
		}
	}()
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
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
func (f *AtomicFile) Abort() {
	f.File.Close()
	os.Remove(f.Name())
}

// writeAtomic writes data to dir/name through an AtomicFile.
func writeAtomic(dir, name string, data []byte) error {
	f, err := CreateAtomic(filepath.Join(dir, name))
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

package app

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/names"
	"github.com/copydesk/copydesk/cleanup/review"
	"github.com/copydesk/copydesk/cleanup/style"
)

// glossaryFileName is the editor's own glossary in the app's storage root,
// applied over the house style's presets (format: assets/glossary/README.md).
const glossaryFileName = "glossary.tsv"

// readUserGlossary reads the user glossary; a missing file is an empty one.
func readUserGlossary(path string) ([]names.Entry, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return names.ReadGlossary(f, path)
}

// writeUserGlossary replaces the user glossary with entries, whole and
// atomically. The result is read back before it is written, so a file the
// engine would refuse never reaches the disk.
func writeUserGlossary(path string, entries []names.Entry) error {
	var b bytes.Buffer
	b.WriteString("# Copydesk user glossary: your spellings, applied over the house style.\n")
	b.WriteString("# Edited from the app (House Style › Glossary…); format: assets/glossary/README.md.\n")
	b.WriteString(names.HeaderLine())
	for _, e := range entries {
		if err := names.WriteEntry(&b, e); err != nil {
			return err
		}
	}
	if _, err := names.ReadGlossary(bytes.NewReader(b.Bytes()), path); err != nil {
		return err
	}
	return review.WriteAtomic(path, b.Bytes())
}

// presetEntries reads the glossaries a house style loads, in order. Each
// entry's Source names its file and line.
func presetEntries(styleName string) ([]names.Entry, error) {
	st, err := style.Load(styleName)
	if err != nil {
		return nil, err
	}
	var all []names.Entry
	for _, g := range st.Glossaries {
		f, err := assets.FS.Open(g)
		if err != nil {
			return nil, fmt.Errorf("style %s: %w", st.Name, err)
		}
		entries, err := names.ReadGlossary(f, g)
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, entries...)
	}
	return all, nil
}

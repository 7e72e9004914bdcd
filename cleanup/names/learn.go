package names

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/cleanup/atomicfile"
)

// Learn adds e to the user glossary file at path, for "add this spelling
// to my glossary" in review. A variant the file already gives to the same
// canonical is skipped; new variants of a canonical the file has join its
// row; otherwise a row is appended. Other lines are kept byte for byte, so
// the file stays the editor's, and it is replaced atomically (temp file +
// rename): a crash leaves the old file or the new one, never half of one.
// It returns how many spellings were added. A spelling the file gives to
// another canonical is an error, as ReadGlossary would reject the result.
func Learn(path string, e Entry) (int, error) {
	if e.Kind == "" {
		e.Kind = "person"
	}
	if e.Basis == "" {
		e.Basis = "accepted in review"
	}
	old, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		old, err = []byte(HeaderLine()), nil
	}
	if err != nil {
		return 0, err
	}
	entries, err := ReadGlossary(bytes.NewReader(old), path)
	if err != nil {
		return 0, fmt.Errorf("glossary left unchanged: %w", err)
	}
	var row *Entry
	owner := map[string]*Entry{}
	for i := range entries {
		en := &entries[i]
		if en.Canonical == e.Canonical {
			row = en
		}
		for _, s := range append([]string{en.Canonical}, en.Variants...) {
			owner[strings.ToLower(s)] = en
		}
	}
	if o := owner[strings.ToLower(e.Canonical)]; o != nil && o.Canonical != e.Canonical {
		return 0, fmt.Errorf("%s: %q is already listed for %q", o.Source, e.Canonical, o.Canonical)
	}
	var fresh []string
	for _, v := range e.Variants {
		switch o := owner[strings.ToLower(v)]; {
		case strings.EqualFold(v, e.Canonical):
			// a difference of case only is not a spelling to learn
		case o == nil:
			fresh = append(fresh, v)
			owner[strings.ToLower(v)] = &e
		case o.Canonical != e.Canonical:
			return 0, fmt.Errorf("%s: %q is already listed for %q", o.Source, v, o.Canonical)
		}
	}
	if len(fresh) == 0 {
		return 0, nil
	}
	var out []byte
	if row == nil {
		e.Variants = fresh
		var b bytes.Buffer
		if err := WriteEntry(&b, e); err != nil {
			return 0, err
		}
		out = append(old, b.Bytes()...)
		if len(old) > 0 && old[len(old)-1] != '\n' {
			out = append(append(old[:len(old):len(old)], '\n'), b.Bytes()...)
		}
	} else {
		grown := *row
		grown.Variants = append(append([]string(nil), row.Variants...), fresh...)
		if out, err = replaceRow(old, row.Source, grown); err != nil {
			return 0, err
		}
	}
	return len(fresh), atomicfile.WriteFile(path, out)
}

// replaceRow rewrites the line an entry came from ("file:line").
func replaceRow(text []byte, source string, e Entry) ([]byte, error) {
	n, err := strconv.Atoi(source[strings.LastIndexByte(source, ':')+1:])
	if err != nil {
		return nil, fmt.Errorf("entry source %q has no line number", source)
	}
	var b bytes.Buffer
	if err := WriteEntry(&b, e); err != nil {
		return nil, err
	}
	lines := bytes.SplitAfter(text, []byte("\n"))
	row := b.Bytes()
	if !bytes.HasSuffix(lines[n-1], []byte("\n")) {
		row = bytes.TrimSuffix(row, []byte("\n"))
	} else if bytes.HasSuffix(lines[n-1], []byte("\r\n")) {
		row = append(bytes.TrimSuffix(row, []byte("\n")), '\r', '\n')
	}
	lines[n-1] = row
	return bytes.Join(lines, nil), nil
}

package normalize

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/tsv"
)

// Tables are the data the Unicode pass runs on: which characters it
// replaces and which letters look alike across scripts.
type Tables struct {
	chars  charTable
	glyphs homoglyphs
}

// LoadTables reads translit/characters.tsv and translit/homoglyphs.tsv from
// fsys (assets.FS in production).
func LoadTables(fsys fs.FS) (*Tables, error) {
	var t Tables
	if err := readTSV(fsys, "translit/characters.tsv", []string{"char", "rule", "replacement", "note"}, t.chars.addRow); err != nil {
		return nil, err
	}
	t.glyphs = homoglyphs{}
	if err := readTSV(fsys, "translit/homoglyphs.tsv", []string{"latin", "cyrillic", "greek"}, t.glyphs.addRow); err != nil {
		return nil, err
	}
	return &t, nil
}

// builtin loads the embedded tables once; they are tested, so a failure is
// a build mistake, not a user error.
var builtin = sync.OnceValue(func() *Tables {
	t, err := LoadTables(assets.FS)
	if err != nil {
		panic("normalize: embedded tables: " + err.Error())
	}
	return t
})

// readTSV calls row for every data row of a table with exactly the
// header's columns.
func readTSV(fsys fs.FS, name string, header []string, row func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return tsv.Each(f, name, header, func(_ int, fields []string) error {
		if len(fields) != len(header) {
			return fmt.Errorf("want %d tab-separated columns, got %d", len(header), len(fields))
		}
		return row(fields)
	})
}

// parseCodeRange reads "U+200B" or "U+2000..U+200A".
func parseCodeRange(s string) (lo, hi rune, err error) {
	first, last, isRange := strings.Cut(s, "..")
	if lo, err = parseCodePoint(first); err != nil {
		return 0, 0, err
	}
	if !isRange {
		return lo, lo, nil
	}
	if hi, err = parseCodePoint(last); err != nil {
		return 0, 0, err
	}
	if hi < lo {
		return 0, 0, fmt.Errorf("range %s runs backwards", s)
	}
	return lo, hi, nil
}

func parseCodePoint(s string) (rune, error) {
	hex, ok := strings.CutPrefix(s, "U+")
	if !ok {
		return 0, fmt.Errorf("code point %q: want U+XXXX", s)
	}
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || v > utf8.MaxRune {
		return 0, fmt.Errorf("code point %q: not a valid code point", s)
	}
	return rune(v), nil
}

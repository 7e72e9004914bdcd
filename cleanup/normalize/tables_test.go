package normalize

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/copydesk/copydesk/assets"
)

func TestEmbeddedTablesLoad(t *testing.T) {
	tb, err := LoadTables(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	if tb.chars.index['\u200B'] == 0 || tb.glyphs['і'][0] != 'i' {
		t.Fatal("embedded tables miss basic rows")
	}
}

// Table files start with a header row naming their columns.
const (
	charsHeader  = "char\trule\treplacement\tnote\n"
	glyphsHeader = "latin\tcyrillic\tgreek\n"
)

func TestTableErrors(t *testing.T) {
	goodChars := "U+200B\tunicode.zero-width\t\"\"\tzero-width space removed\n"
	goodGlyphs := "a\tа\t-\n"
	tests := []struct {
		name, chars, glyphs, want string
	}{
		{"columns", "U+200B\tunicode.zero-width\n", goodGlyphs, "want 4 tab-separated columns"},
		{"code point", "200B\tunicode.zero-width\t\"\"\tx\n", goodGlyphs, "want U+XXXX"},
		{"backwards range", "U+200B..U+2000\tunicode.zero-width\t\"\"\tx\n", goodGlyphs, "runs backwards"},
		{"astral", "U+1F600\tunicode.zero-width\t\"\"\tx\n", goodGlyphs, "below U+10000"},
		{"unquoted replacement", "U+200B\tunicode.zero-width\tnothing\tx\n", goodGlyphs, "quoted string"},
		{"wrong script", goodChars, "а\ta\t-\n", "not one Latin letter"},
		{"two letters in a cell", goodChars, "ab\tа\t-\n", "not one Latin letter"},
		{"duplicate letter", goodChars, "a\tа\t-\na\tа\t-\n", "listed twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"translit/characters.tsv": {Data: []byte("# comment\n" + charsHeader + tt.chars)},
				"translit/homoglyphs.tsv": {Data: []byte(glyphsHeader + tt.glyphs)},
			}
			_, err := LoadTables(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// TestCustomTables shows the pass follows its data: a table that drops the
// tatweel row leaves tatweel alone.
func TestCustomTables(t *testing.T) {
	fsys := fstest.MapFS{
		"translit/characters.tsv": {Data: []byte(charsHeader + "U+200B\tunicode.zero-width\t\"\"\tzero-width space removed\n")},
		"translit/homoglyphs.tsv": {Data: []byte(glyphsHeader + "i\tі\t-\n")},
	}
	tb, err := LoadTables(fsys)
	if err != nil {
		t.Fatal(err)
	}
	a := clean(t, "أخـبار Ky\u200bіv", NewWithTables(Options{}, tb))
	if got := a.Cleaned(); got != "أخـبار Kyiv" {
		t.Fatalf("got %q", got)
	}
}

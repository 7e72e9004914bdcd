package load

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite the generated fixtures in testdata/charset")

// encoded is a fixture made from a UTF-8 template in testdata/charset/src:
// {{META}} becomes meta, {{CHARSET}} the charset name, then the text is
// encoded. The bytes are committed; TestEncodedFixtures keeps them honest.
type encoded struct {
	file, src, charset, meta string
	declared                 string // the charset the meta names, if not charset
}

const (
	withCharset = `<meta charset="%s">`
	withEquiv   = `<meta http-equiv="Content-Type" content="text/html; charset=%s">`
)

var encodedFixtures = []encoded{
	{"ar-1256-meta.html", "arabic.html", "windows-1256", withCharset, ""},
	{"ar-1256-equiv.html", "arabic.html", "windows-1256", withEquiv, ""},
	{"ar-1256-guess.html", "arabic.html", "windows-1256", "", ""},
	{"ar-1256-guess.txt", "arabic.txt", "windows-1256", "", ""},
	{"ar-utf16le-bom.html", "arabic.html", "utf-16le+bom", "", ""},
	{"ar-utf16le-nobom.txt", "arabic.txt", "utf-16le", "", ""},
	{"ru-1251-meta.html", "russian.html", "windows-1251", withCharset, ""},
	{"ru-1251-guess.html", "russian.html", "windows-1251", "", ""},
	{"ru-1251-late-meta.html", "russian-late-meta.html", "windows-1251", withCharset, ""},
	{"ru-1251.xhtml", "russian.xhtml", "windows-1251", "", ""},
	{"ru-1251-guess.txt", "russian.txt", "windows-1251", "", ""},
	{"ru-koi8r-meta.html", "russian.html", "koi8-r", withCharset, ""},
	{"ru-koi8r-guess.html", "russian.html", "koi8-r", "", ""},
	{"ru-koi8r-guess.txt", "russian.txt", "koi8-r", "", ""},
	{"ru-utf16be-bom.html", "russian.html", "utf-16be+bom", "", ""},
	{"ru-utf16be-nobom.txt", "russian.txt", "utf-16be", "", ""},
	{"ru-meta-lies.html", "russian.html", "utf-8", withCharset, "windows-1251"},
	{"uk-1251-guess.txt", "ukrainian.txt", "windows-1251", "", ""},
	{"uk-koi8u-guess.txt", "ukrainian.txt", "koi8-u", "", ""},
	{"fr-1252-guess.html", "french.html", "windows-1252", "", ""},
}

// utf8Template returns a template filled in as UTF-8, what every encoded
// fixture must decode to.
func utf8Template(t *testing.T, src string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "charset", "src", src))
	if err != nil {
		t.Fatal(err)
	}
	return strings.NewReplacer("{{META}}", "", "{{CHARSET}}", "utf-8").Replace(string(b))
}

func (e encoded) bytes(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "charset", "src", e.src))
	if err != nil {
		t.Fatal(err)
	}
	declared := e.declared
	if declared == "" {
		declared = e.charset
	}
	meta := strings.Replace(e.meta, "%s", declared, 1)
	text := strings.NewReplacer("{{META}}", meta, "{{CHARSET}}", e.charset).Replace(string(b))
	var enc encoding.Encoding
	switch e.charset {
	case "utf-16le+bom":
		enc = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case "utf-16be+bom":
		enc = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	case "utf-16le":
		enc = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case "utf-16be":
		enc = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	default:
		if enc, err = htmlindex.Get(e.charset); err != nil {
			t.Fatal(err)
		}
	}
	out, err := enc.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatalf("%s: %v", e.file, err)
	}
	return out
}

// TestEncodedFixtures checks the committed fixtures against their
// templates; run with -update to rewrite them.
func TestEncodedFixtures(t *testing.T) {
	for _, e := range encodedFixtures {
		want := e.bytes(t)
		path := filepath.Join("testdata", "charset", e.file)
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run TestEncodedFixtures -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is out of date (run go test -run TestEncodedFixtures -update)", path)
		}
	}
}

package export

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

// metaOrder puts the usual metadata first in front matter; other keys
// follow in alphabetical order.
var metaOrder = []string{"date", "author", "byline", "site", "lang", "language", "style"}

// writeMarkdown writes YAML front matter (title, source, url, then the
// metadata) and the cleaned text.
func writeMarkdown(w io.Writer, a *cleanup.Article) error {
	var b strings.Builder
	b.WriteString("---\n")
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s: %s\n", yamlKey(k), yamlString(v))
		}
	}
	field("title", a.Title)
	field("source", a.Source)
	field("url", a.URL)
	for _, k := range metaKeys(a.Meta) {
		field(k, a.Meta[k])
	}
	b.WriteString("---\n\n")
	b.WriteString(a.Cleaned())
	_, err := io.WriteString(w, b.String())
	return err
}

func metaKeys(m map[string]string) []string {
	var first, rest []string
	for _, k := range metaOrder {
		if _, ok := m[k]; ok {
			first = append(first, k)
		}
	}
	for k := range m {
		if !slices.Contains(metaOrder, k) && k != "title" && k != "source" && k != "url" {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(first, rest...)
}

// yamlKey leaves a plain lower-case key as is and quotes anything else,
// so scraped metadata names cannot break the block or turn into booleans
// and nulls ("on", "no", "null").
func yamlKey(k string) string {
	plain := k != "" && k[0] >= 'a' && k[0] <= 'z' && !slices.Contains(yamlWords, k)
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			plain = false
		}
	}
	if plain {
		return k
	}
	return yamlString(k)
}

// yamlWords are plain scalars that YAML 1.1 or 1.2 reads as non-strings.
var yamlWords = []string{"y", "n", "yes", "no", "true", "false", "on", "off", "null"}

// yamlString always writes a double-quoted scalar: no value can then be
// read as a number, a date, a boolean ("no"), an alias or a new key.
// Line breaks, control and format characters become escapes.
func yamlString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s { // invalid bytes come out as U+FFFD
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02X`, r)
		case r >= 0x80 && r <= 0x9f, r == '\u2028', r == '\u2029', r == '\ufeff':
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

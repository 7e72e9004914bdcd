package load

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// decoded is text turned into UTF-8, with what it took.
type decoded struct {
	text    []byte
	charset string // the source charset when it was not UTF-8
	warning string // something the editor should know, or ""
}

// decodeHTML turns a page into UTF-8: a byte order mark decides first,
// then a <meta charset>, http-equiv or XML declaration anywhere in the head
// (browsers look at 1 KB only; scraped pages often put scripts first), then
// UTF-8 validity, then a guess among legacy charsets.
func decodeHTML(data []byte, in *input) decoded {
	if in.utf16 != "" || in.bom {
		return decodeUTF8(data, in)
	}
	if label := declaredCharset(data); label != "" {
		enc, name := charset.Lookup(label)
		switch {
		case enc == nil:
			d := decodeText(data)
			d.warning = join(fmt.Sprintf("unknown charset %q declared", label), d.warning)
			return d
		case name == "utf-8" || strings.HasPrefix(name, "utf-16"):
			// A page that is not UTF-16 any more cannot be read as it.
		case utf8.Valid(data) && hasMultibyte(data):
			// Saved as UTF-8 by a scraper that left the old declaration.
			return decoded{text: data, warning: fmt.Sprintf("declares %s but is UTF-8", label)}
		default:
			return decodeWith(data, legacy{name, enc}, "")
		}
	}
	return decodeText(data)
}

// decodeText makes UTF-8 of bytes with no declared charset: valid UTF-8 as
// is, a legacy charset when most of it is not UTF-8, or else UTF-8 with each
// bad byte replaced by U+FFFD.
func decodeText(data []byte) decoded {
	if utf8.Valid(data) {
		return decoded{text: data}
	}
	if mostlyLegacy(data) {
		c := guessLegacy(data[:min(len(data), headSize)])
		return decodeWith(data, c, fmt.Sprintf("not UTF-8; read as %s (guessed)", c.name))
	}
	bad := 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	return decoded{
		text:    bytes.ToValidUTF8(data, []byte("\uFFFD")),
		warning: fmt.Sprintf("invalid UTF-8: %d bad bytes replaced with U+FFFD", bad),
	}
}

func hasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// decodeUTF8 handles bytes the input stage already made UTF-8.
func decodeUTF8(data []byte, in *input) decoded {
	d := decodeText(data)
	if in.utf16 != "" {
		d.charset = in.utf16
		if !in.bom {
			d.warning = join("UTF-16 without byte order mark (guessed)", d.warning)
		}
	}
	return d
}

func decodeWith(data []byte, c legacy, warning string) decoded {
	// Single-byte decoders map every byte, so this cannot fail.
	text, _ := c.enc.NewDecoder().Bytes(data)
	return decoded{text: text, charset: c.name, warning: warning}
}

// declaredCharset returns the charset a page declares in its head, or "".
func declaredCharset(data []byte) string {
	head := data[:min(len(data), headSize)]
	if label := xmlEncoding(head); label != "" {
		return label
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return ""
			case atom.Meta:
				if hasAttr {
					if label := metaCharset(z); label != "" {
						return label
					}
				}
			}
		}
	}
}

// metaCharset reads <meta charset=…> or <meta http-equiv="Content-Type"
// content="text/html; charset=…">.
func metaCharset(z *html.Tokenizer) string {
	var content string
	equiv := false
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "charset":
			return strings.TrimSpace(string(v))
		case "http-equiv":
			equiv = strings.EqualFold(string(v), "content-type")
		case "content":
			content = string(v)
		}
		if !more {
			break
		}
	}
	if equiv {
		if _, params, err := mime.ParseMediaType(content); err == nil {
			return params["charset"]
		}
	}
	return ""
}

// xmlEncoding reads the encoding of an XHTML page's XML declaration.
func xmlEncoding(head []byte) string {
	t := bytes.TrimLeft(head, " \t\r\n")
	if !bytes.HasPrefix(t, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(t, []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(t[:end])
	i := strings.Index(decl, "encoding=")
	if i < 0 {
		return ""
	}
	v := decl[i+len("encoding="):]
	if len(v) == 0 || v[0] != '"' && v[0] != '\'' {
		return ""
	}
	if j := strings.IndexByte(v[1:], v[0]); j >= 0 {
		return v[1 : j+1]
	}
	return ""
}

// join puts two warnings together, skipping empty ones.
func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

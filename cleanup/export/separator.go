package export

import (
	"io"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/cleanup"
)

// Header is the line that opens each article when several txt or md
// articles go to one stream, in the style of head(1) and tail(1):
//
//	==> in/page.html <==
//
// Articles are separated by a blank line. Control characters in the source
// are replaced so a header is always exactly one line. A single article is
// written bare, so `copydesk clean file.txt` prints just the cleaned text.
func Header(source string) string {
	clean := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return '?'
		}
		return r
	}, source)
	return "==> " + clean + " <==\n"
}

// textBatch writes txt or md articles, each after a Header.
type textBatch struct {
	tw  tailWriter
	one func(io.Writer, *cleanup.Article) error
	n   int
}

func (b *textBatch) article(a *cleanup.Article) error {
	if b.n > 0 {
		sep := "\n"
		if !b.tw.endsWithNewline() {
			sep = "\n\n"
		}
		if _, err := io.WriteString(&b.tw, sep); err != nil {
			return err
		}
	}
	b.n++
	if _, err := io.WriteString(&b.tw, Header(a.Source)); err != nil {
		return err
	}
	return b.one(&b.tw, a)
}

func (b *textBatch) close() error { return nil }

// tailWriter remembers the last byte written, to end an article with
// exactly one newline before the next header.
type tailWriter struct {
	w    io.Writer
	last byte
}

func (t *tailWriter) Write(p []byte) (int, error) {
	n, err := t.w.Write(p)
	if n > 0 {
		t.last = p[n-1]
	}
	return n, err
}

func (t *tailWriter) endsWithNewline() bool { return t.last == '\n' }

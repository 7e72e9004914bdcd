package cli

import (
	"bufio"
	"fmt"
	"io"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/export"
)

// output receives the cleaned batch a window at a time.
type output interface {
	window(as []*cleanup.Article)
	close()
}

// stdoutOutput writes the whole batch to one stream. Text formats end with
// a newline, as text files should, and a one-line summary on stderr, since
// the text itself does not say what was changed.
type stdoutOutput struct {
	buf       *bufio.Writer
	tail      *tailWriter
	stream    *export.Stream
	text      bool // txt or md: plain text a terminal or pager shows
	report    bool // --report was given
	r         *report
	articles  int
	applied   int
	suggested int
	err       error // the first write error; later windows are dropped
}

func newStdoutOutput(w io.Writer, format string, r *report, report bool) (*stdoutOutput, error) {
	buf := bufio.NewWriter(w)
	tail := &tailWriter{w: buf}
	s, err := export.NewStream(tail, format)
	if err != nil {
		return nil, err
	}
	text := format == export.TXT || format == export.MD
	return &stdoutOutput{buf: buf, tail: tail, stream: s, text: text, report: report, r: r}, nil
}

func (o *stdoutOutput) window(as []*cleanup.Article) {
	for _, a := range as {
		applied, open := a.Counts()
		o.articles++
		o.applied += applied
		o.suggested += open
	}
	if o.err == nil {
		o.err = o.stream.Window(as)
	}
}

func (o *stdoutOutput) close() {
	if o.err == nil {
		o.err = o.stream.Close()
	}
	if o.err == nil && o.text && o.tail.n > 0 && o.tail.last != '\n' {
		_, o.err = o.buf.WriteString("\n")
	}
	if o.err == nil {
		o.err = o.buf.Flush()
	}
	if o.err != nil {
		o.r.fail(fmt.Errorf("writing output: %w", o.err))
		return
	}
	if o.text {
		hint := "; --report FILE or --to jsonl for the change log"
		if o.report {
			hint = ""
		}
		fmt.Fprintf(o.r.stderr, "cleaned %s: %s applied, %s%s\n",
			plural(o.articles, "article"), plural(o.applied, "change"), plural(o.suggested, "suggestion"), hint)
	}
}

// tailWriter remembers the last byte written through it.
type tailWriter struct {
	w    io.Writer
	n    int64
	last byte
}

func (t *tailWriter) Write(p []byte) (int, error) {
	n, err := t.w.Write(p)
	if n > 0 {
		t.n += int64(n)
		t.last = p[n-1]
	}
	return n, err
}

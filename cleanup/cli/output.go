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

// stdoutOutput writes the whole batch to one stream.
type stdoutOutput struct {
	buf    *bufio.Writer
	stream *export.Stream
	r      *report
	err    error // the first write error; later windows are dropped
}

func newStdoutOutput(w io.Writer, format string, r *report) (*stdoutOutput, error) {
	buf := bufio.NewWriter(w)
	s, err := export.NewStream(buf, format)
	if err != nil {
		return nil, err
	}
	return &stdoutOutput{buf: buf, stream: s, r: r}, nil
}

func (o *stdoutOutput) window(as []*cleanup.Article) {
	if o.err == nil {
		o.err = o.stream.Window(as)
	}
}

func (o *stdoutOutput) close() {
	if o.err == nil {
		o.err = o.stream.Close()
	}
	if o.err == nil {
		o.err = o.buf.Flush()
	}
	if o.err != nil {
		o.r.fail(fmt.Errorf("writing output: %w", o.err))
	}
}

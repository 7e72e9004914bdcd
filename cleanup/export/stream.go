package export

import (
	"fmt"
	"io"

	"github.com/copydesk/copydesk/cleanup"
)

// Stream writes a batch that arrives in windows, without holding more than
// two windows in memory. A batch that fits in one window comes out exactly
// as WriteBatch writes it. Once a second window arrives, the page or
// document head is written without the article count and the shared
// language, which are not known yet.
type Stream struct {
	w      io.Writer
	format string
	held   []*cleanup.Article // the first window, until a second one comes
	bw     batchWriter
}

// NewStream starts a batch in format on w.
func NewStream(w io.Writer, format string) (*Stream, error) {
	if !Known(format) {
		return nil, fmt.Errorf("unknown output format %q (have %v)", format, formats)
	}
	return &Stream{w: w, format: format}, nil
}

// Window adds the next articles of the batch. The stream keeps the slice.
func (s *Stream) Window(as []*cleanup.Article) error {
	if s.bw == nil && s.held == nil {
		s.held = as
		return nil
	}
	if s.bw == nil {
		bw, err := newBatchWriter(s.w, s.format, streamHead)
		if err != nil {
			return err
		}
		s.bw = bw
		as = append(s.held, as...)
		s.held = nil
	}
	for _, a := range as {
		if err := s.bw.article(a); err != nil {
			return err
		}
	}
	return nil
}

// Close ends the batch; a stream of one window is written here.
func (s *Stream) Close() error {
	if s.bw == nil {
		return WriteBatch(s.w, s.format, s.held)
	}
	return s.bw.close()
}

package load

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// maxLine is the longest feed line read; a longer one is reported and
// skipped, and the feed goes on. (A variable so tests can lower it.)
var maxLine = 128 << 20

// keepBuf is the line buffer size kept between lines; a buffer grown for
// one huge line is dropped so it does not pin memory for the rest.
const keepBuf = 1 << 20

var errLineTooLong = errors.New("line too long, skipped")

// jsonl streams a JSON Lines feed: one article object per line, read line
// by line in constant memory. A bad line is reported with its number and
// the rest of the feed still loads.
func (w *walker) jsonl(p string, in *input) error {
	var buf []byte
	for n := 1; ; n++ {
		line, err := readLine(in.r, &buf)
		if err == errLineTooLong {
			w.fail(&Error{Path: p, Line: n, Err: fmt.Errorf("%w (over %d MB)", err, maxLine>>20)})
			continue
		}
		if line = bytes.TrimSpace(line); len(line) > 0 && (err == nil || err == io.EOF) {
			w.jsonLine(p, n, line)
		}
		if cap(buf) > keepBuf {
			buf = nil
		}
		switch {
		case err == io.EOF:
			return nil
		case err != nil:
			return &Error{Path: p, Line: n, Err: readError(err)}
		}
	}
}

// jsonLine emits the article of one feed line or reports why it is none.
func (w *walker) jsonLine(p string, n int, line []byte) {
	if line[0] != '{' {
		w.fail(&Error{Path: p, Line: n, Err: lineProblem(line)})
		return
	}
	o, err := parseObject(line)
	if err == nil {
		var a *cleanup.Article
		a, err = o.article(feedSource(p, n), "jsonl")
		if err == nil {
			if !utf8.Valid(line) {
				setMeta(a, "warning", "invalid UTF-8 in the feed line; bad bytes replaced with U+FFFD")
			}
			w.emit(a)
			return
		}
	}
	w.fail(&Error{Path: p, Line: n, Err: err})
}

// lineProblem says what a feed line that is no object is instead.
func lineProblem(line []byte) error {
	if json.Valid(line) {
		return fmt.Errorf("%w (it is %s)", errNotObject, kindOf(line))
	}
	var v any
	return jsonError(json.Unmarshal(line, &v))
}

// readLine returns the next line without its newline. The slice is only
// valid until the next call. It returns io.EOF with the last line.
func readLine(r *bufio.Reader, buf *[]byte) ([]byte, error) {
	chunk, err := r.ReadSlice('\n')
	if err == nil || err == io.EOF {
		return bytes.TrimSuffix(chunk, []byte("\n")), err
	}
	*buf = (*buf)[:0]
	for err == bufio.ErrBufferFull {
		if len(*buf)+len(chunk) > maxLine {
			return nil, skipLine(r)
		}
		*buf = append(*buf, chunk...)
		chunk, err = r.ReadSlice('\n')
	}
	*buf = append(*buf, bytes.TrimSuffix(chunk, []byte("\n"))...)
	return *buf, err
}

// skipLine discards the rest of an overlong line.
func skipLine(r *bufio.Reader) error {
	for {
		_, err := r.ReadSlice('\n')
		switch err {
		case nil, io.EOF:
			return errLineTooLong
		case bufio.ErrBufferFull:
			continue
		}
		return err
	}
}

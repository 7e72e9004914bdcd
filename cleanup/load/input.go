package load

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

const (
	headSize = 64 << 10  // bytes peeked to sniff format and charset
	maxDoc   = 256 << 20 // largest single document (feeds stream instead)
)

var (
	errEmpty     = errors.New("empty file")
	errTruncated = errors.New("truncated gzip data (unexpected end of file)")
)

// input is a byte stream with compression undone, checked not to be empty
// or binary, and with UTF-16 already turned into UTF-8.
type input struct {
	r *bufio.Reader
	// utf16 names the UTF-16 form the bytes came in, "" if none; the
	// stream is UTF-8 then, so a page's <meta charset> no longer applies.
	utf16 string
	// bom says a byte order mark settled the encoding.
	bom bool
	// size is how many bytes r holds, when the source tells and nothing
	// (gzip, UTF-16) changes the count on the way; -1 when unknown.
	// readAll allocates it once instead of doubling a buffer up to it.
	size int
}

// prepare opens up r: gzip (recognized by content, whatever the name),
// byte order marks, UTF-16 without one, and rejects empty and binary data
// with an error that says what the bytes look like.
func prepare(r io.Reader) (*input, error) {
	size := sizeOf(r)
	br := bufio.NewReaderSize(r, headSize)
	head, err := peek(br)
	if err != nil {
		return nil, err
	}
	if isGzip(head) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, gzipError(err)
		}
		br = bufio.NewReaderSize(gzipReader{zr}, headSize)
		if head, err = peek(br); err != nil {
			return nil, err
		}
		if isGzip(head) {
			return nil, errors.New("not an article: gzip data inside gzip")
		}
		size = -1
	}
	if len(bytes.TrimSpace(head)) == 0 && len(head) < headSize {
		return nil, errEmpty
	}
	in := &input{r: br, size: size}
	switch {
	case bytes.HasPrefix(head, []byte("\xEF\xBB\xBF")):
		br.Discard(3)
		in.bom = true
		return in, nil
	case bytes.HasPrefix(head, []byte("\xFF\xFE")):
		in.utf16, in.bom = "UTF-16LE", true
	case bytes.HasPrefix(head, []byte("\xFE\xFF")):
		in.utf16, in.bom = "UTF-16BE", true
	default:
		if kind := signature(head); kind != "" {
			return nil, fmt.Errorf("not an article: looks like %s", kind)
		}
		in.utf16 = guessUTF16(head)
	}
	if in.utf16 != "" {
		order := unicode.LittleEndian
		if in.utf16 == "UTF-16BE" {
			order = unicode.BigEndian
		}
		bom := unicode.IgnoreBOM
		if in.bom {
			bom = unicode.ExpectBOM
		}
		dec := unicode.UTF16(order, bom).NewDecoder()
		in.size = -1
		in.r = bufio.NewReaderSize(transform.NewReader(br, dec), headSize)
		return in, nil
	}
	if looksBinary(head) {
		return nil, errors.New("not an article: looks like binary data")
	}
	return in, nil
}

// peek returns up to headSize leading bytes without consuming them.
func peek(br *bufio.Reader) ([]byte, error) {
	head, err := br.Peek(headSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, readError(err)
	}
	return head, nil
}

// head is the start of the (decoded) stream, for sniffing.
func (in *input) head() []byte {
	h, _ := in.r.Peek(headSize)
	return h
}

// sizeOf is how many bytes are left to read from r, when r is a regular
// file or an in-memory reader; -1 otherwise.
func sizeOf(r io.Reader) int {
	switch r := r.(type) {
	case interface{ Len() int }: // bytes.Reader, strings.Reader, bytes.Buffer
		return r.Len()
	case *os.File:
		fi, err := r.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		if off, err := r.Seek(0, io.SeekCurrent); err == nil && off <= fi.Size() {
			return int(min(fi.Size()-off, maxDoc+1))
		}
	}
	return -1
}

// readAll reads a whole document, refusing one too large to be an article.
// With the size known it reads into one buffer of that size (plus a byte,
// to meet the end without growing); io.ReadAll would double its way up,
// copying and clearing each step.
func (in *input) readAll() ([]byte, error) {
	r := io.LimitReader(in.r, maxDoc+1)
	var data []byte
	var err error
	if in.size >= 0 && in.size <= maxDoc {
		data, err = readSized(r, in.size+1)
	} else {
		data, err = io.ReadAll(r)
	}
	if err != nil {
		return nil, readError(err)
	}
	if len(data) > maxDoc {
		return nil, fmt.Errorf("larger than %d MB; split it or use JSON Lines", maxDoc>>20)
	}
	return data, nil
}

// readSized reads r to its end into a buffer of capacity n, growing it
// only if r holds more than n-1 bytes after all.
func readSized(r io.Reader, n int) ([]byte, error) {
	b := make([]byte, 0, n)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		m, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+m]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// gzipReader names gzip's failures in words an editor can act on.
type gzipReader struct{ r io.Reader }

func (g gzipReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = gzipError(err)
	}
	return n, err
}

func gzipError(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return errTruncated
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader), errors.As(err, new(flate.CorruptInputError)):
		return fmt.Errorf("corrupt gzip data: %w", err)
	}
	return err
}

// readError strips the path an os error repeats.
func readError(err error) error {
	if errors.Is(err, errTruncated) {
		return err
	}
	return bare(err)
}

// Package export writes reviewed articles as txt, md, html, json, jsonl or
// docx, to one stream or as one file per article in a folder, and writes
// the review report of a batch.
package export

import (
	"io"
	"slices"

	"github.com/copydesk/copydesk/cleanup"
)

// Output formats.
const (
	TXT   = "txt"
	MD    = "md"
	HTML  = "html"
	JSON  = "json"
	JSONL = "jsonl"
	DOCX  = "docx"
)

var formats = []string{TXT, MD, HTML, JSON, JSONL, DOCX}

// Formats lists the output formats, the default first.
func Formats() []string { return slices.Clone(formats) }

// Known reports whether format is an output format.
func Known(format string) bool { return slices.Contains(formats, format) }

// Binary reports whether a format's output is not text (docx is a zip).
func Binary(format string) bool { return format == DOCX }

// Extension is the file extension (with the dot) for a format.
func Extension(format string) string {
	if !Known(format) {
		return ""
	}
	return "." + format
}

// Write writes one article in a format.
func Write(w io.Writer, format string, a *cleanup.Article) error {
	return WriteBatch(w, format, []*cleanup.Article{a})
}

// WriteBatch writes several articles to one stream: json as one array,
// jsonl as one line each, html as one page with an <article> per input,
// docx as one document with a page per article, txt and md with a header
// line before each article (see Header). A batch of one is written exactly
// as Write writes it.
func WriteBatch(w io.Writer, format string, as []*cleanup.Article) error {
	if len(as) == 1 {
		switch format {
		case TXT:
			_, err := io.WriteString(w, as[0].Cleaned())
			return err
		case MD:
			return writeMarkdown(w, as[0])
		case JSON:
			return writeRecord(w, as[0])
		}
	}
	bw, err := newBatchWriter(w, format, headFor(as))
	if err != nil {
		return err
	}
	for _, a := range as {
		if err := bw.article(a); err != nil {
			return err
		}
	}
	return bw.close()
}

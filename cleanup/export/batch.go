package export

import (
	"cmp"
	"fmt"
	"io"

	"github.com/copydesk/copydesk/cleanup"
)

// batchWriter writes the articles of a batch one by one to one stream, so
// a batch never has to be in memory at once.
type batchWriter interface {
	article(a *cleanup.Article) error
	close() error
}

// batchHead is what a page or document says about its batch as a whole
// before the first article is written.
type batchHead struct {
	title   string // page or document title
	lang    string // BCP 47 tag shared by every article, or ""
	creator string // author of a single article, or ""
	date    string // date of a single article, or ""
}

// headFor describes a batch known in full: a single article gives its own
// title, author and date.
func headFor(as []*cleanup.Article) batchHead {
	h := batchHead{title: fmt.Sprintf("Copydesk export: %d articles", len(as))}
	for i, a := range as {
		if l := articleLang(a); i == 0 {
			h.lang = l
		} else if h.lang != l {
			h.lang = ""
		}
	}
	if len(as) == 1 {
		a := as[0]
		h.title = cmp.Or(valid(a.Title), valid(a.Source))
		h.creator = valid(cmp.Or(a.Meta["author"], a.Meta["byline"]))
		h.date = valid(a.Meta["date"])
	}
	return h
}

// streamHead describes a batch whose end is not known yet.
var streamHead = batchHead{title: "Copydesk export"}

func newBatchWriter(w io.Writer, format string, h batchHead) (batchWriter, error) {
	switch format {
	case TXT:
		return &textBatch{tw: tailWriter{w: w}, one: writeCleaned}, nil
	case MD:
		return &textBatch{tw: tailWriter{w: w}, one: writeMarkdown}, nil
	case HTML:
		return newHTMLBatch(w, h)
	case JSON:
		return &jsonBatch{w: w}, nil
	case JSONL:
		return jsonlBatch{w: w}, nil
	case DOCX:
		return newDOCXBatch(w, h)
	}
	return nil, fmt.Errorf("unknown output format %q (have %v)", format, formats)
}

func writeCleaned(w io.Writer, a *cleanup.Article) error {
	_, err := io.WriteString(w, a.Cleaned())
	return err
}

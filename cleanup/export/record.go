package export

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/copydesk/copydesk/cleanup"
)

// OffsetUnit names the unit of every start/end in a Record: byte offsets
// into the UTF-8 bytes of "original", as in the engine, so that
// original[start:end] == change.original in Go, Rust or Python bytes.
const OffsetUnit = "utf8-bytes"

// Record is the JSON form of one article (--to json / jsonl).
type Record struct {
	Source      string            `json:"source"`
	Title       string            `json:"title"`
	URL         string            `json:"url"`
	Meta        map[string]string `json:"meta,omitempty"`
	Offsets     string            `json:"offsets"`
	Original    string            `json:"original"`
	Text        string            `json:"text"`
	Changes     []ChangeRecord    `json:"changes"`
	Suggestions []ChangeRecord    `json:"suggestions"`
}

// ChangeRecord is one change in a Record. Start and End are byte offsets
// into Record.Original.
type ChangeRecord struct {
	ID          int     `json:"id"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Original    string  `json:"original"`
	Replacement string  `json:"replacement"`
	Rule        string  `json:"rule"`
	Category    string  `json:"category"`
	Note        string  `json:"note"`
	Confidence  float64 `json:"confidence,omitempty"`
	State       string  `json:"state"`
}

// NewRecord builds the JSON record of an article: applied changes under
// "changes", pending suggestions under "suggestions"; rejected ones are
// left out because they do not shape the text.
func NewRecord(a *cleanup.Article) Record {
	r := Record{
		Source: a.Source, Title: a.Title, URL: a.URL, Offsets: OffsetUnit,
		Original: a.Original(), Text: a.Cleaned(),
		Changes: []ChangeRecord{}, Suggestions: []ChangeRecord{},
	}
	if len(a.Meta) > 0 {
		r.Meta = a.Meta
	}
	for _, c := range a.Changes() {
		cr := ChangeRecord{
			ID: c.ID, Start: c.Start, End: c.End, Original: c.Original,
			Replacement: c.Replacement, Rule: c.Rule, Category: string(c.Category),
			Note: c.Note, Confidence: c.Confidence, State: c.State.String(),
		}
		switch c.State {
		case cleanup.Applied:
			r.Changes = append(r.Changes, cr)
		case cleanup.Suggested:
			r.Suggestions = append(r.Suggestions, cr)
		}
	}
	return r
}

// marshal encodes without HTML escaping, so "<" stays readable; the output
// is JSON, never embedded in a page as is. A non-empty indent indents with
// it, every line after the first starting with prefix.
func marshal(v any, prefix, indent string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(prefix, indent)
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeRecord writes a single article as one indented JSON object.
func writeRecord(w io.Writer, a *cleanup.Article) error {
	b, err := marshal(NewRecord(a), "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// jsonBatch writes one indented JSON array, a record at a time, laid out
// as json.MarshalIndent lays out the whole array.
type jsonBatch struct {
	w io.Writer
	n int
}

func (b *jsonBatch) article(a *cleanup.Article) error {
	rec, err := marshal(NewRecord(a), "  ", "  ")
	if err != nil {
		return err
	}
	sep := ",\n  "
	if b.n == 0 {
		sep = "[\n  "
	}
	b.n++
	if _, err := io.WriteString(b.w, sep); err != nil {
		return err
	}
	_, err = b.w.Write(bytes.TrimSuffix(rec, []byte("\n")))
	return err
}

func (b *jsonBatch) close() error {
	end := "\n]\n"
	if b.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(b.w, end)
	return err
}

// jsonlBatch writes one record per line.
type jsonlBatch struct{ w io.Writer }

func (b jsonlBatch) article(a *cleanup.Article) error {
	rec, err := marshal(NewRecord(a), "", "")
	if err != nil {
		return err
	}
	_, err = b.w.Write(rec)
	return err
}

func (jsonlBatch) close() error { return nil }

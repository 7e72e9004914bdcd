package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// checkRecord asserts the documented offset contract: start/end are byte
// offsets into original, and the changes rebuild text from original.
func checkRecord(t *testing.T, r Record) {
	t.Helper()
	if r.Offsets != OffsetUnit {
		t.Errorf("offsets = %q", r.Offsets)
	}
	orig := []byte(r.Original)
	for _, c := range append(append([]ChangeRecord(nil), r.Changes...), r.Suggestions...) {
		if c.Start < 0 || c.End < c.Start || c.End > len(orig) {
			t.Fatalf("change %d: span [%d,%d) outside %d bytes", c.ID, c.Start, c.End, len(orig))
		}
		if got := string(orig[c.Start:c.End]); got != c.Original {
			t.Errorf("change %d: original[%d:%d] = %q, record says %q", c.ID, c.Start, c.End, got, c.Original)
		}
	}
	var b strings.Builder
	pos := 0
	for _, c := range r.Changes {
		b.Write(orig[pos:c.Start])
		b.WriteString(c.Replacement)
		pos = c.End
	}
	b.Write(orig[pos:])
	if b.String() != r.Text {
		t.Errorf("applying changes to original gives %q, text is %q", b.String(), r.Text)
	}
}

func TestRecordOffsetsAreBytes(t *testing.T) {
	for _, format := range []string{JSON, JSONL} {
		var out bytes.Buffer
		if err := WriteBatch(&out, format, []*cleanup.Article{sampleArticle(t), secondArticle()}); err != nil {
			t.Fatal(err)
		}
		var rs []Record
		if format == JSON {
			if err := json.Unmarshal(out.Bytes(), &rs); err != nil {
				t.Fatal(err)
			}
		} else {
			sc := bufio.NewScanner(&out)
			for sc.Scan() {
				var r Record
				if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
					t.Fatal(err)
				}
				rs = append(rs, r)
			}
		}
		if len(rs) != 2 {
			t.Fatalf("%s: %d records, want 2", format, len(rs))
		}
		if len(rs[0].Changes) != 3 || len(rs[0].Suggestions) != 1 {
			t.Errorf("%s: %d changes and %d suggestions, want 3 and 1 (the rejected one left out)", format, len(rs[0].Changes), len(rs[0].Suggestions))
		}
		if rs[1].Changes == nil || rs[1].Suggestions == nil {
			t.Errorf("%s: an article without changes must have empty lists, not null", format)
		}
		for _, r := range rs {
			checkRecord(t, r)
		}
	}
}

func TestJSONEmptyBatchIsEmptyArray(t *testing.T) {
	var out bytes.Buffer
	if err := WriteBatch(&out, JSON, nil); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(out.String()) != "[]" {
		t.Errorf("got %q", out.String())
	}
}

package export

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/cleanup/internal/golden"

	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/cleanup"
)

var reportInfo = ReportInfo{Style: "ap", Inputs: []string{"in/<b>.html"}, Created: time.Date(2025, 3, 4, 5, 6, 0, 0, time.UTC)}

func reportBatch(t *testing.T) []*cleanup.Article {
	hostile := hostileArticle()
	if _, err := hostile.Add(cleanup.Change{Start: 0, End: 8, Rule: "<i>rule</i>", Category: "<u>cat</u>",
		Note: `<img src=x onerror="alert(8)">`, State: cleanup.Suggested}); err != nil {
		t.Fatal(err)
	}
	return []*cleanup.Article{sampleArticle(t), secondArticle(), hostile}
}

// reportText parses a report, fails on any element a scraped value could
// have smuggled in, and returns its visible text, a space between nodes.
func reportText(t *testing.T, page []byte) string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for n := range doc.Descendants() {
		switch n.Type {
		case html.TextNode:
			text.WriteString(n.Data + " ")
		case html.ElementNode:
			switch n.Data {
			case "script", "img", "iframe", "svg", "b", "i", "u", "a":
				t.Errorf("scraped <%s> became an element", n.Data)
			}
			for _, at := range n.Attr {
				if strings.HasPrefix(at.Key, "on") {
					t.Errorf("<%s> got event handler %s", n.Data, at.Key)
				}
			}
		}
	}
	return text.String()
}

func TestReportGolden(t *testing.T) {
	var out bytes.Buffer
	if err := Report(&out, reportBatch(t), reportInfo); err != nil {
		t.Fatal(err)
	}
	goldenPath := filepath.Join("testdata", "report.html")
	golden.Check(t, goldenPath, out.Bytes(), *update)
}

// TestReportContent reads the report as an editor would: the summary
// counts, and per change its rule, reason, decision and before → after.
func TestReportContent(t *testing.T) {
	var out bytes.Buffer
	if err := Report(&out, reportBatch(t), reportInfo); err != nil {
		t.Fatal(err)
	}
	squash := strings.Join(strings.Fields(reportText(t, out.Bytes())), " ")
	for _, want := range []string{
		"Articles 3", "Articles with changes 2", "Applied changes 3", "Rejected changes 1", "Pending suggestions 2",
		"names 2 0 1", "unicode 0 1 0", "debris 1 0 0", "<u>cat</u> 0 0 1",
		"1 applied names.glossary names · 1 Kiev Kyiv talks: «зерно»", // context follows the change
		"pending names.variant names · 0.7 Dmytro Kuleba met Igor Klimenko Ihor Klymenko in Kiev on Monday. transliteration variant of Ihor Klymenko",
		"rejected unicode.dash unicode Kiev talks: «зерно» — - grain em dash",
		"Arabic: 'add a comment' — comment-section widget; share prompt",
		"(removed)", "in/feed.jsonl#2 · 0 applied · 0 rejected · 0 pending No changes.",
		`<img src=x onerror="alert(8)">`, "<i>rule</i>", "House style: ap · 2025-03-04 05:06 UTC · Inputs: in/<b>.html",
	} {
		if !strings.Contains(squash, strings.Join(strings.Fields(want), " ")) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// TestReportBuilderInWindows checks that a report built window by window
// through a spool is the report of the whole batch.
func TestReportBuilderInWindows(t *testing.T) {
	as := reportBatch(t)
	var whole, spool, got bytes.Buffer
	if err := Report(&whole, as, reportInfo); err != nil {
		t.Fatal(err)
	}
	rb := NewReportBuilder(reportInfo, &spool)
	for _, w := range [][]*cleanup.Article{as[:1], as[1:]} {
		if err := rb.Add(w...); err != nil {
			t.Fatal(err)
		}
	}
	if err := rb.Finish(&got, &spool); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(whole.Bytes(), got.Bytes()) {
		t.Error("windowed report differs from the whole-batch report")
	}
}

func TestContext(t *testing.T) {
	long := strings.Repeat("я", 40) // 80 bytes: a cut must not split a letter
	tests := []struct {
		s             string
		start, end    int
		before, after string
	}{
		{"one two three", 4, 7, "one ", " three"},
		{"line one\nthe change here\nnext", 13, 19, "the ", " here"},
		{long + "X" + long, 80, 81, "…" + strings.Repeat("я", 24), strings.Repeat("я", 24) + "…"},
	}
	for _, tt := range tests {
		if b, a := contextBefore(tt.s, tt.start), contextAfter(tt.s, tt.end); b != tt.before || a != tt.after {
			t.Errorf("%q[%d:%d]: context %q, %q; want %q, %q", tt.s, tt.start, tt.end, b, a, tt.before, tt.after)
		}
	}
}

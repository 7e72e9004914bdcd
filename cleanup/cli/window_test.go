package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup/export"
)

// TestStreamedJSON sends more articles than one window holds and checks
// that --to json is still one valid array with every article in order,
// and the report counts them all.
func TestStreamedJSON(t *testing.T) {
	dir := t.TempDir()
	var feed bytes.Buffer
	w := windowLimits{articles: 50, bytes: 1 << 20}
	n := w.articles*2 + 7
	for i := range n {
		fmt.Fprintf(&feed, `{"title":"Report %d","text":"Talks in Kiev, day %d."}`+"\n", i, i)
	}
	in := filepath.Join(dir, "feed.jsonl")
	if err := os.WriteFile(in, feed.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(dir, "report.html")
	code, out, errs := runIn(t, w, false, "", "clean", "--to", "json", "--report", report, in)
	if code != 0 || errs != "" {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	var rs []export.Record
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatal(err)
	}
	if len(rs) != n {
		t.Fatalf("%d records, want %d", len(rs), n)
	}
	for i, r := range rs {
		if want := fmt.Sprintf("Talks in Kyiv, day %d.", i); r.Text != want {
			t.Fatalf("record %d: %q, want %q", i, r.Text, want)
		}
	}
	page, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(page), "<section "); got != n {
		t.Errorf("report has %d article sections, want %d", got, n)
	}
	if !strings.Contains(string(page), fmt.Sprintf(`<tr><th>Applied changes</th><td class="n">%d</td></tr>`, n)) {
		t.Error("report summary does not count every window")
	}
}

func TestReportFlag(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "report.html")
	code, out, errs := run(t, "", "clean", "--report", report, "--to", "md", "testdata/in/grain.txt", "testdata/missing.txt")
	if code != 1 || !strings.Contains(out, "Kyiv") || !strings.HasPrefix(errs, "copydesk: testdata/missing.txt: ") {
		t.Errorf("code %d, stdout %q, stderr %q", code, out, errs)
	}
	page, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Copydesk review report", "names.glossary", "testdata/in/grain.txt", "House style: ap"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("left behind %q", names)
	}

	input := filepath.Join(dir, "in.txt")
	os.WriteFile(input, []byte("Kiev.\n"), 0o644)
	code, _, errs = run(t, "", "clean", "--report", input, input)
	if b, _ := os.ReadFile(input); code != 1 || string(b) != "Kiev.\n" || !strings.Contains(errs, "is an input file") {
		t.Errorf("report over an input: code %d, stderr %q, input now %q", code, errs, b)
	}
}

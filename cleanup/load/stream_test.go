package load

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// feed is a JSON Lines stream made up on the fly, so a test can read far
// more than it ever holds.
type feed struct {
	lines, n int
	line     func(i int) string
	buf      bytes.Buffer
}

func (f *feed) Read(p []byte) (int, error) {
	for f.buf.Len() < len(p) && f.n < f.lines {
		f.n++
		f.buf.WriteString(f.line(f.n))
	}
	if f.buf.Len() == 0 {
		return 0, io.EOF
	}
	return f.buf.Read(p)
}

func articleLine(i int) string {
	return fmt.Sprintf(`{"title": "Article %d", "url": "https://example.org/%d", "text": %q}`+"\n",
		i, i, strings.Repeat("Delegations met in Geneva on Tuesday, a spokesman said. ", 16))
}

// TestJSONLConstantMemory streams 64 MB of feed and checks the heap stays
// small: the feed is never read whole.
func TestJSONLConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 64 MB")
	}
	lines := 64 << 20 / len(articleLine(1))
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base, peak := ms.HeapAlloc, ms.HeapAlloc
	count := 0
	Walk([]string{"-"}, Options{From: "jsonl", Stdin: &feed{lines: lines, line: articleLine}},
		func(a *cleanup.Article) {
			count++
			if count%5000 == 0 {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		},
		func(err error) { t.Fatal(err) })
	if count != lines {
		t.Errorf("%d articles, want %d", count, lines)
	}
	if grew := peak - base; grew > 8<<20 {
		t.Errorf("heap grew by %d MB while streaming", grew>>20)
	}
}

// TestJSONLLongLines reads a 65 MB line between two short ones, and skips
// a line over the limit without losing the lines around it.
func TestJSONLLongLines(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 65 MB line")
	}
	big := strings.Repeat("word ", 13<<20)
	lines := []string{`{"text": "short one"}` + "\n", `{"text": "` + big + `"}` + "\n", `{"text": "short two"}`}
	var lens []int
	Walk([]string{"-"}, Options{From: "jsonl", Stdin: &feed{lines: 3, line: func(i int) string { return lines[i-1] }}},
		func(a *cleanup.Article) { lens = append(lens, len(a.Original())) },
		func(err error) { t.Fatal(err) })
	if len(lens) != 3 || lens[1] != len(big) {
		t.Fatalf("lengths %v, want the middle one %d", lens, len(big))
	}

	defer func(n int) { maxLine = n }(maxLine)
	maxLine = 1 << 20
	var srcs []string
	var errs []error
	Walk([]string{"-"}, Options{From: "jsonl", Stdin: &feed{lines: 3, line: func(i int) string { return lines[i-1] }}},
		func(a *cleanup.Article) { srcs = append(srcs, a.Source) },
		func(err error) { errs = append(errs, err) })
	if strings.Join(srcs, " ") != "<stdin>#1 <stdin>#3" {
		t.Errorf("sources %q", srcs)
	}
	var le *Error
	if len(errs) != 1 || !errors.Is(errs[0], errLineTooLong) || !errors.As(errs[0], &le) || le.Line != 2 {
		t.Errorf("errors %v, want line 2 too long", errs)
	}
}

// TestTruncatedFeed keeps the lines before a gzip feed breaks off.
func TestTruncatedFeed(t *testing.T) {
	var n int
	var errs []error
	Walk([]string{td + "bad/truncated.jsonl.gz"}, Options{}, func(*cleanup.Article) { n++ }, func(err error) { errs = append(errs, err) })
	var le *Error
	if n < 100 || len(errs) != 1 || !errors.Is(errs[0], errTruncated) || !errors.As(errs[0], &le) || le.Line != n+1 {
		t.Errorf("%d articles, errors %v; want the lines before the break and one error on the next", n, errs)
	}
}

func BenchmarkJSONL(b *testing.B) {
	var data bytes.Buffer
	for i := 1; i <= 2000; i++ {
		data.WriteString(articleLine(i))
	}
	b.SetBytes(int64(data.Len()))
	b.ReportAllocs()
	for b.Loop() {
		Walk([]string{"-"}, Options{From: "jsonl", Stdin: bytes.NewReader(data.Bytes())}, func(*cleanup.Article) {}, func(err error) { b.Fatal(err) })
	}
}

func BenchmarkJSONLGzip(b *testing.B) {
	var data strings.Builder
	for i := 1; i <= 2000; i++ {
		data.WriteString(articleLine(i))
	}
	z := gz(data.String())
	b.SetBytes(int64(data.Len()))
	b.ReportAllocs()
	for b.Loop() {
		Walk([]string{"-"}, Options{Stdin: strings.NewReader(z)}, func(*cleanup.Article) {}, func(err error) { b.Fatal(err) })
	}
}

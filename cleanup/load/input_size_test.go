package load

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A size hint only saves copies: a wrong one (the file grew or shrank
// after the size was read) still yields every byte.
func TestReadSizedWrongHint(t *testing.T) {
	text := strings.Repeat("<p>Kyiv</p>\n", 5000)
	for _, n := range []int{1, 100, len(text), len(text) + 1, 2 * len(text)} {
		got, err := readSized(bytes.NewReader([]byte(text)), n)
		if err != nil || string(got) != text {
			t.Errorf("hint %d: got %d bytes, err %v; want %d", n, len(got), err, len(text))
		}
	}
}

// sizeOf reads the size from in-memory readers and regular files, from
// the current offset on; a file's hint is not trusted for more than that.
func TestSizeOf(t *testing.T) {
	if got := sizeOf(strings.NewReader("abc")); got != 3 {
		t.Errorf("strings.Reader: %d", got)
	}
	p := filepath.Join(t.TempDir(), "a.html")
	if err := os.WriteFile(p, []byte("<p>hello</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.Seek(3, io.SeekStart)
	if got := sizeOf(f); got != 9 {
		t.Errorf("file at offset 3: %d, want 9", got)
	}
	if got := sizeOf(io.MultiReader(strings.NewReader("x"))); got != -1 {
		t.Errorf("unknown reader: %d, want -1", got)
	}
}

// looksBinary's table sums count as the plain per-byte rule does.
func TestLooksBinaryMatchesRule(t *testing.T) {
	rule := func(head []byte) bool {
		nul, ctl := 0, 0
		for _, b := range head {
			switch {
			case b == 0:
				nul++
			case b < ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b || b == 0x7f:
				ctl++
			}
		}
		return nul*200 > len(head) || (nul+ctl)*20 > len(head)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		head := []byte(strings.Repeat("text ", rng.IntN(200)))
		for range rng.IntN(40) {
			if len(head) > 0 {
				head[rng.IntN(len(head))] = byte(rng.IntN(0x80))
			}
		}
		if i%2 == 1 && len(head) > 0 {
			head = head[:len(head)-1] // odd lengths too
		}
		if got, want := looksBinary(head), rule(head); got != want {
			t.Fatalf("%q: looksBinary %v, rule %v", head, got, want)
		}
	}
}

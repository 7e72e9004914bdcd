package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder captures failures instead of failing the real test.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Fatal(...any)          { r.failed = true }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")
	os.WriteFile(path, []byte("Kyiv\n"), 0o644)
	for _, tt := range []struct {
		got    string
		update bool
		fails  bool
	}{
		{"Kyiv\n", false, false},
		{"Kiev\n", false, true},
		{"Kiev\n", true, false}, // rewritten, then equal
		{"Kiev\n", false, false},
	} {
		r := &recorder{TB: t}
		Check(r, path, []byte(tt.got), tt.update)
		if r.failed != tt.fails {
			t.Fatalf("Check(%q, update=%v) failed=%v", tt.got, tt.update, r.failed)
		}
	}
	r := &recorder{TB: t}
	Check(r, filepath.Join(t.TempDir(), "missing"), []byte("x"), false)
	if !r.failed {
		t.Fatal("missing golden file did not fail")
	}
}

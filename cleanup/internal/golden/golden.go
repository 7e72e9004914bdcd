// Package golden compares test output with a golden file in testdata/.
// Each test package keeps its own -update flag and passes it in.
package golden

import (
	"bytes"
	"os"
	"testing"
)

// Check fails t when got differs from the file at path. With update set,
// the file is rewritten with got first, so a reviewed change is accepted
// by running the tests with -update and reading the diff.
func Check(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update to accept):\n%s", path, got)
	}
}

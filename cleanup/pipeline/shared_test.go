package pipeline

import (
	"os"
	"path/filepath"
	"testing"
)

// shared returns the path of a file or folder in ../shared (the team's
// evaluation corpora and the sample article), or skips the test when the
// checkout has no ../shared next to it.
func shared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not present (../shared is optional): %v", rel, err)
	}
	return p
}

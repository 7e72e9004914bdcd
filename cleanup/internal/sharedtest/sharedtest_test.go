package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRootIsBesideTheRepository(t *testing.T) {
	root := Root()
	if filepath.Base(root) != "shared" {
		t.Fatalf("Root() = %q, want a folder named shared", root)
	}
	repo := filepath.Dir(root)
	entries, err := os.ReadDir(repo)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(repo, e.Name(), "go.mod")); err == nil {
			return // some sibling of ../shared is a module: the repository
		}
	}
	t.Fatalf("no module beside %s", root)
}

// Package sharedtest finds the team's evaluation data in ../shared (beside
// the repository) for tests. The data is optional on a developer's machine,
// so a test without it skips; CI always has it, so under CI=true its absence
// fails the test instead of silently skipping its point.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns the path of rel (slash-separated) inside ../shared, or skips
// the test (fails it under CI=true) when it is not there.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(Root(), filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		Missing(tb, err)
	}
	return p
}

// ReadFile reads rel inside ../shared, or skips (fails under CI=true).
func ReadFile(tb testing.TB, rel string) []byte {
	tb.Helper()
	b, err := os.ReadFile(Path(tb, rel))
	if err != nil {
		Missing(tb, err)
	}
	return b
}

// Missing ends a test whose shared data could not be read: a skip on a
// developer's machine, a failure in CI.
func Missing(tb testing.TB, err error) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("../shared is required under CI=true: %v", err)
	}
	tb.Skipf("../shared not available (optional outside CI): %v", err)
}

// Root is the ../shared folder beside the repository root (the nearest
// parent folder of the working directory that holds go.mod).
func Root() string {
	dir, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "shared")
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(d), "shared")
		}
		if filepath.Dir(d) == d {
			return filepath.Join(dir, "..", "shared")
		}
	}
}

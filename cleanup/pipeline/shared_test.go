package pipeline

import (
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"
)

// shared returns the path of a file or folder in ../shared (the team's
// evaluation corpora and the sample article), or skips the test when the
// checkout has no ../shared next to it.
func shared(t testing.TB, rel string) string {
	t.Helper()
	return sharedtest.Path(t, rel)
}

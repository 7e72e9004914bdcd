package load

import (
	"fmt"
	"strings"
	"testing"
)

func TestSkippedNoteIsOneLine(t *testing.T) {
	var s Skipped
	if got := s.Note(); got != "" {
		t.Errorf("nothing skipped gave %q", got)
	}
	s.Add("a.png", "PNG image")
	if want := "skipped 1 file that is not an article: a.png (PNG image) (name a file to load it anyway)"; s.Note() != want {
		t.Errorf("got %q", s.Note())
	}
	for i := range maxSkippedNamed + 3 {
		s.Add(fmt.Sprintf("%d.png", i), "PNG image")
	}
	if got := s.Note(); strings.Contains(got, "\n") || !strings.Contains(got, "skipped 14 files that are not articles") || !strings.Contains(got, "and 4 more") {
		t.Errorf("got %q", got)
	}
}

package load

import (
	"fmt"
	"strings"
	"sync"
)

// maxSkippedNamed is how many skipped files the note names before "and N
// more": enough to spot a mistake, short enough for one line.
const maxSkippedNamed = 10

// Skipped collects the files in input folders that were not loaded (pass
// its Add as Options.Skip), so that one line can say what was left out and
// why. It is safe for concurrent use.
type Skipped struct {
	mu    sync.Mutex
	files []string // "picture.png (PNG image)"
}

// Add records one skipped file and what it is.
func (s *Skipped) Add(path, what string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files = append(s.files, fmt.Sprintf("%s (%s)", path, what))
}

// Note is the one line that says what was skipped ("skipped 2 files that
// are not articles: a.png (PNG image), b.pdf (PDF document) (name a file to
// load it anyway)"), or "" when nothing was.
func (s *Skipped) Note() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.files)
	if n == 0 {
		return ""
	}
	named := s.files[:min(n, maxSkippedNamed)]
	more := ""
	if n > len(named) {
		more = fmt.Sprintf(" and %d more", n-len(named))
	}
	files, verb := fmt.Sprintf("%d files", n), "are not articles"
	if n == 1 {
		files, verb = "1 file", "is not an article"
	}
	return fmt.Sprintf("skipped %s that %s: %s%s (name a file to load it anyway)", files, verb, strings.Join(named, ", "), more)
}

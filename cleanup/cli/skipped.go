package cli

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

// maxSkippedNamed is how many skipped files the note names before "and N
// more": enough to spot a mistake, short enough for one line.
const maxSkippedNamed = 10

// skipList collects the files in input folders that were not loaded, so
// that one line can say what was left out and why.
type skipList struct {
	mu    sync.Mutex
	files []string // "picture.png (PNG image)"
}

func (s *skipList) add(path, what string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files = append(s.files, fmt.Sprintf("%s (%s)", path, what))
}

// print writes the note, if any file was skipped:
// "copydesk: skipped 2 files that are not articles: a.png (PNG image), b.pdf (PDF document)".
func (s *skipList) print(w io.Writer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.files)
	if n == 0 {
		return
	}
	named := s.files[:min(n, maxSkippedNamed)]
	more := ""
	if n > len(named) {
		more = fmt.Sprintf(" and %d more", n-len(named))
	}
	verb := "are not articles"
	if n == 1 {
		verb = "is not an article"
	}
	fmt.Fprintf(w, "copydesk: skipped %s that %s: %s%s (name a file to load it anyway)\n",
		plural(n, "file"), verb, strings.Join(named, ", "), more)
}

package normalize

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

// NewTidy returns the closing whitespace pass. It runs after debris and
// names, whose removals leave doubled spaces, trailing spaces and stacks of
// blank lines. Leading indentation inside the text and tabs between words
// are kept (they can be Markdown or tables). A text that ended with a line
// break ends with exactly one; a text that did not, gets none.
func NewTidy() cleanup.Pass { return tidy{} }

type tidy struct{}

func (tidy) Name() string { return "whitespace" }

func isBlank(b byte) bool { return b == ' ' || b == '\t' || b == '\n' }

func (tidy) Run(d *cleanup.Draft) {
	s := d.Text()
	first, last := 0, len(s)-1
	for first < len(s) && isBlank(s[first]) {
		first++
	}
	if first == len(s) {
		if s != "" {
			d.Propose(0, len(s), space("", "whitespace.document-edges", "blank text emptied"))
		}
		return
	}
	for isBlank(s[last]) {
		last--
	}
	body := strings.LastIndexByte(s[:first], '\n') + 1 // start of the first line with text
	if body > 0 {
		d.Propose(0, body, space("", "whitespace.document-edges", "blank lines at the start removed"))
	}
	tidyLines(d, s, body, last+1)
	if tail, want := s[last+1:], finalBreak(s[last+1:]); tail != want {
		d.Propose(last+1, len(s), space(want, "whitespace.document-edges", "blank lines and spaces at the end removed"))
	}
}

// finalBreak is what the end of a text after its last character should be.
func finalBreak(tail string) string {
	if strings.Contains(tail, "\n") {
		return "\n"
	}
	return ""
}

// tidyLines proposes fixes inside s[start:end], which begins a line and
// ends with a non-blank character. Only blanks that touch another blank
// can need a fix, so the rest is skipped a word at a time.
func tidyLines(d *cleanup.Draft, s string, start, end int) {
	for i := start; i < end; {
		if i = skipQuiet(s, i, end); i >= end {
			break
		}
		switch s[i] {
		case '\n':
			i = blankLines(d, s, i, end)
		case ' ', '\t':
			j, tabs := i, false
			for j < end && (s[j] == ' ' || s[j] == '\t') {
				tabs = tabs || s[j] == '\t'
				j++
			}
			lineStart := i == start || s[i-1] == '\n'
			switch {
			case s[j] == '\n':
				d.Propose(i, j, space("", "whitespace.trailing", "spaces at the end of a line removed"))
			case !lineStart && !tabs && j-i > 1:
				d.Propose(i, j, space(" ", "whitespace.repeated-space", fmt.Sprintf("%d spaces made one", j-i)))
			}
			i = j
		default:
			i++
		}
	}
}

// blankLines handles the line breaks starting at s[i] and returns where the
// next line begins. Three or more breaks (blank lines that hold only spaces
// count) become one blank line; spaces on a single blank line are removed.
func blankLines(d *cleanup.Draft, s string, i, end int) int {
	breaks, lastBreak := 0, i
	for j := i; j < end && isBlank(s[j]); j++ {
		if s[j] == '\n' {
			breaks++
			lastBreak = j
		}
	}
	next := lastBreak + 1
	switch {
	case breaks >= 3:
		d.Propose(i, next, space("\n\n", "whitespace.blank-lines", fmt.Sprintf("%d blank lines made one", breaks-1)))
	case breaks == 2 && lastBreak > i+1:
		d.Propose(i+1, lastBreak, space("", "whitespace.trailing", "spaces on a blank line removed"))
	}
	return next
}

func space(repl, rule, note string) cleanup.Change {
	return cleanup.Change{Replacement: repl, Rule: rule, Category: cleanup.CatWhitespace, Note: note, Confidence: 1, State: cleanup.Applied}
}

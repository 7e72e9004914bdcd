// Package cleanup is Copydesk's engine: an immutable original text plus a
// reversible log of changes. Passes (sub-packages) propose changes; review
// accepts or rejects them; Cleaned renders the result.
package cleanup

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Article is one loaded document. Original never changes after creation.
type Article struct {
	Source string            // path, or path#N inside a feed
	Title  string            //
	URL    string            //
	Format string            // input format: txt, md, html, json, jsonl
	Meta   map[string]string // date, author, language, byline, site …

	original string
	changes  []Change // sorted by Start, never overlapping
	nextID   int

	// render caches Render's result until the log changes: every pass
	// starts from the cleaned text, and most passes change nothing.
	render *rendering
}

type rendering struct {
	text  string
	spans []Span
}

// touch drops the cached rendering after the change log changed.
func (a *Article) touch() { a.render = nil }

// NewArticle wraps text as an article's original. Invalid UTF-8 is repaired
// up front (each bad byte becomes U+FFFD) so that every output is valid.
func NewArticle(source, original string) *Article {
	if !utf8.ValidString(original) {
		original = strings.ToValidUTF8(original, "\uFFFD")
	}
	return &Article{Source: source, original: original, Meta: map[string]string{}}
}

// Original is the text as loaded.
func (a *Article) Original() string { return a.original }

// Changes returns a copy of the change log in original order.
func (a *Article) Changes() []Change {
	return append([]Change(nil), a.changes...)
}

// Change returns the change with the given id.
func (a *Article) Change(id int) (Change, bool) {
	if i := a.index(id); i >= 0 {
		return a.changes[i], true
	}
	return Change{}, false
}

func (a *Article) index(id int) int {
	for i := range a.changes {
		if a.changes[i].ID == id {
			return i
		}
	}
	return -1
}

// Cleaned is Original with every applied change.
func (a *Article) Cleaned() string { return a.rendered().text }

// Span locates an applied change's replacement in the cleaned text.
type Span struct {
	ID         int
	Start, End int
}

// Render returns the cleaned text and where each applied change landed in it.
func (a *Article) Render() (string, []Span) {
	r := a.rendered()
	return r.text, append([]Span(nil), r.spans...)
}

// rendered returns the cached rendering, making it when the log changed.
func (a *Article) rendered() *rendering {
	if a.render == nil {
		text, spans := a.renderNow()
		a.render = &rendering{text, spans}
	}
	return a.render
}

func (a *Article) renderNow() (string, []Span) {
	// The exact length is known up front, so the text is built in one
	// allocation; with nothing applied (the first pass of every article)
	// it is the original itself, shared rather than copied.
	size, applied := len(a.original), 0
	for _, c := range a.changes {
		if c.State == Applied {
			size += len(c.Replacement) - (c.End - c.Start)
			applied++
		}
	}
	spans := make([]Span, 0, applied)
	if applied == 0 {
		return a.original, spans
	}
	var b strings.Builder
	b.Grow(size)
	pos := 0
	for _, c := range a.changes {
		if c.State != Applied {
			continue
		}
		b.WriteString(a.original[pos:c.Start])
		start := b.Len()
		b.WriteString(c.Replacement)
		spans = append(spans, Span{ID: c.ID, Start: start, End: b.Len()})
		pos = c.End
	}
	b.WriteString(a.original[pos:])
	return b.String(), spans
}

// ErrOverlap is returned when a change would touch bytes another change owns.
var ErrOverlap = errors.New("change overlaps an existing change")

// Add records a change given in original offsets. It fills in Original and
// ID and returns the ID.
func (a *Article) Add(c Change) (int, error) {
	if c.Start < 0 || c.End < c.Start || c.End > len(a.original) {
		return 0, fmt.Errorf("change span [%d,%d) outside original of %d bytes", c.Start, c.End, len(a.original))
	}
	if !utf8.ValidString(c.Replacement) {
		return 0, fmt.Errorf("change %q: replacement is not valid UTF-8", c.Rule)
	}
	if !onRuneBoundary(a.original, c.Start) || !onRuneBoundary(a.original, c.End) {
		return 0, fmt.Errorf("change %q: span [%d,%d) splits a character", c.Rule, c.Start, c.End)
	}
	i := sort.Search(len(a.changes), func(i int) bool { return a.changes[i].Start >= c.Start })
	for _, j := range []int{i - 1, i, i + 1} {
		if j >= 0 && j < len(a.changes) && a.changes[j].overlaps(c) {
			return 0, ErrOverlap
		}
	}
	c.Original = a.original[c.Start:c.End]
	a.nextID++
	c.ID = a.nextID
	a.changes = append(a.changes, Change{})
	copy(a.changes[i+1:], a.changes[i:])
	a.changes[i] = c
	a.touch()
	return c.ID, nil
}

func onRuneBoundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// SetState sets one change's state. It returns false for an unknown id.
func (a *Article) SetState(id int, s State) bool {
	i := a.index(id)
	if i < 0 {
		return false
	}
	a.changes[i].State = s
	a.touch()
	return true
}

// Accept applies a change (a suggestion, or a fix rejected earlier).
func (a *Article) Accept(id int) bool { return a.SetState(id, Applied) }

// Reject keeps the original text for a change's span.
func (a *Article) Reject(id int) bool { return a.SetState(id, Rejected) }

// SetRuleState sets the state of every change of a rule and returns how
// many changed.
func (a *Article) SetRuleState(rule string, s State) int {
	n := 0
	for i := range a.changes {
		if a.changes[i].Rule == rule && a.changes[i].State != s {
			a.changes[i].State = s
			n++
		}
	}
	if n > 0 {
		a.touch()
	}
	return n
}

// AcceptRule applies every change of a rule.
func (a *Article) AcceptRule(rule string) int { return a.SetRuleState(rule, Applied) }

// RejectRule rejects every change of a rule.
func (a *Article) RejectRule(rule string) int { return a.SetRuleState(rule, Rejected) }

// AcceptSuggestions applies every pending suggestion.
func (a *Article) AcceptSuggestions() int {
	n := 0
	for i := range a.changes {
		if a.changes[i].State == Suggested {
			a.changes[i].State = Applied
			n++
		}
	}
	if n > 0 {
		a.touch()
	}
	return n
}

// RevertAll rejects every change, so Cleaned() == Original().
func (a *Article) RevertAll() {
	for i := range a.changes {
		a.changes[i].State = Rejected
	}
	a.touch()
}

// Counts reports how many changes are applied and how many suggestions wait.
func (a *Article) Counts() (applied, open int) {
	for _, c := range a.changes {
		switch c.State {
		case Applied:
			applied++
		case Suggested:
			open++
		}
	}
	return applied, open
}

// Check verifies the model's invariants: sorted, non-overlapping spans on
// character boundaries, Original fields matching, valid UTF-8.
func (a *Article) Check() error {
	for i, c := range a.changes {
		if c.Start < 0 || c.End < c.Start || c.End > len(a.original) {
			return fmt.Errorf("change %d (%s): bad span [%d,%d)", c.ID, c.Rule, c.Start, c.End)
		}
		if a.original[c.Start:c.End] != c.Original {
			return fmt.Errorf("change %d (%s): Original field does not match the text", c.ID, c.Rule)
		}
		if !onRuneBoundary(a.original, c.Start) || !onRuneBoundary(a.original, c.End) {
			return fmt.Errorf("change %d (%s): span splits a character", c.ID, c.Rule)
		}
		if !utf8.ValidString(c.Replacement) {
			return fmt.Errorf("change %d (%s): replacement not valid UTF-8", c.ID, c.Rule)
		}
		if i > 0 {
			p := a.changes[i-1]
			if p.Start > c.Start || p.overlaps(c) {
				return fmt.Errorf("changes %d (%s) and %d (%s) overlap or are out of order", p.ID, p.Rule, c.ID, c.Rule)
			}
		}
	}
	return nil
}

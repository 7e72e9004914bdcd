package cleanup

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
)

// A Pass proposes changes on the current cleaned text of one article.
type Pass interface {
	Name() string
	Run(d *Draft)
}

// A BatchPass looks at every article of a batch at once (spellings that
// disagree across articles, lines that recur in many pages of one site).
type BatchPass interface {
	Name() string
	RunBatch(ds []*Draft)
}

// Draft is a snapshot of an article's cleaned text on which a pass proposes
// edits in snapshot coordinates. Commit maps them back onto Original.
type Draft struct {
	Article *Article
	text    string
	spans   []Span // applied changes, in text order
	// shift[i] is the sum of (original length - replacement length) over
	// spans[0:i], so an offset p after spans[i-1] maps to p + shift[i].
	shift   []int
	applied []int    // index in Article.changes of spans[i]
	pending []int    // indexes of changes that are not applied
	edits   []Change // Start/End in snapshot coordinates
}

// NewDraft snapshots the article's current cleaned text.
func (a *Article) NewDraft() *Draft {
	r := a.rendered()
	d := &Draft{Article: a, text: r.text, spans: r.spans, shift: make([]int, len(r.spans)+1), edits: reusedEdits(),
		applied: make([]int, 0, len(r.spans)), pending: make([]int, 0, max(len(a.changes)-len(r.spans), 0))}
	for i, c := range a.changes {
		if c.State != Applied {
			d.pending = append(d.pending, i)
			continue
		}
		j := len(d.applied)
		d.shift[j+1] = d.shift[j] + (c.End - c.Start) - len(c.Replacement)
		d.applied = append(d.applied, i)
	}
	return d
}

// Text is the cleaned text the draft was made from.
func (d *Draft) Text() string { return d.text }

// Propose asks to replace Text()[start:end] with c.Replacement. c.State
// decides whether the edit is applied or only suggested.
func (d *Draft) Propose(start, end int, c Change) {
	if start < 0 || end < start || end > len(d.text) {
		return
	}
	c.Start, c.End = start, end
	d.edits = append(d.edits, c)
}

// Pending is the number of proposals not yet committed.
func (d *Draft) Pending() int { return len(d.edits) }

// OriginalSpan maps a span of Text() to the original bytes it came from.
// Applied changes the span touches are included whole.
func (d *Draft) OriginalSpan(start, end int) (int, int) {
	first, last := d.touched(start, end)
	os, oe := d.mapStart(start), d.mapEnd(end)
	if first <= last {
		os = min(os, d.origOf(first).Start)
		oe = max(oe, d.origOf(last).End)
	}
	return os, oe
}

// Commit records the proposals in the article and returns how many were
// dropped because they collided with each other or with a suggestion.
// A proposal that overlaps applied changes absorbs them into one change,
// so the log stays free of overlaps.
func (d *Draft) Commit() (dropped int) {
	slices.SortStableFunc(d.edits, func(x, y Change) int { return cmp.Compare(x.Start, y.Start) })
	a := d.Article
	// absorbed is made only when a proposal swallows older changes, which
	// few do: most commits only add.
	var absorbed map[int]bool
	// The changes made are gathered over the proposals themselves: each is
	// written at or before the proposal being read, which range has copied.
	made := d.edits[:0]
	for _, e := range d.edits {
		c, ids, ok := d.toOriginal(e)
		if !ok || (len(made) > 0 && made[len(made)-1].overlaps(c)) {
			dropped++
			continue
		}
		// Changes that are not applied (suggestions, rejections) under the
		// new span give way, unless the new change is itself a suggestion.
		var blocked bool
		var gone []int
		k := sort.Search(len(d.pending), func(i int) bool { return a.changes[d.pending[i]].End >= c.Start })
		for ; k < len(d.pending) && a.changes[d.pending[k]].Start <= c.End; k++ {
			o := a.changes[d.pending[k]]
			if !o.overlaps(c) {
				continue
			}
			if c.State == Suggested {
				blocked = true
				break
			}
			gone = append(gone, o.ID)
		}
		if blocked || (c.State == Suggested && len(ids) > 0) {
			dropped++
			continue
		}
		for _, id := range append(ids, gone...) {
			if absorbed == nil {
				absorbed = map[int]bool{}
			}
			absorbed[id] = true
		}
		made = append(made, c)
	}
	defer recycleEdits(d.edits)
	d.edits = nil
	if len(made) == 0 {
		return dropped
	}
	// mergeSorted copies into a new slice, so with nothing absorbed the
	// log itself can be read in place.
	kept := a.changes
	if absorbed != nil {
		kept = make([]Change, 0, len(a.changes))
		for _, o := range a.changes {
			if !absorbed[o.ID] {
				kept = append(kept, o)
			}
		}
	}
	for i := range made {
		a.nextID++
		made[i].ID = a.nextID
		made[i].Original = a.original[made[i].Start:made[i].End]
		if made[i].State == Suggested {
			made[i].Suggestion = true
		}
	}
	a.changes = mergeSorted(kept, made)
	a.touch()
	return dropped
}

// editBuffers recycles the proposal buffers of committed drafts: every
// pass over every article fills one, and growing a fresh one each time was
// a good share of what the passes allocate.
var editBuffers sync.Pool // of *[]Change

// maxPooledEdits bounds the buffers kept: a huge article's stays with it.
const maxPooledEdits = 4096

func reusedEdits() []Change {
	if b, ok := editBuffers.Get().(*[]Change); ok {
		return (*b)[:0]
	}
	return nil
}

// recycleEdits gives a buffer back once Commit has copied what it needs;
// it is cleared first so that it holds on to no article's strings.
func recycleEdits(edits []Change) {
	if cap(edits) == 0 || cap(edits) > maxPooledEdits {
		return
	}
	edits = edits[:cap(edits)]
	clear(edits)
	editBuffers.Put(&edits)
}

func mergeSorted(x, y []Change) []Change {
	out := make([]Change, 0, len(x)+len(y))
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		if j == len(y) || (i < len(x) && (x[i].Start < y[j].Start || (x[i].Start == y[j].Start && x[i].End <= y[j].End))) {
			out = append(out, x[i])
			i++
		} else {
			out = append(out, y[j])
			j++
		}
	}
	return out
}

// toOriginal converts a snapshot edit into an original-coordinate change,
// folding in the applied changes it touches. It returns their ids.
func (d *Draft) toOriginal(e Change) (Change, []int, bool) {
	first, last := d.touched(e.Start, e.End)
	c := e
	if first > last {
		if e.Start == e.End {
			c.Start = d.mapStart(e.Start)
			c.End = c.Start
		} else {
			c.Start, c.End = d.mapStart(e.Start), d.mapEnd(e.End)
		}
		if !onRuneBoundary(d.text, e.Start) || !onRuneBoundary(d.text, e.End) {
			return c, nil, false
		}
		return c, nil, true
	}
	rs, re := min(e.Start, d.spans[first].Start), max(e.End, d.spans[last].End)
	if !onRuneBoundary(d.text, rs) || !onRuneBoundary(d.text, re) ||
		!onRuneBoundary(d.text, e.Start) || !onRuneBoundary(d.text, e.End) {
		return c, nil, false
	}
	fo, lo := d.origOf(first), d.origOf(last)
	c.Start, c.End = fo.Start, lo.End
	if e.Start < d.spans[first].Start {
		c.Start = d.mapStart(e.Start)
	}
	if e.End > d.spans[last].End {
		c.End = d.mapEnd(e.End)
	}
	c.Replacement = d.text[rs:e.Start] + e.Replacement + d.text[e.End:re]
	var idList []int
	var notes absorbedNotes
	for k := first; k <= last; k++ {
		o := d.origOf(k)
		idList = append(idList, o.ID)
		notes.add(o.Note)
	}
	if s := notes.String(); s != "" {
		c.Note = strings.TrimSpace(c.Note + " (includes: " + s + ")")
	}
	return c, idList, true
}

// touched returns the range of applied spans an edit overlaps (first > last
// when none). An empty span counts only strictly inside the edit, and an
// insertion only strictly inside a span.
func (d *Draft) touched(start, end int) (first, last int) {
	first, last = 1, 0
	k := sort.Search(len(d.spans), func(i int) bool { return d.spans[i].End >= start })
	for ; k < len(d.spans) && d.spans[k].Start <= end; k++ {
		s := d.spans[k]
		var hit bool
		switch {
		case start == end:
			hit = s.Start < start && start < s.End
		case s.Start == s.End:
			hit = start < s.Start && s.Start < end
		default:
			hit = s.Start < end && s.End > start
		}
		if hit {
			if first > last {
				first = k
			}
			last = k
		}
	}
	return first, last
}

// origOf returns the k-th applied change.
func (d *Draft) origOf(k int) Change { return d.Article.changes[d.applied[k]] }

// mapStart maps a snapshot offset to the original, placing it after any
// deletion that sits exactly there.
func (d *Draft) mapStart(p int) int {
	k := sort.Search(len(d.spans), func(i int) bool { return d.spans[i].End > p })
	return p + d.shift[k]
}

// mapEnd maps a snapshot offset to the original, placing it before any
// deletion that sits exactly there.
func (d *Draft) mapEnd(p int) int {
	k := sort.Search(len(d.spans), func(i int) bool {
		s := d.spans[i]
		return s.End > p || (s.End == p && s.Start == p)
	})
	return p + d.shift[k]
}

// Edit replaces cleaned[start:end] by hand. The edit becomes one applied
// change with rule "manual"; changes under it are folded in.
func (a *Article) Edit(start, end int, replacement, note string) (int, error) {
	d := a.NewDraft()
	if start < 0 || end < start || end > len(d.text) {
		return 0, ErrOverlap
	}
	if note == "" {
		note = "edited by hand"
	}
	d.Propose(start, end, Change{Replacement: replacement, Rule: RuleManual, Category: CatManual, Note: note, Confidence: 1})
	before := a.nextID
	if d.Commit() > 0 || a.nextID == before {
		return 0, ErrOverlap
	}
	return a.nextID, nil
}

// absorbedNotes lists the notes of changes folded into a new one, each
// distinct note once with a count, and only the first few, so a change that
// swallows thousands of small fixes keeps a readable note.
type absorbedNotes struct {
	order  []string
	counts map[string]int
	more   int
}

const maxAbsorbedNotes = 4

func (n *absorbedNotes) add(note string) {
	if note == "" {
		return
	}
	if n.counts == nil {
		n.counts = map[string]int{}
	}
	if _, seen := n.counts[note]; !seen {
		if len(n.order) == maxAbsorbedNotes {
			n.more++
			return
		}
		n.order = append(n.order, note)
	}
	n.counts[note]++
}

func (n *absorbedNotes) String() string {
	parts := make([]string, 0, len(n.order)+1)
	for _, note := range n.order {
		if c := n.counts[note]; c > 1 {
			note = fmt.Sprintf("%s ×%d", note, c)
		}
		parts = append(parts, note)
	}
	if n.more > 0 {
		parts = append(parts, fmt.Sprintf("%d more", n.more))
	}
	return strings.Join(parts, "; ")
}

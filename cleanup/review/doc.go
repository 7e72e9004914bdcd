package review

import (
	"fmt"
	"hash/fnv"
	"maps"

	"github.com/copydesk/copydesk/cleanup"
)

// Event ops. A review decision is stored as an Event rather than as a
// change id, because ids are only stable within one run of the engine.
const (
	OpAccept            = "accept"
	OpReject            = "reject"
	OpAcceptRule        = "accept-rule"
	OpRejectRule        = "reject-rule"
	OpAcceptSuggestions = "accept-suggestions"
	OpAcceptSame        = "accept-same"
	OpRejectSame        = "reject-same"
	OpEdit              = "edit"
)

// Event is one editor decision on one article. Accept/reject name the
// change by its span in Original and its rule; an edit is given in cleaned
// coordinates, which replaying the events in order reproduces exactly.
type Event struct {
	Op    string `json:"op"`
	Start int    `json:"start,omitempty"`
	End   int    `json:"end,omitempty"`
	Rule  string `json:"rule,omitempty"`
	Text  string `json:"text,omitempty"`
	From  string `json:"from,omitempty"` // same-fix ops: the original, trimmed
	To    string `json:"to,omitempty"`   // same-fix ops: the replacement
}

// Doc is one article under review: the live article, the change log the
// engine produced (to rebuild from on undo) and the decisions since.
type Doc struct {
	Art      *cleanup.Article
	Pristine []cleanup.Change // the engine's log, rebuilt from on undo
	Events   []Event
	Reviewed bool // the editor marked the article done
}

func NewDoc(a *cleanup.Article) *Doc {
	return &Doc{Art: a, Pristine: a.Changes()}
}

// HashText fingerprints an original so a session is not replayed onto a
// file that changed on disk since.
func HashText(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// Apply performs an Event on the live article and records it. It returns
// an error when the Event no longer fits the article (a stale session).
func (d *Doc) Apply(e Event) error {
	if err := Replay(d.Art, e); err != nil {
		return err
	}
	d.Events = append(d.Events, e)
	return nil
}

func Replay(a *cleanup.Article, e Event) error {
	switch e.Op {
	case OpAccept, OpReject:
		for _, c := range a.Changes() {
			if c.Start == e.Start && c.End == e.End && c.Rule == e.Rule {
				if e.Op == OpAccept {
					a.Accept(c.ID)
				} else {
					a.Reject(c.ID)
				}
				return nil
			}
		}
		return fmt.Errorf("%s: no %s change at %d-%d", a.Source, e.Rule, e.Start, e.End)
	case OpAcceptRule:
		a.AcceptRule(e.Rule)
	case OpRejectRule:
		a.RejectRule(e.Rule)
	case OpAcceptSame, OpRejectSame:
		key := e.Rule + "\x00" + e.From + "\x00" + e.To
		for _, c := range a.Changes() {
			if SameFix(c) == key {
				if e.Op == OpAcceptSame {
					a.Accept(c.ID)
				} else {
					a.Reject(c.ID)
				}
			}
		}
	case OpAcceptSuggestions:
		a.AcceptSuggestions()
	case OpEdit:
		if _, err := a.Edit(e.Start, e.End, e.Text, ""); err != nil {
			return fmt.Errorf("%s: edit at %d-%d: %w", a.Source, e.Start, e.End, err)
		}
	default:
		return fmt.Errorf("unknown review Event %q", e.Op)
	}
	return nil
}

// Rebuild recreates the article from the engine's change log and replays
// every Event but the last n (n = 0 replays all). Events that no longer
// Apply are dropped and counted.
func (d *Doc) Rebuild(drop int) (stale int) {
	a := CopyArticle(d.Art, d.Pristine)
	events := d.Events[:len(d.Events)-drop]
	d.Art, d.Events = a, nil // Reviewed stays: undo takes back decisions, not the mark
	for _, e := range events {
		if d.Apply(e) != nil {
			stale++
		}
	}
	return stale
}

// CopyArticle makes a fresh article with a's original and metadata and the
// given change log (which must come from a, so it always fits).
func CopyArticle(a *cleanup.Article, changes []cleanup.Change) *cleanup.Article {
	n := cleanup.NewArticle(a.Source, a.Original())
	n.Title, n.URL, n.Format, n.Meta = a.Title, a.URL, a.Format, maps.Clone(a.Meta) // a worker may read it while the UI edits a
	for _, c := range changes {
		if _, err := n.Add(c); err != nil {
			panic(fmt.Sprintf("copying %s: %v", a.Source, err)) // a's own log cannot collide
		}
	}
	return n
}

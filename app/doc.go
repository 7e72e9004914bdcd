package app

import (
	"fmt"
	"hash/fnv"
	"maps"

	"github.com/copydesk/copydesk/cleanup"
)

// Event ops. A review decision is stored as an event rather than as a
// change id, because ids are only stable within one run of the engine.
const (
	opAccept            = "accept"
	opReject            = "reject"
	opAcceptRule        = "accept-rule"
	opRejectRule        = "reject-rule"
	opAcceptSuggestions = "accept-suggestions"
	opAcceptSame        = "accept-same"
	opRejectSame        = "reject-same"
	opEdit              = "edit"
)

// event is one editor decision on one article. Accept/reject name the
// change by its span in Original and its rule; an edit is given in cleaned
// coordinates, which replaying the events in order reproduces exactly.
type event struct {
	Op    string `json:"op"`
	Start int    `json:"start,omitempty"`
	End   int    `json:"end,omitempty"`
	Rule  string `json:"rule,omitempty"`
	Text  string `json:"text,omitempty"`
	From  string `json:"from,omitempty"` // same-fix ops: the original, trimmed
	To    string `json:"to,omitempty"`   // same-fix ops: the replacement
}

// doc is one article under review: the live article, the change log the
// engine produced (to rebuild from on undo) and the decisions since.
type doc struct {
	art      *cleanup.Article
	pristine []cleanup.Change
	events   []event
}

func newDoc(a *cleanup.Article) *doc {
	return &doc{art: a, pristine: a.Changes()}
}

// hashText fingerprints an original so a session is not replayed onto a
// file that changed on disk since.
func hashText(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// apply performs an event on the live article and records it. It returns
// an error when the event no longer fits the article (a stale session).
func (d *doc) apply(e event) error {
	if err := replay(d.art, e); err != nil {
		return err
	}
	d.events = append(d.events, e)
	return nil
}

func replay(a *cleanup.Article, e event) error {
	switch e.Op {
	case opAccept, opReject:
		for _, c := range a.Changes() {
			if c.Start == e.Start && c.End == e.End && c.Rule == e.Rule {
				if e.Op == opAccept {
					a.Accept(c.ID)
				} else {
					a.Reject(c.ID)
				}
				return nil
			}
		}
		return fmt.Errorf("%s: no %s change at %d-%d", a.Source, e.Rule, e.Start, e.End)
	case opAcceptRule:
		a.AcceptRule(e.Rule)
	case opRejectRule:
		a.RejectRule(e.Rule)
	case opAcceptSame, opRejectSame:
		key := e.Rule + "\x00" + e.From + "\x00" + e.To
		for _, c := range a.Changes() {
			if sameFix(c) == key {
				if e.Op == opAcceptSame {
					a.Accept(c.ID)
				} else {
					a.Reject(c.ID)
				}
			}
		}
	case opAcceptSuggestions:
		a.AcceptSuggestions()
	case opEdit:
		if _, err := a.Edit(e.Start, e.End, e.Text, ""); err != nil {
			return fmt.Errorf("%s: edit at %d-%d: %w", a.Source, e.Start, e.End, err)
		}
	default:
		return fmt.Errorf("unknown review event %q", e.Op)
	}
	return nil
}

// rebuild recreates the article from the engine's change log and replays
// every event but the last n (n = 0 replays all). Events that no longer
// apply are dropped and counted.
func (d *doc) rebuild(drop int) (stale int) {
	a := copyArticle(d.art, d.pristine)
	events := d.events[:len(d.events)-drop]
	d.art, d.events = a, nil
	for _, e := range events {
		if d.apply(e) != nil {
			stale++
		}
	}
	return stale
}

// copyArticle makes a fresh article with a's original and metadata and the
// given change log (which must come from a, so it always fits).
func copyArticle(a *cleanup.Article, changes []cleanup.Change) *cleanup.Article {
	n := cleanup.NewArticle(a.Source, a.Original())
	n.Title, n.URL, n.Format, n.Meta = a.Title, a.URL, a.Format, maps.Clone(a.Meta) // a worker may read it while the UI edits a
	for _, c := range changes {
		if _, err := n.Add(c); err != nil {
			panic(fmt.Sprintf("copying %s: %v", a.Source, err)) // a's own log cannot collide
		}
	}
	return n
}

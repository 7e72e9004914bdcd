package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
)

// Batch-wide decisions come in two scopes. "Same fix" takes the selected
// change's rule AND its text (the same original → replacement, or the same
// removed debris phrase): rejecting one wrong spelling must not take back
// every other fix its glossary made. "Whole rule" is offered only from the
// Edit menu, says how many fixes it moves, and always asks.

// sameFix is the key two changes share when they are the same fix.
func sameFix(c cleanup.Change) string {
	return c.Rule + "\x00" + strings.TrimSpace(c.Original) + "\x00" + c.Replacement
}

// scope counts what a batch-wide decision would cover: changes matching,
// and the articles they are in.
type scope struct{ changes, articles int }

func (b *batch) count(match func(cleanup.Change) bool) scope {
	var s scope
	for _, d := range b.docs {
		n := 0
		for _, c := range d.art.Changes() {
			if match(c) {
				n++
			}
		}
		if n > 0 {
			s.changes += n
			s.articles++
		}
	}
	return s
}

// decideSame sets every change that is the same fix as c, across the
// batch, as one undo step. It returns how many changes it covered.
func (b *batch) decideSame(c cleanup.Change, accept bool, v view) int {
	op := opRejectSame
	if accept {
		op = opAcceptSame
	}
	e := event{Op: op, Rule: c.Rule, From: strings.TrimSpace(c.Original), To: c.Replacement}
	key := sameFix(c)
	var step []int
	n := 0
	for i, d := range b.docs {
		m := 0
		for _, x := range d.art.Changes() {
			if sameFix(x) == key {
				m++
			}
		}
		if m == 0 {
			continue
		}
		d.apply(e)
		step = append(step, i)
		n += m
	}
	if len(step) > 0 {
		b.undo = append(b.undo, undoStep{step, v})
	}
	return n
}

// decideSameFix asks, then accepts or rejects the selected fix wherever
// the batch has the very same fix. Within one article it does not ask.
func (u *ui) decideSameFix(accept bool) {
	c, ok := u.selected()
	if !ok {
		u.setStatus("Select a change first (next change: Ctrl+Down).")
		return
	}
	key := sameFix(c)
	s := u.b.count(func(x cleanup.Change) bool { return sameFix(x) == key })
	verb := verbFor(accept)
	what := fixes(s.changes, summary(c))
	run := func() {
		u.b.decideSame(c, accept, u.view())
		u.changed(u.b.lastStep(), false)
		u.setStatus(fmt.Sprintf("%sed %s in %s. Ctrl+Z takes it back.", verb, what, plural(s.articles, "article")))
	}
	if s.articles <= 1 {
		run()
		return
	}
	u.confirm(verb+" the same fix in the batch",
		fmt.Sprintf("%s all %s in %s?\nOther %s changes stay as they are.", verb, what, plural(s.articles, "article"), c.Rule),
		fmt.Sprintf("%s %d", verb, s.changes), run)
}

// fixes says "14 “Kiev” → “Kyiv” fixes".
func fixes(n int, summary string) string {
	noun := "fixes"
	if n == 1 {
		noun = "fix"
	}
	return fmt.Sprintf("%d %s %s", n, summary, noun)
}

// decideWholeRule asks, then accepts or rejects every change the selected
// change's rule made anywhere in the batch.
func (u *ui) decideWholeRule(accept bool) {
	c, ok := u.selected()
	if !ok {
		u.setStatus("Select a change first (next change: Ctrl+Down).")
		return
	}
	s := u.b.count(func(x cleanup.Change) bool { return x.Rule == c.Rule })
	verb := verbFor(accept)
	u.confirm(fmt.Sprintf("%s every %s change", verb, c.Rule),
		fmt.Sprintf("%s all %s made by %s, in %s?\nThis is not only %s: it is every fix of the rule.",
			verb, plural(s.changes, "change"), c.Rule, plural(s.articles, "article"), summary(c)),
		fmt.Sprintf("%s all %d", verb, s.changes), func() {
			u.decideSelectedRule(accept)
		})
}

func verbFor(accept bool) string {
	if accept {
		return "Accept"
	}
	return "Reject"
}

// confirm asks a yes/no question in a dialog that Escape cancels and
// Enter confirms.
func (u *ui) confirm(title, msg, yes string, run func()) {
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(title, yes, "Cancel", l, func(ok bool) {
		if ok {
			run()
		}
	}, u.win)
	d.Resize(fyne.NewSize(520, 200))
	u.trackDialog(d)
	u.showDialog(d)
}

package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/review"
)

// Batch-wide decisions come in two scopes (see review.SameFix): "same fix"
// after a confirmation naming the count, and "whole rule" only from the
// Edit menu, always asking.

// decideSameFix asks, then accepts or rejects the selected fix wherever
// the batch has the very same fix. Within one article it does not ask.
func (u *ui) decideSameFix(accept bool) {
	c, ok := u.selected()
	if !ok {
		u.setStatus("Select a change first (next change: Ctrl+Down).")
		return
	}
	key := review.SameFix(c)
	s := u.b.Count(func(x cleanup.Change) bool { return review.SameFix(x) == key })
	verb := verbFor(accept)
	what := fixes(s.Changes, summary(c))
	run := func() {
		u.b.DecideSame(c, accept, u.view())
		u.changed(u.b.LastStep(), false)
		u.setStatus(fmt.Sprintf("%sed %s in %s. Ctrl+Z takes it back.", verb, what, plural(s.Articles, "article")))
	}
	if s.Articles <= 1 {
		run()
		return
	}
	u.confirm(verb+" the same fix in the batch",
		fmt.Sprintf("%s all %s in %s?\nOther %s changes stay as they are.", verb, what, plural(s.Articles, "article"), c.Rule),
		fmt.Sprintf("%s %d", verb, s.Changes), run)
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
	s := u.b.Count(func(x cleanup.Change) bool { return x.Rule == c.Rule })
	verb := verbFor(accept)
	u.confirm(fmt.Sprintf("%s every %s change", verb, c.Rule),
		fmt.Sprintf("%s all %s made by %s, in %s?\nThis is not only %s: it is every fix of the rule.",
			verb, plural(s.Changes, "change"), c.Rule, plural(s.Articles, "article"), summary(c)),
		fmt.Sprintf("%s all %d", verb, s.Changes), func() {
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

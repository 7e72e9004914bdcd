package export

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// contextBytes is how much original text is shown on each side of a
// change, at most, and never past a line break.
const contextBytes = 48

// reportArticle is the data of the "article" template.
type reportArticle struct {
	Title, Source, URL string
	Count              tally
	Changes            []reportChange
}

// reportChange is one row of an article's change table. Before, Original,
// Replacement and After are shown with invisible characters made visible.
type reportChange struct {
	ID                               int
	Decision, Class                  string
	Rule, Category, Confidence, Note string
	Before, Original, Replacement    string
	After, Label                     string
}

func newReportArticle(a *cleanup.Article) reportArticle {
	ra := reportArticle{Title: valid(headline(a)), Source: valid(a.Source), URL: valid(a.URL)}
	orig := a.Original()
	for _, c := range a.Changes() {
		ra.Count.add(c.State)
		rc := reportChange{
			ID: c.ID, Rule: valid(c.Rule), Category: valid(string(c.Category)), Note: valid(c.Note),
			Before: cleanup.Visible(contextBefore(orig, c.Start)), After: cleanup.Visible(contextAfter(orig, c.End)),
			Original: cleanup.Visible(c.Original), Replacement: cleanup.Visible(c.Replacement),
		}
		rc.Decision, rc.Class = decision(c)
		if c.Confidence > 0 {
			rc.Confidence = strconv.FormatFloat(c.Confidence, 'f', -1, 64)
		}
		switch {
		case c.Original == "" && c.Replacement == "":
			rc.Label = "(nothing)"
		case c.Replacement == "":
			rc.Label = "(removed)"
		case c.Original == "":
			rc.Label = "(inserted)"
		}
		ra.Changes = append(ra.Changes, rc)
	}
	return ra
}

// decision names a change's state as an editor reads it, and its CSS class.
func decision(c cleanup.Change) (label, class string) {
	switch c.State {
	case cleanup.Applied:
		return "applied", "applied"
	case cleanup.Suggested:
		return "pending", "pending"
	case cleanup.Rejected:
		if c.Suggestion {
			return "rejected suggestion", "rejected"
		}
		return "rejected", "rejected"
	}
	return c.State.String(), ""
}

func contextBefore(s string, at int) string {
	from := max(0, at-contextBytes)
	for from < at && !utf8.RuneStart(s[from]) {
		from++
	}
	before := s[from:at]
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		return before[i+1:]
	}
	if from > 0 {
		return "…" + before
	}
	return before
}

func contextAfter(s string, at int) string {
	to := min(len(s), at+contextBytes)
	for to > at && to < len(s) && !utf8.RuneStart(s[to]) {
		to--
	}
	after := s[at:to]
	if i := strings.IndexByte(after, '\n'); i >= 0 {
		return after[:i]
	}
	if to < len(s) {
		return after + "…"
	}
	return after
}

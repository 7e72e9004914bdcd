package app

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/names"
)

// learnable reports whether a change can become a glossary spelling: a
// names fix or suggestion that replaces one spelling with another.
func learnable(c cleanup.Change) bool {
	return c.Category == cleanup.CatNames && strings.TrimSpace(c.Original) != "" &&
		strings.TrimSpace(c.Replacement) != "" && c.Original != c.Replacement &&
		!strings.ContainsAny(c.Original+c.Replacement, "\t\r\n|")
}

// learnSelected adds the selected change's spelling to the user glossary
// ("Gutierrez" → "Guterres") and re-cleans the batch with it.
func (u *ui) learnSelected() {
	c, ok := u.selected()
	if !ok || !learnable(c) {
		u.setStatus("Select a names change or suggestion to add its spelling to your glossary.")
		return
	}
	canonical, variant := strings.TrimSpace(c.Replacement), strings.TrimSpace(c.Original)
	e := names.Entry{Canonical: canonical, Variants: []string{variant}, Kind: u.guessKind(c, canonical),
		Basis: "added in review " + time.Now().Format("2006-01-02")}
	n, err := names.Learn(u.opts.glossaryPath, e)
	switch {
	case err != nil:
		u.setStatus("Glossary not saved: " + err.Error())
	case n == 0:
		u.setStatus(fmt.Sprintf("Your glossary already turns %q into %q.", variant, canonical))
	default:
		u.reclean(fmt.Sprintf("Added %q → %q to your glossary.", variant, canonical))
	}
}

// saveGlossary writes the user glossary and re-cleans the batch with it,
// saying done when that is finished.
func (u *ui) saveGlossary(entries []names.Entry, done string) error {
	if err := writeUserGlossary(u.opts.glossaryPath, entries); err != nil {
		return err
	}
	u.reclean(done)
	return nil
}

// guessKind gives a learned spelling a kind: the preset's kind when the
// house style already knows the canonical form, person for a fuzzy name
// match or a name of several capitalized words, place for one capitalized
// word, else term. The editor can change it in the glossary editor.
func (u *ui) guessKind(c cleanup.Change, canonical string) string {
	if presets, err := presetEntries(u.houseStyle()); err == nil {
		for _, e := range presets {
			if e.Canonical == canonical {
				return e.Kind
			}
		}
	}
	caps := 0
	for _, w := range strings.Fields(canonical) {
		if r := []rune(w); unicode.IsUpper(r[0]) {
			caps++
		}
	}
	switch {
	case strings.Contains(c.Rule, "fuzzy") || caps >= 2:
		return "person"
	case caps == 1:
		return "place"
	}
	return "term"
}

// Package normalize holds the first and the last text passes: Unicode and
// typography repair (invisible characters, odd spaces, line endings, NFC,
// mixed-script words, house-style quotes and dashes) and the closing
// whitespace tidy that fills the gaps other passes leave.
package normalize

import "github.com/copydesk/copydesk/cleanup"

// Options come from the house style.
type Options struct {
	StraightQuotes bool // curly quotes become ' and "
	ASCIIDashes    bool // en and em dashes become - and --
}

type pass struct {
	o      Options
	tables *Tables
}

// New returns the Unicode and typography pass, built on the embedded tables.
func New(o Options) cleanup.Pass { return NewWithTables(o, builtin()) }

// NewWithTables returns the pass built on tables from LoadTables.
func NewWithTables(o Options, t *Tables) cleanup.Pass { return &pass{o: o, tables: t} }

func (*pass) Name() string { return "unicode" }

// edit is a proposal in the coordinates of the text a stage looked at.
type edit struct {
	start, end int
	c          cleanup.Change
}

// maxRounds bounds the repeat of the stages. Stages interact (removing a
// zero-width space can join a letter to a combining accent, so NFC has work
// again), and the pass must leave a text it would not change.
const maxRounds = 4

// Run applies the stages in order, each to the previous one's output,
// inside a scratch article so that Draft.Commit folds overlapping fixes
// into one change; then it proposes the folded changes on d. A clean text
// is only scanned: the scratch article is made on the first finding.
func (p *pass) Run(d *cleanup.Draft) {
	stages := [...]func(string) []edit{p.charEdits, p.homoglyphEdits, nfcEdits}
	text := d.Text()
	var scratch *cleanup.Article
	for range maxRounds {
		changed := false
		for _, stage := range stages {
			edits := stage(text)
			if len(edits) == 0 {
				continue
			}
			if scratch == nil {
				scratch = cleanup.NewArticle("", text)
			}
			sd := scratch.NewDraft()
			for _, e := range edits {
				sd.Propose(e.start, e.end, e.c)
			}
			sd.Commit()
			text = scratch.Cleaned()
			changed = true
		}
		if !changed {
			break
		}
	}
	if scratch == nil {
		return
	}
	for _, c := range scratch.Changes() {
		if c.Replacement != c.Original { // a later round may undo an earlier one
			d.Propose(c.Start, c.End, c)
		}
	}
}

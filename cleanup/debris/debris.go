// Package debris removes page leftovers (stub; being written).
package debris

import (
	"io/fs"

	"github.com/copydesk/copydesk/cleanup"
)

// Lexicon is the multilingual list of boilerplate phrases.
type Lexicon struct{}

// LoadLexicon reads every *.tsv under dir.
func LoadLexicon(fsys fs.FS, dir string) (*Lexicon, error) { return &Lexicon{}, nil }

type pass struct{ lex *Lexicon }

// New returns the debris pass.
func New(lex *Lexicon) cleanup.Pass { return pass{lex} }

func (pass) Name() string         { return "debris" }
func (pass) Run(d *cleanup.Draft) {}

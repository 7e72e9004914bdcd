// Package normalize repairs Unicode and typography (stub; being written).
package normalize

import "github.com/copydesk/copydesk/cleanup"

// Options come from the house style.
type Options struct {
	StraightQuotes bool
	ASCIIDashes    bool
}

type pass struct{ o Options }

// New returns the Unicode and typography pass.
func New(o Options) cleanup.Pass { return pass{o} }

func (pass) Name() string         { return "unicode" }
func (pass) Run(d *cleanup.Draft) {}

type tidy struct{}

// NewTidy returns the final whitespace pass.
func NewTidy() cleanup.Pass { return tidy{} }

func (tidy) Name() string         { return "whitespace" }
func (tidy) Run(d *cleanup.Draft) {}

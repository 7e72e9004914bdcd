package fieldeval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/load"
)

// fieldSetRoot is the field set, from this package's folder.
var fieldSetRoot = filepath.Join("..", "..", "testdata", "fieldset")

// Article length bounds of the field set (words of article text).
const (
	minArticleWords = 150
	maxArticleWords = 500
)

// TestFieldSetLabels loads the whole field set and checks the labels
// against the inputs: every file parses, every debris, fix WRONG, keep and
// content TEXT occurs in its input as loaded (a typo in a label would
// otherwise pass as a fix or a catch), and each article has the length the
// set promises. It does not run the engine or look at scores.
func TestFieldSetLabels(t *testing.T) {
	for _, part := range Parts {
		cases, err := LoadPart(fieldSetRoot, part)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			for _, in := range c.Inputs {
				checkInput(t, in)
			}
		}
	}
}

func checkInput(t *testing.T, in Input) {
	t.Helper()
	var as []*cleanup.Article
	load.Walk([]string{in.Path}, load.Options{}, func(a *cleanup.Article) { as = append(as, a) },
		func(err error) { t.Errorf("%v", err) })
	if len(as) == 0 {
		t.Errorf("%s: no article loaded", in.Path)
		return
	}
	var originals []string
	for _, a := range as {
		originals = append(originals, a.Original())
	}
	all := strings.Join(originals, "\n")
	l := in.Labels
	occurs := func(kind, text string) {
		if !contains(all, text) {
			t.Errorf("%s: %s %q does not occur in the input", in.Path, kind, text)
		}
	}
	for _, d := range l.Debris {
		occurs("debris", d)
	}
	for _, c := range l.Content {
		occurs("content", c)
	}
	for _, k := range l.Keeps {
		occurs("keep", k)
	}
	for _, f := range l.Fixes {
		occurs("fix WRONG", f.Wrong)
		if contains(f.Right, f.Wrong) {
			t.Errorf("%s:%d: fix RIGHT %q holds WRONG %q as a word: it could never be fixed", in.Path, f.Line, f.Right, f.Wrong)
		}
	}
	for _, h := range l.Headlines {
		if len(l.Content) == 0 && !textFormats[as[0].Format] {
			t.Errorf("%s:%d: headline row on an input without content rows", in.Path, h.Line)
		}
	}
	for _, a := range as {
		words := 0
		for _, line := range contentLines(&Labels{Debris: l.Debris, Content: l.Content}, []*cleanup.Article{a}) {
			words += len(tokens(line))
		}
		if words < minArticleWords || words > maxArticleWords {
			t.Errorf("%s: %s has %d words of article text, want %d to %d", in.Path, a.Source, words, minArticleWords, maxArticleWords)
		}
	}
}

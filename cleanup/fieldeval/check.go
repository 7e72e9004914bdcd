package fieldeval

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/load"
)

// Article length bounds of the field set (words of article text).
const (
	MinArticleWords = 150
	MaxArticleWords = 500
)

// CheckInput checks an input's labels against the input as loaded: every
// debris, content, keep and fix WRONG text must occur in it (a typo in a
// label would otherwise pass as a catch or a fix), a fix RIGHT must not
// hold its WRONG, and each article must have MinArticleWords to
// MaxArticleWords of article text. It returns the number of articles and
// the problems found, each naming the file.
func CheckInput(in Input) (int, []string) {
	var problems []string
	add := func(format string, args ...any) {
		problems = append(problems, in.Path+": "+fmt.Sprintf(format, args...))
	}
	var as []*cleanup.Article
	load.Walk([]string{in.Path}, load.Options{}, func(a *cleanup.Article) { as = append(as, a) },
		func(err error) { problems = append(problems, err.Error()) })
	if len(as) == 0 {
		add("no article loaded")
		return 0, problems
	}
	var originals []string
	for _, a := range as {
		originals = append(originals, a.Original())
	}
	all := strings.Join(originals, "\n")
	l := in.Labels
	occurs := func(kind, text string) {
		if !contains(all, text) {
			add("%s %q does not occur in the input", kind, text)
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
			add("line %d: fix RIGHT %q holds WRONG %q as a word: it could never be fixed", f.Line, f.Right, f.Wrong)
		}
	}
	for _, a := range as {
		words := 0
		for _, line := range contentLines(&Labels{Debris: l.Debris, Content: l.Content}, []*cleanup.Article{a}) {
			words += len(tokens(line))
		}
		if words < MinArticleWords || words > MaxArticleWords {
			add("%s has %d words of article text, want %d to %d", a.Source, words, MinArticleWords, MaxArticleWords)
		}
	}
	return len(as), problems
}

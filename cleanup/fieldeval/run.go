package fieldeval

import (
	"fmt"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/load"
	"github.com/copydesk/copydesk/cleanup/pipeline"
)

// Run is one configuration of the engine the set is scored with.
type Run struct {
	Name              string // column heading
	Style             string
	AcceptSuggestions bool
}

// Runs are the configurations of the report: AP first (the default style).
var Runs = []Run{
	{Name: "ap", Style: "ap"},
	{Name: "bbc", Style: "bbc"},
	{Name: "reuters", Style: "reuters"},
	{Name: "ap --accept-suggestions", Style: "ap", AcceptSuggestions: true},
}

// Pipeline builds the engine for a run, as `copydesk clean` does.
func (r Run) Pipeline() (*pipeline.Pipeline, error) {
	return pipeline.New(pipeline.Options{Style: r.Style, AcceptSuggestions: r.AcceptSuggestions})
}

// Clean loads a case's inputs and cleans them as one batch. The result has
// one slice of articles per input (a feed gives several).
func Clean(p *pipeline.Pipeline, c Case) ([][]*cleanup.Article, error) {
	per := make([][]*cleanup.Article, len(c.Inputs))
	var all []*cleanup.Article
	for i, in := range c.Inputs {
		var loadErr error
		load.Walk([]string{in.Path}, load.Options{}, func(a *cleanup.Article) {
			per[i] = append(per[i], a)
		}, func(err error) { loadErr = err })
		if loadErr != nil {
			return nil, loadErr
		}
		if len(per[i]) == 0 {
			return nil, fmt.Errorf("%s: no article loaded", in.Path)
		}
		all = append(all, per[i]...)
	}
	p.CleanBatch(all)
	return per, nil
}

// ScoreCase cleans a case with p and scores it for style.
func ScoreCase(p *pipeline.Pipeline, style string, c Case) (*Score, error) {
	per, err := Clean(p, c)
	if err != nil {
		return nil, err
	}
	s := NewScore()
	for i, in := range c.Inputs {
		s.Add(ScoreInput(c.Part+"/"+relName(in.Path), in.Labels, per[i], style))
	}
	return s, nil
}

// ScoreCases scores a list of cases with one run.
func ScoreCases(r Run, cases []Case) (*Score, error) {
	p, err := r.Pipeline()
	if err != nil {
		return nil, err
	}
	total := NewScore()
	for _, c := range cases {
		s, err := ScoreCase(p, r.Style, c)
		if err != nil {
			return nil, err
		}
		total.Add(s)
	}
	return total, nil
}

// Articles counts the articles of a set (a feed counts each line).
func Articles(cases []Case) (int, error) {
	n := 0
	for _, c := range cases {
		for _, in := range c.Inputs {
			var loadErr error
			load.Walk([]string{in.Path}, load.Options{}, func(*cleanup.Article) { n++ }, func(err error) { loadErr = err })
			if loadErr != nil {
				return 0, loadErr
			}
		}
	}
	return n, nil
}

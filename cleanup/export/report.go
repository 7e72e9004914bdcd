package export

import (
	"bytes"
	_ "embed"
	"html/template"
	"io"
	"sort"
	"time"

	"github.com/copydesk/copydesk/cleanup"
)

//go:embed report.html.tmpl
var reportSource string

var reportPage = template.Must(template.New("report").Parse(reportSource))

// ReportInfo describes the batch at the top of a review report.
type ReportInfo struct {
	Title   string    // page title; "" gives "Copydesk review report"
	Style   string    // house style the batch was cleaned with
	Inputs  []string  // the paths that were cleaned
	Created time.Time // when the batch was cleaned; zero leaves it out
}

// Report writes the review report of a batch: one standalone HTML page
// that lists, per article, every change and suggestion with its rule,
// category, reason, decision and before → after, under a summary of the
// batch. It is what an editor-in-chief reads to audit a desk's work.
func Report(w io.Writer, as []*cleanup.Article, info ReportInfo) error {
	var body bytes.Buffer
	rb := NewReportBuilder(info, &body)
	if err := rb.Add(as...); err != nil {
		return err
	}
	return rb.Finish(w, &body)
}

// ReportBuilder makes a report of a batch too big for memory: each
// article's section goes to a spool as it comes, only the counts are
// kept, and Finish writes the summary followed by the spooled sections.
type ReportBuilder struct {
	info  ReportInfo
	spool io.Writer
	sum   summary
}

// NewReportBuilder starts a report whose article sections go to spool.
func NewReportBuilder(info ReportInfo, spool io.Writer) *ReportBuilder {
	return &ReportBuilder{info: info, spool: spool, sum: summary{categories: map[string]*tally{}, rules: map[ruleKey]*tally{}}}
}

// Add writes the sections of more articles to the spool.
func (rb *ReportBuilder) Add(as ...*cleanup.Article) error {
	for _, a := range as {
		ra := newReportArticle(a)
		rb.sum.add(a)
		if err := reportPage.ExecuteTemplate(rb.spool, "article", ra); err != nil {
			return err
		}
	}
	return nil
}

// Finish writes the whole page to w; body reads back what was spooled,
// from its start.
func (rb *ReportBuilder) Finish(w io.Writer, body io.Reader) error {
	if err := reportPage.ExecuteTemplate(w, "head", rb.head()); err != nil {
		return err
	}
	if _, err := io.Copy(w, body); err != nil {
		return err
	}
	return reportPage.ExecuteTemplate(w, "foot", nil)
}

// tally counts changes by decision.
type tally struct{ Applied, Rejected, Pending int }

func (t *tally) add(s cleanup.State) {
	switch s {
	case cleanup.Applied:
		t.Applied++
	case cleanup.Rejected:
		t.Rejected++
	case cleanup.Suggested:
		t.Pending++
	}
}

func (t tally) total() int { return t.Applied + t.Rejected + t.Pending }

type ruleKey struct{ rule, category string }

// summary counts a batch as its articles go by.
type summary struct {
	articles, changed int
	total             tally
	categories        map[string]*tally
	rules             map[ruleKey]*tally
}

func (s *summary) add(a *cleanup.Article) {
	s.articles++
	cs := a.Changes()
	if len(cs) > 0 {
		s.changed++
	}
	for _, c := range cs {
		s.total.add(c.State)
		cat, key := valid(string(c.Category)), ruleKey{valid(c.Rule), valid(string(c.Category))}
		if s.categories[cat] == nil {
			s.categories[cat] = &tally{}
		}
		s.categories[cat].add(c.State)
		if s.rules[key] == nil {
			s.rules[key] = &tally{}
		}
		s.rules[key].add(c.State)
	}
}

// reportHead is the data of the "head" template.
type reportHead struct {
	Title, Style, Created string
	Inputs                []string
	Articles, Changed     int
	Total                 tally
	Categories            []namedTally
	Rules                 []namedTally
}

type namedTally struct {
	Name, Category string
	tally
}

func (rb *ReportBuilder) head() reportHead {
	h := reportHead{
		Title: valid(rb.info.Title), Style: valid(rb.info.Style),
		Articles: rb.sum.articles, Changed: rb.sum.changed, Total: rb.sum.total,
	}
	if h.Title == "" {
		h.Title = "Copydesk review report"
	}
	if !rb.info.Created.IsZero() {
		h.Created = rb.info.Created.Format("2006-01-02 15:04 MST")
	}
	for _, p := range rb.info.Inputs {
		h.Inputs = append(h.Inputs, valid(p))
	}
	for name, t := range rb.sum.categories {
		h.Categories = append(h.Categories, namedTally{Name: name, tally: *t})
	}
	for k, t := range rb.sum.rules {
		h.Rules = append(h.Rules, namedTally{Name: k.rule, Category: k.category, tally: *t})
	}
	byCount(h.Categories)
	byCount(h.Rules)
	return h
}

// byCount sorts the most frequent first, then by name, so the report of a
// batch is always the same.
func byCount(ts []namedTally) {
	sort.Slice(ts, func(i, j int) bool {
		if a, b := ts[i].total(), ts[j].total(); a != b {
			return a > b
		}
		if ts[i].Name != ts[j].Name {
			return ts[i].Name < ts[j].Name
		}
		return ts[i].Category < ts[j].Category
	})
}

package debris

import (
	"fmt"
	"net/url"

	"github.com/copydesk/copydesk/cleanup"
)

// A line that recurs at the head or tail of many articles from one site is
// that site's boilerplate ("Our journalism depends on you", a slogan, a
// desk name), whatever its language and even if no lexicon lists it.
type repeated struct{}

// NewRepeated returns the batch pass that removes lines recurring across
// articles of one site: suggested from a few repeats, applied when most of
// the site's articles share the line.
func NewRepeated() cleanup.BatchPass { return repeated{} }

func (repeated) Name() string { return "debris.repeated" }

// Thresholds, in articles of one site sharing a line.
const (
	suggestMin, suggestShare = 3, 0.3
	applyMin, applyShare     = 5, 0.6
	maxRepeatedWords         = 12
)

// candidate is an edge line of one article that may be boilerplate.
type candidate struct {
	line int
	key  string
}

func (repeated) RunBatch(ds []*cleanup.Draft) {
	sites := map[string][]*cleanup.Draft{}
	for _, d := range ds {
		s := site(d.Article)
		sites[s] = append(sites[s], d)
	}
	for name, group := range sites {
		if len(group) >= suggestMin {
			removeRepeated(name, group)
		}
	}
}

func removeRepeated(site string, group []*cleanup.Draft) {
	lines := make([][]line, len(group))
	cands := make([][]candidate, len(group))
	counts := map[string]int{}
	for k, d := range group {
		lines[k] = splitLines(d.Text())
		z := zonesOf(lines[k], func(int) bool { return true })
		seen := map[string]bool{}
		for i, l := range lines[k] {
			if i == 0 || !z.edge(i) || prose(l) || l.words > maxRepeatedWords {
				continue
			}
			key := join(withoutNumbers(tokenize(l.text)))
			if key == "" {
				continue
			}
			cands[k] = append(cands[k], candidate{line: i, key: key})
			if !seen[key] {
				seen[key] = true
				counts[key]++
			}
		}
	}
	n := float64(len(group))
	for k, d := range group {
		removals := make([]*cleanup.Change, len(lines[k]))
		for _, c := range cands[k] {
			m := counts[c.key]
			if m < suggestMin || float64(m) < suggestShare*n {
				continue
			}
			state, conf := cleanup.Suggested, 0.5
			if m >= applyMin && float64(m) >= applyShare*n {
				state, conf = cleanup.Applied, 0.75
			}
			removals[c.line] = &cleanup.Change{
				Rule: "debris.repeated", Category: cleanup.CatDebris, State: state, Confidence: conf,
				Note: fmt.Sprintf("%s recurs in %d of %d articles%s: site boilerplate", quote(lines[k][c.line].text), m, len(group), from(site)),
			}
		}
		proposeRemovals(d, lines[k], removals)
	}
}

// site groups articles by the site they came from: the "site" metadata,
// else the URL's host; articles with neither form one group.
func site(a *cleanup.Article) string {
	if s := a.Meta["site"]; s != "" {
		return s
	}
	if u, err := url.Parse(a.URL); err == nil {
		return u.Host
	}
	return ""
}

func from(site string) string {
	if site == "" {
		return ""
	}
	return " from " + site
}

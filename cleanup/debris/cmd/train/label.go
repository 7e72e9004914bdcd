package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup/debris"
	"github.com/copydesk/copydesk/cleanup/extract"
)

// labelled is a candidate line with its gold label.
type labelled struct {
	debris.Example
	page   string
	debris bool
}

// examples renders a page and cuts from it what a scraped article looks
// like: the lines from the first to the last line of the gold article,
// with up to edgeLines lines of the page before and after. The debris
// pass's candidate lines in it are labelled by the gold. The headline is
// left out: gold articles omit it, but it is the article's.
func examples(cls *debris.Classifier, p page) []labelled {
	text, rawTitle := window(p)
	if text == "" {
		return nil
	}
	title := normalise(rawTitle)
	var out []labelled
	for _, e := range cls.Examples(text) {
		t := normalise(e.Text)
		if t == "" || t == title {
			continue
		}
		if isDebris, known := p.label(t); known {
			out = append(out, labelled{Example: e, page: p.name, debris: isDebris})
		}
	}
	return out
}

// window is the scraped-article cut of a page, and its title.
func window(p page) (string, string) {
	a, err := extract.PageWith(p.html, p.name, extract.Options{RenderOnly: true})
	if err != nil {
		return "", ""
	}
	title := normalise(a.Title)
	var lines []string
	first, last := -1, -1
	for _, l := range strings.Split(a.Original(), "\n") {
		t := normalise(l)
		if t == "" {
			continue
		}
		if isDebris, known := p.label(t); known && !isDebris && t != title {
			if first < 0 {
				first = len(lines)
			}
			last = len(lines)
		}
		lines = append(lines, strings.TrimSpace(l))
	}
	if first < 0 {
		return "", ""
	}
	return strings.Join(lines[max(0, first-edgeLines):min(len(lines), last+edgeLines+1)], "\n\n"), strings.TrimSpace(a.Title)
}

// Scraped articles carry up to about this many lines of page debris at
// each edge.
const edgeLines = 12

// label says whether a normalised line is debris, and whether the page's
// annotation knows at all.
func (p page) label(t string) (isDebris, known bool) {
	if p.with == nil && p.without == nil {
		return !containsWords(p.gold, t), true
	}
	in := func(snips []string) bool {
		for _, s := range snips {
			if containsWords(s, t) || containsWords(t, s) {
				return true
			}
		}
		return false
	}
	w, wo := in(p.with), in(p.without)
	return wo, w != wo
}

// containsWords reports whether s holds t starting and ending at word
// boundaries, so "share" is not found in "shareholders".
func containsWords(s, t string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], t)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(t):])
		if !wordy(before) && !wordy(after) {
			return true
		}
		from = i + 1
	}
}

func wordy(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// Target precision of each decision on the training split. The labels
// come from gold articles that also leave out some real lines (captions,
// subheads), so measured precision understates the true one.
const (
	applyPrecision   = 0.97
	suggestPrecision = 0.85
	midPrecision     = 0.99
	// Below this probability a line is not worth an editor's look.
	suggestFloor = 0.5
	// Nor is a line removed on a probability below this, whatever the precision.
	applyFloor = 0.7
)

// chooseThresholds sets the model's thresholds: the lowest probability
// at which the training lines scored at least that high reach the target
// precision, so the decision removes as much as precision allows. Apply
// and apply_mid are measured on the lines that show the evidence of form
// an applied removal also needs, since only those can be applied.
func chooseThresholds(m *debris.Model, cls *debris.Classifier, ls []labelled) {
	var edge, edgeEvidence, midEvidence []scored
	for _, l := range ls {
		s := scored{cls.Prob(l.Example), l.debris}
		switch {
		case l.Features[midIndex] == 1 && cls.Evidence(l.Example):
			midEvidence = append(midEvidence, s)
		case l.Features[midIndex] == 1:
		case cls.Evidence(l.Example):
			edgeEvidence = append(edgeEvidence, s)
			edge = append(edge, s)
		default:
			edge = append(edge, s)
		}
	}
	m.Apply = lowest(edgeEvidence, applyPrecision, applyFloor)
	m.Suggest = min(lowest(edge, suggestPrecision, suggestFloor), m.Apply)
	m.ApplyMid = max(lowest(midEvidence, midPrecision, m.Apply), m.Apply)
	tp, fp := 0, 0
	for _, s := range midEvidence {
		if s.p >= m.Apply && s.debris {
			tp++
		} else if s.p >= m.Apply {
			fp++
		}
	}
	fmt.Printf("mid-body lines with evidence at p >= apply: %d debris, %d content\n", tp, fp)
}

var midIndex = func() int {
	for i, n := range debris.FeatureNames() {
		if n == "mid" {
			return i
		}
	}
	panic("no mid feature")
}()

type scored struct {
	p      float64
	debris bool
}

// lowest is the lowest threshold (not below floor) at which the lines
// scoring at or above it are debris with at least the given precision,
// counting down from the most confident. With no such point it is 0.999.
func lowest(ss []scored, precision, floor float64) float64 {
	sort.SliceStable(ss, func(i, j int) bool { return ss[i].p > ss[j].p })
	best := 0.999
	tp, fp := 0, 0
	for i, s := range ss {
		if s.debris {
			tp++
		} else {
			fp++
		}
		if i+1 < len(ss) && ss[i+1].p == s.p {
			continue
		}
		if s.p < floor {
			break
		}
		if float64(tp) >= precision*float64(tp+fp) && tp >= 20 {
			best = s.p
		}
	}
	return roundDown(best)
}

func roundDown(p float64) float64 { return float64(int(p*1000)) / 1000 }

var showErrors = flag.Bool("show-errors", false, "list the held-out content lines the classifier would remove")

// report prints precision and recall of each decision on a split.
func report(w io.Writer, name string, cls *debris.Classifier, m *debris.Model, ls []labelled) {
	type counts struct{ tp, fp, fn int }
	var applied, flagged counts
	var zones [3]counts // head/tail, mid: applied decisions
	total := 0
	for _, l := range ls {
		d := cls.Decide(l.Example)
		mid := l.Features[midIndex] == 1
		apply, flag := d == "applied", d != ""
		if !l.debris && *showErrors && (apply && name == "held-out" || mid && cls.Evidence(l.Example) && name == "train") {
			fmt.Fprintf(w, "  false positive %s: %q\n", l.page, l.Text)
		}
		z := 0
		if mid {
			z = 1
		}
		for _, c := range []struct {
			on bool
			n  *counts
		}{{apply, &applied}, {flag, &flagged}, {apply, &zones[z]}} {
			switch {
			case c.on && l.debris:
				c.n.tp++
			case c.on:
				c.n.fp++
			case l.debris:
				c.n.fn++
			}
		}
		if l.debris {
			total++
		}
	}
	pr := func(c counts) string {
		p := float64(c.tp) / float64(max(1, c.tp+c.fp))
		r := float64(c.tp) / float64(max(1, c.tp+c.fn))
		return fmt.Sprintf("P %.3f R %.3f (tp %d fp %d fn %d)", p, r, c.tp, c.fp, c.fn)
	}
	fmt.Fprintf(w, "%s: %d candidate lines, %d debris\n", name, len(ls), total)
	fmt.Fprintf(w, "  applied            %s\n", pr(applied))
	fmt.Fprintf(w, "  applied|suggested  %s\n", pr(flagged))
	fmt.Fprintf(w, "  applied, edges     %s\n", pr(zones[0]))
	fmt.Fprintf(w, "  applied, mid-body  %s\n", pr(zones[1]))
	fmt.Fprintf(w, "  thresholds: apply %.3f suggest %.3f apply_mid %.3f\n", m.Apply, m.Suggest, m.ApplyMid)
}

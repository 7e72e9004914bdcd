package evaluate

import (
	"regexp"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Scores are corpus-level numbers for one system.
type Scores struct {
	P, R, F1, Acc float64
}

// wordRE is Python's Unicode \w+: Go's \w is ASCII only.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// shingleCounts is the multiset of 4-token shingles; fewer than four tokens
// give one shorter shingle and no tokens give none.
func shingleCounts(text string) (map[string]int, []string) {
	toks := wordRE.FindAllString(text, -1)
	m := map[string]int{}
	if len(toks) == 0 {
		return m, toks
	}
	if len(toks) < 4 {
		m[strings.Join(toks, "\x00")]++
		return m, toks
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[strings.Join(toks[i:i+4], "\x00")]++
	}
	return m, toks
}

// ShingleScorer accumulates the ScrapingHub benchmark metric: per-document
// precision/recall on shingle multisets, averaged over documents.
type ShingleScorer struct {
	sumP, sumR   float64
	nP, nR       int
	exact, total int
}

// Add scores one document's predicted text against its gold text.
func (s *ShingleScorer) Add(gold, pred string) {
	g, gt := shingleCounts(gold)
	p, pt := shingleCounts(pred)
	var tp, fp, fn float64
	for k, c := range p {
		gc := g[k]
		tp += float64(min(c, gc))
		if c > gc {
			fp += float64(c - gc)
		}
	}
	for k, c := range g {
		if pc := p[k]; c > pc {
			fn += float64(c - pc)
		}
	}
	s.total++
	if strings.Join(gt, " ") == strings.Join(pt, " ") {
		s.exact++
	}
	if all := tp + fp + fn; all > 0 {
		tp, fp, fn = tp/all, fp/all, fn/all
	}
	prec, rec := 0.0, 0.0
	if fp == 0 && fn == 0 {
		prec, rec = 1, 1
	} else {
		if tp+fp > 0 {
			prec = tp / (tp + fp)
		}
		if tp+fn > 0 {
			rec = tp / (tp + fn)
		}
	}
	if tp+fp > 0 || (fp == 0 && fn == 0) {
		s.sumP += prec
		s.nP++
	}
	if tp+fn > 0 || (fp == 0 && fn == 0) {
		s.sumR += rec
		s.nR++
	}
}

// Scores returns the corpus-level numbers so far.
func (s *ShingleScorer) Scores() Scores {
	var r Scores
	if s.nP > 0 {
		r.P = s.sumP / float64(s.nP)
	}
	if s.nR > 0 {
		r.R = s.sumR / float64(s.nR)
	}
	if r.P+r.R > 0 {
		r.F1 = 2 * r.P * r.R / (r.P + r.R)
	}
	if s.total > 0 {
		r.Acc = float64(s.exact) / float64(s.total)
	}
	return r
}

// SnippetScorer accumulates the trafilatura evaluation: "with" snippets
// must appear in the output, "without" snippets must not (micro-averaged).
type SnippetScorer struct {
	tp, fp, fn, tn int
}

// NormSpace compares text, not encodings: blanks collapsed and Unicode in
// NFC, since some pages spell "ü" as u + combining diaeresis where the gold
// snippets (and Python trafilatura's output) use the composed letter.
func NormSpace(s string) string { return norm.NFC.String(strings.Join(strings.Fields(s), " ")) }

// Add scores one page's output; ok=false means the system failed on it.
func (s *SnippetScorer) Add(with, without []string, out string, ok bool) {
	if !ok {
		s.fn += len(with)
		s.tn += len(without)
		return
	}
	o := NormSpace(out)
	for _, w := range with {
		if strings.Contains(o, NormSpace(w)) {
			s.tp++
		} else {
			s.fn++
		}
	}
	for _, w := range without {
		if strings.Contains(o, NormSpace(w)) {
			s.fp++
		} else {
			s.tn++
		}
	}
}

// SnippetCounts are a snippet scorer's raw counts.
type SnippetCounts struct{ TP, FP, FN, TN int }

// Counts returns the raw counts so far.
func (s *SnippetScorer) Counts() SnippetCounts { return SnippetCounts{s.tp, s.fp, s.fn, s.tn} }

// Scores returns the corpus-level numbers so far.
func (s *SnippetScorer) Scores() Scores {
	var r Scores
	if s.tp+s.fp > 0 {
		r.P = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r.R = float64(s.tp) / float64(s.tp+s.fn)
	}
	if all := s.tp + s.fp + s.fn + s.tn; all > 0 {
		r.Acc = float64(s.tp+s.tn) / float64(all)
	}
	if d := 2*s.tp + s.fp + s.fn; d > 0 {
		r.F1 = float64(2*s.tp) / float64(d)
	}
	return r
}

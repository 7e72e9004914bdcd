package fieldset

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

// Score is the result of one style on a set of articles.
type Score struct {
	Expected, Converted    int // labels to apply, and those applied right
	SuggestExpected, Asked int // labels to suggest, and those suggested right
	Wrong                  int // applied changes no label asks for (or a wrong replacement)
	ExtraSuggestions       int // suggestions no label asks for
	Clean, CleanIdentical  int // articles with nothing to apply, and those left byte-identical
	TrapsKept, Traps       int
	Problems               []string
}

// Percent is Converted/Expected in per cent (100 when nothing was expected).
func (s Score) Percent() float64 {
	if s.Expected == 0 {
		return 100
	}
	return 100 * float64(s.Converted) / float64(s.Expected)
}

func (s Score) String() string {
	return fmt.Sprintf("converted %d/%d (%.1f%%)  wrong changes %d  clean byte-identical %d/%d  suggestions %d/%d expected, %d extra  traps kept %d/%d",
		s.Converted, s.Expected, s.Percent(), s.Wrong, s.CleanIdentical, s.Clean, s.Asked, s.SuggestExpected, s.ExtraSuggestions, s.TrapsKept, s.Traps)
}

// Add scores one article cleaned under style; a is the article as read, c
// the cleanup.Article after the pass.
func (s *Score) Add(style string, a *Article, c *cleanup.Article) {
	byStart := map[[2]int]cleanup.Change{}
	for _, ch := range c.Changes() {
		byStart[[2]int{ch.Start, ch.End}] = ch
	}
	applyWanted := 0
	for _, l := range a.Labels {
		e, ok := l.Want[style]
		ch, changed := byStart[[2]int{l.Start, l.End}]
		if changed {
			delete(byStart, [2]int{l.Start, l.End})
		}
		switch {
		case !ok:
			if changed && ch.State == cleanup.Applied {
				s.wrong(a, ch, "label says keep under "+style)
			} else if changed {
				s.ExtraSuggestions++
			}
		case e.Suggest:
			s.SuggestExpected++
			if changed && ch.Replacement == e.To && ch.State == cleanup.Suggested {
				s.Asked++
			} else if changed && ch.State == cleanup.Applied {
				s.wrong(a, ch, "label asks only for a suggestion")
			} else {
				s.Problems = append(s.Problems, fmt.Sprintf("%s: %s: no suggestion %q → %q", style, a.Name, a.Text[l.Start:l.End], e.To))
			}
		default:
			applyWanted++
			s.Expected++
			switch {
			case changed && ch.State == cleanup.Applied && ch.Replacement == e.To:
				s.Converted++
			case changed && ch.State == cleanup.Applied:
				s.wrong(a, ch, "want "+e.To)
			default:
				s.Problems = append(s.Problems, fmt.Sprintf("%s: %s: missed %q → %q", style, a.Name, a.Text[l.Start:l.End], e.To))
			}
		}
	}
	for _, ch := range byStart {
		if ch.State == cleanup.Applied {
			s.wrong(a, ch, "unlabelled")
		} else {
			s.ExtraSuggestions++
			s.Problems = append(s.Problems, fmt.Sprintf("%s: %s: extra suggestion %q → %q (%s)", style, a.Name, ch.Original, ch.Replacement, ch.Note))
		}
	}
	for _, tr := range a.Traps {
		s.Traps++
		if !touched(c, tr) {
			s.TrapsKept++
		}
	}
	if applyWanted == 0 {
		s.Clean++
		if c.Cleaned() == a.Text {
			s.CleanIdentical++
		}
	}
}

func touched(c *cleanup.Article, span [2]int) bool {
	for _, ch := range c.Changes() {
		if ch.State == cleanup.Applied && ch.Start < span[1] && span[0] < ch.End {
			return true
		}
	}
	return false
}

func (s *Score) wrong(a *Article, ch cleanup.Change, why string) {
	s.Wrong++
	s.Problems = append(s.Problems, fmt.Sprintf("WRONG %s: %q → %q (%s; %s)", a.Name, ch.Original, ch.Replacement, why, strings.TrimSpace(ch.Note)))
}

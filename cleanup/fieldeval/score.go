package fieldeval

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

// Kind names one count of the table.
type Kind string

// The kinds issue 9 measures, plus the dialect pass's spelling changes,
// which are listed but not counted as wrong.
const (
	KindWrong      Kind = "correct text changed"
	KindLost       Kind = "content line lost"
	KindDebris     Kind = "debris line left in"
	KindUnfixed    Kind = "misspelled name left unfixed"
	KindSuggestion Kind = "suggestion against a correct spelling"
	KindSpelling   Kind = "spelling change (dialect pass, not counted)"
)

// Kinds lists the kinds in table order.
var Kinds = []Kind{KindWrong, KindLost, KindDebris, KindUnfixed, KindSuggestion, KindSpelling}

// Miss is one failure, for the -v listing.
type Miss struct {
	File string
	Kind Kind
	Text string
}

// Score holds the counts of one or more inputs.
type Score struct {
	Count   map[Kind]int
	Debris  int // planted debris rows
	Fixes   int // planted misspellings (for the style)
	Content int // content lines checked, headlines included
	Misses  []Miss
}

// NewScore returns an empty score.
func NewScore() *Score { return &Score{Count: map[Kind]int{}} }

// Add folds another score into s.
func (s *Score) Add(t *Score) {
	for k, n := range t.Count {
		s.Count[k] += n
	}
	s.Debris += t.Debris
	s.Fixes += t.Fixes
	s.Content += t.Content
	s.Misses = append(s.Misses, t.Misses...)
}

func (s *Score) miss(file string, k Kind, text string) {
	s.Count[k]++
	s.Misses = append(s.Misses, Miss{File: file, Kind: k, Text: text})
}

// textFormats are the inputs whose every non-debris line is content.
var textFormats = map[string]bool{"txt": true, "md": true, "json": true, "jsonl": true}

// ScoreInput scores the cleaned articles of one input file against its
// labels for a house style. file names the input in misses.
func ScoreInput(file string, l *Labels, as []*cleanup.Article, style string) *Score {
	s := NewScore()
	fixes := l.FixesFor(style)
	s.Debris = len(l.Debris)
	s.Fixes = len(fixes)
	cleaned := make([]string, len(as))
	for i, a := range as {
		cleaned[i] = a.Cleaned()
	}
	scoreDebris(s, file, l, as, cleaned)
	scoreContent(s, file, l, fixes, as, cleaned, style)
	scoreFixes(s, file, fixes, as, cleaned)
	scoreChanges(s, file, l, fixes, as, cleaned, l.CleanFor(style))
	return s
}

// contentLines are the lines that must survive: content rows, plus for
// text inputs every non-empty original line that is not a debris row.
func contentLines(l *Labels, as []*cleanup.Article) []string {
	lines := append([]string(nil), l.Content...)
	debris := map[string]bool{}
	for _, d := range l.Debris {
		debris[strings.TrimSpace(d)] = true
	}
	for _, a := range as {
		if !textFormats[a.Format] {
			continue
		}
		for _, line := range nonEmptyLines(a.Original()) {
			if !debris[line] {
				lines = append(lines, line)
			}
		}
	}
	return lines
}

// scoreDebris counts a debris row as left in when the cleaned articles hold
// more occurrences of it than the content lines account for, or longer
// debris rows that are left in (a menu item "World" inside a left-in
// "World Service 14.03.2025" is that row's miss, not the menu's).
func scoreDebris(s *Score, file string, l *Labels, as []*cleanup.Article, cleaned []string) {
	content := strings.Join(contentLines(l, as), "\n")
	rows := slices.Clone(l.Debris)
	slices.SortStableFunc(rows, func(a, b string) int { return len(b) - len(a) })
	var left []string
	for _, d := range rows {
		n := 0
		for _, c := range cleaned {
			n += len(occurrences(c, d))
		}
		allowed := len(occurrences(content, d))
		for _, e := range left {
			allowed += len(occurrences(e, d))
		}
		if n > allowed {
			left = append(left, d)
		}
	}
	for _, d := range l.Debris {
		if slices.Contains(left, d) {
			s.miss(file, KindDebris, d)
		}
	}
}

// scoreContent counts content lines no cleaned line keeps, as written or
// with the planted misspellings fixed (a short headline loses a quarter of
// its words to one fixed surname), and a headline row whose headline is not
// the first line.
func scoreContent(s *Score, file string, l *Labels, fixes []Fix, as []*cleanup.Article, cleaned []string, style string) {
	idx := newLineIndex(strings.Join(cleaned, "\n"))
	all := strings.Join(cleaned, "\n")
	for _, line := range contentLines(l, as) {
		s.Content++
		if len(tokens(line)) == 0 && !strings.Contains(all, line) || !idx.kept(line) && !idx.kept(withFixes(line, fixes)) {
			s.miss(file, KindLost, line)
		}
	}
	if want, ok := l.HeadlineFor(style); ok && len(cleaned) > 0 {
		s.Content++
		first := firstContentLine(cleaned[0], l.Debris)
		// a headline whose name was left unfixed counts under the fix row
		if !sameLine(withFixes(first, fixes), want) {
			s.miss(file, KindLost, "headline: want "+want+" | first line: "+first)
		}
	}
}

// firstContentLine is the first non-empty line of text that is not a
// debris row left in: debris above the headline is counted as debris, not
// as a lost headline.
func firstContentLine(text string, debris []string) string {
	for _, line := range nonEmptyLines(text) {
		if !slices.ContainsFunc(debris, func(d string) bool { return strings.TrimSpace(d) == line }) {
			return line
		}
	}
	return ""
}

// withFixes applies the fix rows to a line.
func withFixes(line string, fixes []Fix) string {
	for _, f := range fixes {
		if occ := occurrences(line, f.Wrong); len(occ) > 0 {
			var b strings.Builder
			prev := 0
			for _, o := range occ {
				b.WriteString(line[prev:o.start])
				b.WriteString(f.Right)
				prev = o.end
			}
			b.WriteString(line[prev:])
			line = b.String()
		}
	}
	return line
}

// scoreFixes: in every article whose original holds WRONG, WRONG must be
// gone and RIGHT present.
func scoreFixes(s *Score, file string, fixes []Fix, as []*cleanup.Article, cleaned []string) {
	for _, f := range fixes {
		for i, a := range as {
			if !contains(a.Original(), f.Wrong) {
				continue
			}
			if contains(cleaned[i], f.Wrong) || !contains(cleaned[i], f.Right) {
				s.miss(file, KindUnfixed, f.Wrong+" → "+f.Right)
				break
			}
		}
	}
}

// scoreChanges looks at the change logs: wrong changes (on clean inputs,
// name and Unicode changes no fix row covers, altered keep rows),
// suggestions against correct spellings, and dialect spelling changes.
func scoreChanges(s *Score, file string, l *Labels, fixes []Fix, as []*cleanup.Article, cleaned []string, clean bool) {
	for i, a := range as {
		orig := a.Original()
		var wrongs, rights, keeps []span
		for _, f := range fixes {
			wrongs = append(wrongs, occurrences(orig, f.Wrong)...)
			rights = append(rights, occurrences(orig, f.Right)...)
		}
		for _, k := range l.Keeps {
			keeps = append(keeps, occurrences(orig, k)...)
		}
		counted := map[int]bool{}
		for _, c := range a.Changes() {
			sp := span{c.Start, c.End}
			if c.State == cleanup.Suggested || c.Suggestion {
				if overlapsAny(sp, rights) || overlapsAny(sp, keeps) {
					s.miss(file, KindSuggestion, describe(c))
				}
			}
			if c.State != cleanup.Applied {
				continue
			}
			switch {
			case isSpelling(c):
				s.miss(file, KindSpelling, describe(c))
				if clean {
					counted[c.ID] = true
					s.miss(file, KindWrong, "on a clean input: "+describe(c))
				}
			case clean:
				counted[c.ID] = true
				s.miss(file, KindWrong, "on a clean input: "+describe(c))
			case judged(c) && !overlapsAny(sp, wrongs):
				counted[c.ID] = true
				s.miss(file, KindWrong, describe(c))
			}
		}
		var debris []span
		for _, d := range l.Debris {
			debris = append(debris, occurrences(orig, d)...)
		}
		for _, k := range l.Keeps {
			occ := outside(occurrences(orig, k), debris)
			if len(occ) == 0 || len(occurrences(cleaned[i], k)) >= len(occ) {
				continue
			}
			if !alreadyCounted(a, occ, counted) {
				s.miss(file, KindWrong, "keep altered: "+k)
			}
		}
	}
}

// judged: the name and Unicode changes whose correctness the labels decide.
// Quote and dash typography is the house style's choice, not a fix.
func judged(c cleanup.Change) bool {
	switch c.Category {
	case cleanup.CatNames:
		return true
	case cleanup.CatUnicode:
		return !strings.HasPrefix(c.Rule, "typography.")
	}
	return false
}

// isSpelling: a change of the US/UK spelling (dialect) pass.
func isSpelling(c cleanup.Change) bool {
	return c.Category == "spelling" || strings.HasPrefix(c.Rule, "spelling.") || strings.HasPrefix(c.Rule, "dialect.")
}

// outside drops the spans that lie inside one of within (a keep TEXT that
// also occurs in a debris line need not survive there).
func outside(spans, within []span) []span {
	var out []span
	for _, sp := range spans {
		inside := false
		for _, w := range within {
			if w.start <= sp.start && sp.end <= w.end {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, sp)
		}
	}
	return out
}

func overlapsAny(sp span, spans []span) bool {
	for _, t := range spans {
		if sp.overlaps(t) {
			return true
		}
	}
	return false
}

// alreadyCounted: an applied change over one of the keep's occurrences was
// already counted as wrong, so the altered keep is the same mistake.
func alreadyCounted(a *cleanup.Article, occ []span, counted map[int]bool) bool {
	for _, c := range a.Changes() {
		if counted[c.ID] && overlapsAny(span{c.Start, c.End}, occ) {
			return true
		}
	}
	return false
}

func describe(c cleanup.Change) string {
	return c.Rule + " " + quoteShort(c.Original) + " → " + quoteShort(c.Replacement) + " [" + c.State.String() + "]"
}

func quoteShort(s string) string {
	const max = 80
	s = strings.ReplaceAll(s, "\n", "⏎")
	if r := []rune(s); len(r) > max {
		s = string(r[:max]) + "…"
	}
	return "«" + s + "»"
}

// relName shortens a path for messages: the case folder and the file.
func relName(path string) string {
	return filepath.Join(filepath.Base(filepath.Dir(path)), filepath.Base(path))
}

package fieldeval

import (
	"fmt"
	"io"
	"strings"
)

// WriteTable prints one part's scores, one column per run, as a Markdown
// table in the shape of issue 9's.
func WriteTable(w io.Writer, title string, runs []Run, scores []*Score) {
	row := startTable(w, title, runs)
	cells := func(label string, f func(*Score) string) {
		out := []string{label}
		for _, s := range scores {
			out = append(out, f(s))
		}
		row(out...)
	}
	cells("correct text changed", func(s *Score) string { return fmt.Sprint(s.Count[KindWrong]) })
	cells("content lines lost (incl. headline)", func(s *Score) string {
		return fmt.Sprintf("%d of %d", s.Count[KindLost], s.Content)
	})
	cells("debris lines left in", func(s *Score) string {
		return fmt.Sprintf("%d of %d (%s caught)", s.Count[KindDebris], s.Debris, percent(s.Debris-s.Count[KindDebris], s.Debris))
	})
	cells("misspelled names left unfixed", func(s *Score) string {
		return fmt.Sprintf("%d of %d", s.Count[KindUnfixed], s.Fixes)
	})
	cells("suggestions that would replace a correct spelling", func(s *Score) string { return fmt.Sprint(s.Count[KindSuggestion]) })
	cells("spelling changes by the dialect pass (listed, not counted)", func(s *Score) string { return fmt.Sprint(s.Count[KindSpelling]) })
	fmt.Fprintln(w)
}

func percent(n, of int) string {
	if of == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f %%", 100*float64(n)/float64(of))
}

// WriteMisses lists every miss of a run, grouped by kind.
func WriteMisses(w io.Writer, title string, s *Score) {
	fmt.Fprintf(w, "%s\n", title)
	for _, k := range Kinds {
		for _, m := range s.Misses {
			if m.Kind == k {
				fmt.Fprintf(w, "  %-40s %-26s %s\n", k, m.File, m.Text)
			}
		}
	}
	fmt.Fprintln(w)
}

// WriteLineTable prints the line view of a corpus, one column per run.
func WriteLineTable(w io.Writer, title string, runs []Run, scores []LineScore) {
	row := startTable(w, title, runs)
	left := []string{"boilerplate lines left in"}
	lost := []string{"article lines lost"}
	for _, s := range scores {
		left = append(left, fmt.Sprintf("%d of %d (%s caught)", s.Left, s.Boilerplate, percent(s.Boilerplate-s.Left, s.Boilerplate)))
		lost = append(lost, fmt.Sprintf("%d of %d", s.LostLines, s.ArticleLines))
	}
	row(left...)
	row(lost...)
	fmt.Fprintln(w)
}

// startTable prints a table's title and header, one column per run, and
// returns the writer of its rows.
func startTable(w io.Writer, title string, runs []Run) func(cells ...string) {
	fmt.Fprintf(w, "%s\n\n", title)
	head := []string{"measured"}
	for _, r := range runs {
		head = append(head, r.Name)
	}
	row := func(cells ...string) { fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | ")) }
	row(head...)
	row(strings.Split(strings.Repeat("---,", len(head)), ",")[:len(head)]...)
	return row
}

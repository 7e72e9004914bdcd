package fieldeval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// LabelsSuffix is appended to an input's file name to name its labels file.
const LabelsSuffix = ".labels.tsv"

// Styles a fix or headline row may name.
var knownStyles = []string{"ap", "bbc", "reuters"}

// Fix is a planted misspelling: Wrong must go and Right must appear.
type Fix struct {
	Wrong, Right string
	Styles       []string // empty: every style
	Line         int
}

// Headline is the expected first line of the cleaned text.
type Headline struct {
	Text   string
	Styles []string
	Line   int
}

// Labels are the parsed rows of one labels file.
type Labels struct {
	Debris    []string
	Content   []string
	Fixes     []Fix
	Keeps     []string
	Headlines []Headline
	Clean     bool
	// CleanStyles limits Clean to the styles whose dialect the input is
	// written in (an American article is clean for AP, not for BBC).
	CleanStyles []string
}

// CleanFor reports whether the input must come back unchanged under style.
func (l *Labels) CleanFor(style string) bool {
	return l.Clean && appliesTo(l.CleanStyles, style)
}

// appliesTo reports whether a row limited to styles applies to style.
func appliesTo(styles []string, style string) bool {
	return len(styles) == 0 || slices.Contains(styles, style)
}

// FixesFor returns the fix rows that apply to a style.
func (l *Labels) FixesFor(style string) []Fix {
	var out []Fix
	for _, f := range l.Fixes {
		if appliesTo(f.Styles, style) {
			out = append(out, f)
		}
	}
	return out
}

// HeadlineFor returns the expected headline for a style, if any.
func (l *Labels) HeadlineFor(style string) (string, bool) {
	for _, h := range l.Headlines {
		if appliesTo(h.Styles, style) {
			return h.Text, true
		}
	}
	return "", false
}

// ReadLabelsFile parses a labels file; errors name the file and line.
func ReadLabelsFile(path string) (*Labels, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadLabels(f, path)
}

// ReadLabels parses labels rows; name is used in error messages.
func ReadLabels(r io.Reader, name string) (*Labels, error) {
	l := &Labels{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := l.add(strings.Split(line, "\t"), n); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return l, nil
}

func (l *Labels) add(cols []string, n int) error {
	want := func(min, max int) error {
		if len(cols) < min || len(cols) > max {
			return fmt.Errorf("%s row wants %d to %d tab-separated columns, has %d", cols[0], min, max, len(cols))
		}
		for _, c := range cols[1:] {
			if strings.TrimSpace(c) == "" {
				return fmt.Errorf("%s row has an empty column", cols[0])
			}
		}
		return nil
	}
	switch cols[0] {
	case "debris", "content", "keep":
		if err := want(2, 2); err != nil {
			return err
		}
		switch cols[0] {
		case "debris":
			l.Debris = append(l.Debris, cols[1])
		case "content":
			l.Content = append(l.Content, cols[1])
		default:
			l.Keeps = append(l.Keeps, cols[1])
		}
	case "fix":
		if err := want(3, 4); err != nil {
			return err
		}
		styles, err := parseStyles(cols, 3)
		if err != nil {
			return err
		}
		if cols[1] == cols[2] {
			return fmt.Errorf("fix row: WRONG and RIGHT are both %q", cols[1])
		}
		l.Fixes = append(l.Fixes, Fix{Wrong: cols[1], Right: cols[2], Styles: styles, Line: n})
	case "headline":
		if err := want(2, 3); err != nil {
			return err
		}
		styles, err := parseStyles(cols, 2)
		if err != nil {
			return err
		}
		l.Headlines = append(l.Headlines, Headline{Text: cols[1], Styles: styles, Line: n})
	case "clean":
		if err := want(1, 2); err != nil {
			return err
		}
		styles, err := parseStyles(cols, 1)
		if err != nil {
			return err
		}
		l.Clean, l.CleanStyles = true, styles
	default:
		return fmt.Errorf("unknown row kind %q (want debris, content, fix, keep, clean or headline)", cols[0])
	}
	return nil
}

// parseStyles reads the optional comma-separated STYLES column at i.
func parseStyles(cols []string, i int) ([]string, error) {
	if len(cols) <= i {
		return nil, nil
	}
	var out []string
	for _, s := range strings.Split(cols[i], ",") {
		s = strings.TrimSpace(s)
		if !slices.Contains(knownStyles, s) {
			return nil, fmt.Errorf("unknown style %q (want %s)", s, strings.Join(knownStyles, ", "))
		}
		out = append(out, s)
	}
	return out, nil
}

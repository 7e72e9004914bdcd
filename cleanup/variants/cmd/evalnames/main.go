// Command evalnames prints the precision and recall of the name matcher
// (cleanup/variants) on shared/corpus/names and Copydesk's own pairs.
// Run from the repository root: go run ./cleanup/variants/cmd/evalnames
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/copydesk/copydesk/cleanup/pipeline"

	"github.com/copydesk/copydesk/cleanup/names"
	"github.com/copydesk/copydesk/cleanup/style"
	"github.com/copydesk/copydesk/cleanup/variants"
	"github.com/copydesk/copydesk/cleanup/variants/internal/evalset"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/names", "the names corpus")
	styleName := flag.String("style", style.Default, "house style whose glossary keeps people apart")
	misses := flag.Bool("v", false, "list the misses")
	flag.Parse()
	gl, err := glossary(*styleName)
	if err != nil {
		fail(err)
	}
	match := variants.New(gl, nil).Match
	// The pipeline runs the glossary pass before the variant pass, so the
	// system merges what either merges; the key alone is shown too.
	system := func(a, b string) bool {
		if match(a, b) {
			return true
		}
		ca, okA := gl.Canonical(a)
		cb, okB := gl.Canonical(b)
		return (okA && (ca == b || (okB && ca == cb))) || (okB && cb == a)
	}
	ok := true
	for _, m := range []struct {
		title string
		match evalset.Matcher
		judge bool
	}{{"transliteration key alone (variants.Match)", match, false}, {"key + house glossary (" + *styleName + "), as the pipeline runs them", system, true}} {
		rows, err := evalset.Run(*corpus, m.match)
		if err != nil {
			fail(err)
		}
		fmt.Printf("\n%s\n", m.title)
		ok = printTable(rows, *misses, m.judge) && ok
	}
	if !ok {
		os.Exit(1)
	}
}

// printTable writes the table; judge marks rows against their targets.
func printTable(rows []evalset.Row, misses, judge bool) bool {
	ok := true
	fmt.Printf("%-50s %-10s %9s %6s %7s\n", "set", "measure", "hits/n", "value", "target")
	for _, r := range rows {
		target, verdict := "—", ""
		if r.Target > 0 {
			target = fmt.Sprintf("%.2f", r.Target)
		}
		if r.Target > 0 && judge {
			verdict = "ok"
			if !r.Pass() {
				verdict, ok = "BELOW", false
			}
		}
		fmt.Printf("%-50s %-10s %4d/%-4d %6.3f %7s %s\n", r.Set, r.Measure, r.Hits, r.N, r.Value(), target, verdict)
		if misses && len(r.Misses) > 0 {
			fmt.Printf("    misses: %s\n", strings.Join(r.Misses, "; "))
		}
	}
	return ok
}

func glossary(name string) (*names.Glossary, error) {
	st, err := style.Load(name)
	if err != nil {
		return nil, err
	}
	return pipeline.Glossary(st, nil)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "evalnames:", err)
	os.Exit(2)
}

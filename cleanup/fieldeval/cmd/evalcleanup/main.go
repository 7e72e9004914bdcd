// Command evalcleanup cleans every case of the field set through the real
// engine (the path of `copydesk clean --to jsonl`) and prints, for the dev
// and frozen parts apart, the counts of issue 9's table for the AP, BBC and
// Reuters styles and AP with --accept-suggestions. With -set all it adds the
// line view of the ScrapingHub benchmark pages in ../shared/corpus (every
// line of a page that is not in the gold article is boilerplate).
// Run from the repository root: go run ./cleanup/fieldeval/cmd/evalcleanup
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"

	"github.com/copydesk/copydesk/cleanup/fieldeval"
)

func main() {
	root := flag.String("root", "testdata/fieldset", "the field set folder")
	set := flag.String("set", "all", "which part to score: dev, frozen or all")
	verbose := flag.Bool("v", false, "list every miss (file, kind, text)")
	corpus := flag.String("corpus", "../shared/corpus/article-extraction-benchmark", "pages with gold text for the line view (-set all only; empty: skip)")
	flag.Parse()
	parts := fieldeval.Parts
	if *set != "all" {
		if !slices.Contains(fieldeval.Parts, *set) {
			fmt.Fprintf(os.Stderr, "evalcleanup: -set %q: want dev, frozen or all\n", *set)
			os.Exit(2)
		}
		parts = []string{*set}
	}
	for _, part := range parts {
		if err := scorePart(*root, part, *verbose); err != nil {
			fmt.Fprintf(os.Stderr, "evalcleanup: %v\n", err)
			os.Exit(1)
		}
	}
	if *set == "all" && *corpus != "" {
		if err := scoreCorpus(*corpus); err != nil {
			fmt.Fprintf(os.Stderr, "evalcleanup: %v\n", err)
			os.Exit(1)
		}
	}
}

// scoreCorpus prints the line view of a corpus for each run.
func scoreCorpus(dir string) error {
	if _, err := os.Stat(dir); err != nil {
		fmt.Printf("## corpus lines: skipped (%v)\n", err)
		return nil
	}
	var scores []fieldeval.LineScore
	for _, r := range fieldeval.Runs {
		p, err := r.Pipeline()
		if err != nil {
			return err
		}
		ls, err := fieldeval.ScoreCorpusLines(p, dir)
		if err != nil {
			return err
		}
		scores = append(scores, ls)
	}
	fieldeval.WriteLineTable(os.Stdout, fmt.Sprintf("## corpus lines: %s, %d pages", dir, scores[0].Pages), fieldeval.Runs, scores)
	return nil
}

func scorePart(root, part string, verbose bool) error {
	cases, err := fieldeval.LoadPart(root, part)
	if err != nil {
		return err
	}
	n, err := fieldeval.Articles(cases)
	if err != nil {
		return err
	}
	scores := make([]*fieldeval.Score, len(fieldeval.Runs))
	for i, r := range fieldeval.Runs {
		if scores[i], err = fieldeval.ScoreCases(r, cases); err != nil {
			return err
		}
	}
	fieldeval.WriteTable(os.Stdout, fmt.Sprintf("## %s: %d cases, %d articles", part, len(cases), n), fieldeval.Runs, scores)
	if verbose {
		for i, r := range fieldeval.Runs {
			fieldeval.WriteMisses(os.Stdout, fmt.Sprintf("misses, %s, %s:", part, r.Name), scores[i])
		}
	}
	return nil
}

// Command bench scores Copydesk's HTML extraction against readeck
// go-readability and go-trafilatura on the shared evaluation corpora and
// prints one table: corpus, system, precision, recall, F1, accuracy, MB/s.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	corpus := flag.String("corpus", "../../shared/corpus", "folder holding the evaluation corpora")
	only := flag.String("systems", "copydesk,go-readability,go-trafilatura", "systems to run, comma separated")
	sets := flag.String("sets", "scrapinghub,trafilatura,readability", "corpora to score, comma separated")
	peers := flag.Bool("peers", false, "validate the ScrapingHub scorer on its published peer outputs")
	dump := flag.String("dump", "", "write per-document copydesk scores to this file")
	flag.Parse()

	if *peers {
		if err := scorePeers(filepath.Join(*corpus, "article-extraction-benchmark")); err != nil {
			fail(err)
		}
		return
	}
	var run []system
	for _, s := range systems {
		if strings.Contains(","+*only+",", ","+s.name+",") {
			run = append(run, s)
		}
	}
	var dumpTo *os.File
	if *dump != "" {
		f, err := os.Create(*dump)
		if err != nil {
			fail(err)
		}
		defer f.Close()
		dumpTo = f
	}
	fmt.Printf("%-22s %-16s %9s %9s %9s %9s %8s\n", "corpus", "system", "precision", "recall", "F1", "accuracy", "MB/s")
	for _, set := range strings.Split(*sets, ",") {
		var docs []doc
		var err error
		switch set {
		case "scrapinghub":
			docs, err = loadScrapingHub(filepath.Join(*corpus, "article-extraction-benchmark"))
		case "trafilatura":
			docs, err = loadTrafilatura(filepath.Join(*corpus, "trafilatura-eval"))
		case "readability":
			docs, err = loadReadability(filepath.Join(*corpus, "readability-test-pages"))
		default:
			err = fmt.Errorf("unknown corpus %q", set)
		}
		if err != nil {
			fail(err)
		}
		for _, s := range run {
			sc, mbs := evaluate(s, docs, dumpFor(dumpTo, s.name, set))
			fmt.Printf("%-22s %-16s %9.3f %9.3f %9.3f %9.3f %8.1f\n", set, s.name, sc.P, sc.R, sc.F1, sc.Acc, mbs)
		}
	}
}

func dumpFor(f *os.File, system, set string) *os.File {
	if f == nil || system != "copydesk" {
		return nil
	}
	fmt.Fprintf(f, "## %s\n", set)
	return f
}

// evaluate runs one system over a corpus; the clock covers extraction only.
func evaluate(s system, docs []doc, dump *os.File) (Scores, float64) {
	var sh shingleScorer
	var sn snippetScorer
	var spent time.Duration
	size := 0
	for _, d := range docs {
		t0 := time.Now()
		out, title, ok := s.extract(d.page, d.url)
		spent += time.Since(t0)
		if !d.snippets {
			out = bodyOnly(out, title)
		}
		size += len(d.page)
		if d.snippets {
			sn.add(d.with, d.without, out, ok)
			if dump != nil {
				var one snippetScorer
				one.add(d.with, d.without, out, ok)
				fmt.Fprintf(dump, "%s\ttp=%d fp=%d fn=%d\n", d.name, one.tp, one.fp, one.fn)
				dumpMisses(dump, d, out, ok)
			}
		} else {
			sh.add(d.gold, out)
			if dump != nil {
				var one shingleScorer
				one.add(d.gold, out)
				r := one.scores()
				fmt.Fprintf(dump, "%s\tP=%.3f R=%.3f\n", d.name, r.P, r.R)
			}
		}
	}
	mbs := float64(size) / 1e6 / spent.Seconds()
	if docs[0].snippets {
		return sn.scores(), mbs
	}
	return sh.scores(), mbs
}

// dumpMisses lists the snippets a page got wrong, indented under its score
// line: "fn" for wanted text missing from the output, "fp" for unwanted text kept.
func dumpMisses(f *os.File, d doc, out string, ok bool) {
	o := normSpace(out)
	for _, w := range d.with {
		if !ok || !strings.Contains(o, normSpace(w)) {
			fmt.Fprintf(f, "\tfn\t%s\n", w)
		}
	}
	for _, w := range d.without {
		if ok && strings.Contains(o, normSpace(w)) {
			fmt.Fprintf(f, "\tfp\t%s\n", w)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

// Command bench scores Copydesk's HTML extraction against readeck
// go-readability and go-trafilatura on the shared evaluation corpora and
// prints one table: corpus, system, precision, recall, F1, accuracy, MB/s.
// The "copydesk-e2e" row is the whole `copydesk clean --to jsonl` path
// (load, extract, every text pass, JSON out), timed in the same run.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/copydesk/copydesk/cleanup/extract/evaluate"
)

func main() {
	corpus := flag.String("corpus", "../../shared/corpus", "folder holding the evaluation corpora")
	only := flag.String("systems", "copydesk-e2e,copydesk,go-readability,go-trafilatura", "systems to run, comma separated")
	sets := flag.String("sets", "scrapinghub,trafilatura,readability", "corpora to score, comma separated")
	peers := flag.Bool("peers", false, "validate the ScrapingHub scorer on its published peer outputs")
	dump := flag.String("dump", "", "write per-document copydesk scores to this file")
	outdir := flag.String("outdir", "", "write each page's Copydesk text (NAME.out) and gold (NAME.gold) to this folder")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file (with -systems copydesk-e2e: the end-to-end path)")
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
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fail(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fail(err)
		}
		defer pprof.StopCPUProfile()
	}
	fmt.Printf("%-22s %-16s %9s %9s %9s %9s %8s\n", "corpus", "system", "precision", "recall", "F1", "accuracy", "MB/s")
	for _, set := range strings.Split(*sets, ",") {
		docs, err := evaluate.Load(*corpus, set)
		if err != nil {
			fail(err)
		}
		if *outdir != "" {
			if err := writeOutputs(*outdir, docs); err != nil {
				fail(err)
			}
		}
		var peerMBs float64
		for _, s := range run {
			sc, mbs := s.run(docs, dumpFor(dumpTo, s.name, set))
			fmt.Printf("%-22s %-16s %9.4f %9.4f %9.4f %9.3f %8.1f\n", set, s.name, sc.P, sc.R, sc.F1, sc.Acc, mbs)
			if s.name == "go-readability" {
				peerMBs = mbs
			}
			e2e[set] = append(e2e[set], result{s.name, mbs})
		}
		if peerMBs > 0 {
			for _, r := range e2e[set] {
				if strings.HasPrefix(r.system, "copydesk") {
					fmt.Printf("%-22s %-16s %s %.1f× go-readability's MB/s\n", set, r.system, strings.Repeat(" ", 37), r.mbs/peerMBs)
				}
			}
		}
	}
}

type result struct {
	system string
	mbs    float64
}

var e2e = map[string][]result{}

func dumpFor(f *os.File, system, set string) *os.File {
	if f == nil || system != "copydesk" {
		return nil
	}
	fmt.Fprintf(f, "## %s\n", set)
	return f
}

// extractEach runs a per-page extractor over a corpus; the clock covers
// extraction only.
func extractEach(extract func(page []byte, pageURL string) (string, string, bool)) func([]evaluate.Doc, *os.File) (evaluate.Scores, float64) {
	return func(docs []evaluate.Doc, dump *os.File) (evaluate.Scores, float64) {
		var spent time.Duration
		size := 0
		sc := evaluate.Score(docs, func(d evaluate.Doc) (string, string, bool) {
			t0 := cpuTime()
			out, title, ok := extract(d.Page, d.URL)
			spent += cpuTime() - t0
			size += len(d.Page)
			return out, title, ok
		}, dumpEach(dump))
		return sc, float64(size) / 1e6 / spent.Seconds()
	}
}

// dumpEach writes one line per document: its scores and, for
// trafilatura-eval, the snippets it got wrong ("fn": wanted text missing,
// "fp": unwanted text kept).
func dumpEach(f *os.File) func(d evaluate.Doc, out string, ok bool) {
	if f == nil {
		return nil
	}
	return func(d evaluate.Doc, out string, ok bool) {
		if d.Snippets {
			var one evaluate.SnippetScorer
			one.Add(d.With, d.Without, out, ok)
			r := one.Counts()
			fmt.Fprintf(f, "%s\ttp=%d fp=%d fn=%d\n", d.Name, r.TP, r.FP, r.FN)
			o := evaluate.NormSpace(out)
			for _, w := range d.With {
				if !ok || !strings.Contains(o, evaluate.NormSpace(w)) {
					fmt.Fprintf(f, "\tfn\t%s\n", w)
				}
			}
			for _, w := range d.Without {
				if ok && strings.Contains(o, evaluate.NormSpace(w)) {
					fmt.Fprintf(f, "\tfp\t%s\n", w)
				}
			}
			return
		}
		var one evaluate.ShingleScorer
		one.Add(d.Gold, out)
		r := one.Scores()
		fmt.Fprintf(f, "%s\tP=%.3f R=%.3f\n", d.Name, r.P, r.R)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

// Command train fits the debris line classifier on the labelled shared
// corpora and writes its weights and thresholds as data:
//
//	go run ./cleanup/debris/cmd/train [-shared ../shared] [-out assets/debris/model/weights.tsv]
//
// Every page is rendered and extracted as Copydesk does it; each candidate
// line of the result (short, no sentence shape) is labelled content when
// the page's gold article holds it and debris when it does not. Every
// third page (by corpus and sorted name) is held out and scored, never
// trained on. No corpus text is written, only weights.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/atomicfile"
	"github.com/copydesk/copydesk/cleanup/debris"
)

func main() {
	shared := flag.String("shared", filepath.Join("..", "shared"), "the shared data folder")
	out := flag.String("out", filepath.Join("assets", "debris", "model", "weights.tsv"), "model file to write")
	explainFile := flag.String("explain", "", "instead of training, show how the shipped model judges each candidate line of a text file")
	flag.Parse()
	if *explainFile != "" {
		if err := explain(os.Stdout, *explainFile); err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*shared, *out); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(shared, out string) error {
	pages, err := loadCorpora(shared)
	if err != nil {
		return err
	}
	lex, err := debris.LoadLexicon(assets.FS, "debris")
	if err != nil {
		return err
	}
	stop, err := debris.LoadStoplists(assets.FS, "stoplists")
	if err != nil {
		return err
	}
	cls := debris.NewClassifier(lex, stop, nil)
	synth := newSynthesizer(lex, stop)
	var train, test, synthTest []labelled
	for k, p := range pages {
		ex := examples(cls, p)
		if k%heldOutEvery == heldOutEvery-1 {
			test = append(test, ex...)
			synthTest = append(synthTest, synth.examples(p)...)
		} else {
			train = append(train, ex...)
			train = append(train, synth.examples(p)...)
		}
	}
	xs, ys := split(train)
	m, err := debris.Train(xs, ys, l2)
	if err != nil {
		return err
	}
	cls = debris.NewClassifier(lex, stop, m)
	chooseThresholds(m, cls, train)
	report(os.Stdout, "train", cls, m, train)
	report(os.Stdout, "held-out", cls, m, test)
	report(os.Stdout, "held-out with planted unlisted widgets", cls, m, synthTest)
	header := fmt.Sprintf(`Debris line classifier: logistic regression weights and decision thresholds.
Written by: go run ./cleanup/debris/cmd/train (do not edit by hand; see ../README.md).
Trained on %d labelled candidate lines from %d pages of ../shared/corpus (every %drd page held out),\nwith widget phrases planted as if unlisted (see synthetic.go).
Columns: kind (weight|threshold), name, value.`, len(train), len(pages)-len(pages)/heldOutEvery, heldOutEvery)
	var b bytes.Buffer
	if err := m.WriteTSV(&b, header); err != nil {
		return err
	}
	return atomicfile.WriteFile(out, b.Bytes())
}

// Every heldOutEvery-th page is the test split.
const heldOutEvery = 3

// The L2 penalty keeps rare features from taking extreme weights.
const l2 = 1.0

func split(ls []labelled) ([][debris.NumFeatures]float64, []bool) {
	xs := make([][debris.NumFeatures]float64, len(ls))
	ys := make([]bool, len(ls))
	for i, l := range ls {
		xs[i], ys[i] = l.Features, l.debris
	}
	return xs, ys
}

// explain prints, for each candidate line of a text, the shipped model's
// probability, the decision and whether the line shows evidence of form.
func explain(w io.Writer, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	lex, err := debris.LoadLexicon(assets.FS, "debris")
	if err != nil {
		return err
	}
	stop, m := debris.Shipped()
	cls := debris.NewClassifier(lex, stop, m)
	for _, e := range cls.Examples(string(b)) {
		d := cls.Decide(e)
		if d == "" {
			d = "kept"
		}
		fmt.Fprintf(w, "%4d  %.3f  %-9s evidence=%-5v %q\n", e.Line+1, cls.Prob(e), d, cls.Evidence(e), e.Text)
	}
	return nil
}

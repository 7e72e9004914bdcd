package main

import (
	"math/rand/v2"
	"strings"

	"github.com/copydesk/copydesk/cleanup/debris"
)

// The corpora are nearly all single-language pages from sites the lexicon
// was written for, so they hold few of the lines the classifier is for:
// widgets in a language with no table, left in a foreign article. The
// synthetic examples simulate them without inventing text: a training
// page gets real widget phrases from the lexicon (any of its languages)
// at its head, tail and between paragraphs, and is then judged by a
// classifier whose lexicon is empty, as a site in an unlisted language
// would be. Only the inserted lines are labelled debris; the page's own
// lines keep their gold labels. Between paragraphs one planted line is a
// link to another article as sites write it: a "read also" or "related"
// phrase, a colon, and the title of the page synthesised before this one
// (often in another language). Held-out pages get the same treatment in a
// report of their own, never in training.

// synthSeed fixes the choice of phrases, so training is reproducible.
const synthSeed = 9

// Inserted phrases per page: at the head, the tail and between paragraphs.
const synthHead, synthTail, synthMid = 1, 3, 1

type synthesizer struct {
	rng       *rand.Rand
	phrases   []string
	links     []string           // "read also" and "related" phrases
	lastTitle string             // of the previous page, for a planted link
	bare      *debris.Classifier // no lexicon
}

func newSynthesizer(lex *debris.Lexicon, stop *debris.Stoplists) *synthesizer {
	var phrases, links []string
	for _, e := range lex.Entries() {
		if e.Kind != debris.KindContains && e.Kind != debris.KindCrumb {
			phrases = append(phrases, e.Phrase)
		}
		if e.Category == "related" && (e.Kind == debris.KindPrefix || e.Kind == debris.KindLabel) {
			links = append(links, e.Phrase)
		}
	}
	return &synthesizer{rng: rand.New(rand.NewPCG(synthSeed, synthSeed)), phrases: phrases, links: links,
		bare: debris.NewClassifier(nil, stop, nil)}
}

func (s *synthesizer) pick() string { return s.phrases[s.rng.IntN(len(s.phrases))] }

// examples plants phrases in a page's window and labels the result.
func (s *synthesizer) examples(p page) []labelled {
	text, rawTitle := window(p)
	if text == "" {
		return nil
	}
	title := normalise(rawTitle)
	link := ""
	if len(strings.Fields(s.lastTitle)) >= 3 && len(s.links) > 0 {
		link = s.links[s.rng.IntN(len(s.links))] + ": " + s.lastTitle
	}
	s.lastTitle = rawTitle
	paras := strings.Split(text, "\n\n")
	planted := map[string]bool{}
	plant := func() string {
		ph := s.pick()
		planted[normalise(ph)] = true
		return ph
	}
	var out []string
	for range synthHead {
		out = append(out, plant())
	}
	mid := 1 + s.rng.IntN(max(1, len(paras)-1))
	for i, para := range paras {
		if i == mid {
			for range synthMid {
				out = append(out, plant())
			}
			if link != "" {
				planted[normalise(link)] = true
				out = append(out, link)
			}
		}
		out = append(out, para)
	}
	for range synthTail {
		out = append(out, plant())
	}
	var ls []labelled
	for _, e := range s.bare.Examples(strings.Join(out, "\n\n")) {
		t := normalise(e.Text)
		if t == "" || t == title {
			continue
		}
		if planted[t] {
			ls = append(ls, labelled{Example: e, page: p.name + "+synthetic", debris: true})
		} else if isDebris, known := p.label(t); known {
			ls = append(ls, labelled{Example: e, page: p.name + "+synthetic", debris: isDebris})
		}
	}
	return ls
}

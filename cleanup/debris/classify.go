package debris

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A verdict says why a line is debris: a lexicon entry, or a shape.
type verdict struct {
	category   string
	entry      *Entry // nil for shapes
	shape      string // what the line's form shows, for shapes
	confidence float64
	anywhere   bool // may go mid-body, not only at the edges
}

// classify judges one line on its own, whatever its position: lexicon
// hits first (they carry a gloss), then shapes.
func (lex *Lexicon) classify(l line) (verdict, bool) { return lex.classifyIn(l, &folder{}) }

// classifyIn is classify folding into f's buffers.
func (lex *Lexicon) classifyIn(l line, f *folder) (verdict, bool) {
	if l.words > maxDebrisWords {
		return verdict{}, false
	}
	toks := f.tokenize(l.text)
	if len(toks) == 0 {
		return verdict{}, false
	}
	if e := lex.matchLexicon(l, toks); e != nil {
		return verdictOf(e), true
	}
	switch {
	case copyrightMark(l):
		return shaped("copyright", "opens with a copyright sign"), true
	case hashtags(l):
		return shaped("tags", "a row of #hashtags"), true
	case timestamp(l, toks):
		return shaped("timestamp", "only a date or time"), true
	case len(breadcrumb(l)) >= 3 && !strings.Contains(l.text, "|"):
		// "Talks resume | Live | BBC" is a headline as often as a menu,
		// so pipes make a trail only from a lexicon root ("Home | News").
		return shaped("navigation", "a trail of short links"), true
	}
	return verdict{}, false
}

// Mid-body lines longer than this are only checked for an opening phrase
// ("ALSO READ: …"): whole-line phrases and shapes are short.
const maxMidBodyWords = 16

// classifyMidBody judges a line between paragraphs, where only phrases
// marked "any" count, cheaply: a long line is folded only as far as the
// longest phrase reaches.
func (lex *Lexicon) classifyMidBody(l line, f *folder) (verdict, bool) {
	v, ok := verdict{}, false
	if l.words <= maxMidBodyWords {
		v, ok = lex.classifyIn(l, f)
	} else if !sentenceLike(l) {
		if e := lex.opening(l, f.tokenize(firstWords(l.text, lex.maxWords+1))); e != nil {
			v, ok = verdictOf(e), true
		}
	}
	return v, ok && v.anywhere
}

// firstWords cuts s after n whitespace-separated words.
func firstWords(s string, n int) string {
	in := false
	for i, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			if n == 0 {
				return s[:i]
			}
			n--
		}
		in = !sp
	}
	return s
}

// How sure each kind of evidence is.
var confidence = map[Kind]float64{
	KindLine: 0.95, KindLabel: 0.95, KindCrumb: 0.9, KindPrefix: 0.9,
	KindDated: 0.9, KindWord: 0.9, KindContains: 0.85,
}

const (
	shapeConfidence  = 0.8
	scriptConfidence = 0.6
)

// matchLexicon finds the lexicon entry a line matches, nil if none.
func (lex *Lexicon) matchLexicon(l line, toks []token) *Entry {
	// Nearly every line is looked up: its words without the numbers are
	// gathered on the stack, which holds those of most short lines.
	var room [16]token
	if bare := appendWithoutNumbers(room[:0], toks); len(bare) > 0 {
		if e := lex.lookup(KindLine, join(bare)); e != nil {
			return e
		}
	}
	if e := lex.wordRow(toks); e != nil {
		return e
	}
	if steps := breadcrumb(l); steps != nil {
		if e := lex.lookup(KindCrumb, fold(steps[0])); e != nil {
			return e
		}
	}
	if sentenceLike(l) {
		if e := lex.labelledQuestion(l, toks); e != nil {
			return e
		}
		return lex.containsPhrase(toks) // notices may be whole sentences
	}
	if e := lex.opening(l, toks); e != nil {
		return e
	}
	return lex.containsPhrase(toks)
}

// opening matches a label, prefix or dated phrase at the start of a line
// that is not a sentence.
func (lex *Lexicon) opening(l line, toks []token) *Entry {
	label, prefix, dated := lex.byKind[KindLabel], lex.byKind[KindPrefix], lex.byKind[KindDated]
	longest := max(label.longest(), prefix.longest(), dated.longest())
	for k := min(len(toks), longest); k >= 1; k-- {
		key := join(toks[:k])
		rest := toks[k:]
		if e := label.get(key); e != nil && (len(rest) == 0 || toks[k-1].punct) {
			return e
		}
		if e := prefix.get(key); e != nil {
			return e
		}
		if e := dated.get(key); e != nil && len(rest) <= maxDateWords && dateLike(l.text, rest) {
			return e
		}
	}
	return nil
}

// labelledQuestion matches a "read also" prefix set off by a separator
// before a headline that ends in ? or ! ("Czytaj też: Czy grozi nam
// wojna?"). By length and ending such a line reads like a sentence, but
// the separator says it is a link; a sentence that merely opens with the
// words ("Read also the minister's letter, she said.") has none and stays.
func (lex *Lexicon) labelledQuestion(l line, toks []token) *Entry {
	if !endsQuestion(l.text) {
		return nil
	}
	prefix := lex.byKind[KindPrefix]
	for k := min(len(toks)-1, prefix.longest()); k >= 1; k-- {
		if e := prefix.get(join(toks[:k])); e != nil && toks[k-1].punct {
			return e
		}
	}
	return nil
}

// A dated line may carry two stamps: "Published 14/03/2023 at 08:15 -
// Updated 14/03/2023 at 11:40".
const maxDateWords = 16

// wordRow matches a line made only of KindWord phrases, longest first. The
// entry it returns glosses every word: "Facebook, Twitter, WhatsApp".
func (lex *Lexicon) wordRow(toks []token) *Entry {
	words := lex.byKind[KindWord]
	var first *Entry
	var glosses []string
	for i := 0; i < len(toks); {
		var hit *Entry
		k := min(len(toks)-i, words.longest())
		for ; k >= 1; k-- {
			if hit = words.get(join(toks[i : i+k])); hit != nil {
				break
			}
		}
		if hit == nil {
			return nil
		}
		if first == nil {
			first = hit
		}
		if hit.Gloss != "" {
			glosses = append(glosses, hit.Gloss)
		}
		i += k
	}
	if len(glosses) > 1 {
		row := *first
		row.Gloss = strings.Join(glosses, ", ")
		return &row
	}
	return first
}

// containsPhrase finds a KindContains phrase anywhere in the line.
func (lex *Lexicon) containsPhrase(toks []token) *Entry {
	phrases := lex.byKind[KindContains]
	for i := range toks {
		for k := min(len(toks)-i, phrases.longest()); k >= 1; k-- {
			if e := phrases.get(join(toks[i : i+k])); e != nil {
				return e
			}
		}
	}
	return nil
}

func verdictOf(e *Entry) verdict {
	return verdict{category: e.Category, entry: e, confidence: confidence[e.Kind], anywhere: e.Anywhere}
}

func shaped(category, why string) verdict {
	return verdict{category: category, shape: why, confidence: shapeConfidence}
}

// note explains a verdict on a line, written only for lines that go:
//
//	Arabic "اضافة تعليق" = "add a comment": comment-section widget
//	"Home › World › Europe" is a trail of short links: site navigation or breadcrumbs
func (lex *Lexicon) note(v *verdict, text string) string {
	q := quote(text)
	switch e := v.entry; {
	case e == nil:
		return fmt.Sprintf("%s is %s: %s", q, v.shape, lex.describe(v.category))
	case e.Gloss == "":
		return fmt.Sprintf("%s %s: %s", lex.language(e.Lang), q, lex.describe(e.Category))
	}
	return fmt.Sprintf("%s %s = %q: %s", lex.language(v.entry.Lang), q, v.entry.Gloss, lex.describe(v.entry.Category))
}

// quote shows a line in a note, cut short if long.
func quote(s string) string {
	const shown = 48
	if utf8.RuneCountInString(s) > shown {
		s = string([]rune(s)[:shown]) + "…"
	}
	return `"` + s + `"`
}

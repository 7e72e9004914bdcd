package spelling

import (
	"fmt"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

// run is one pass over one draft.
type run struct {
	p  *Pass
	d  *cleanup.Draft
	sc *scanner
	// named holds words the article capitalises mid-sentence (Labour,
	// Centre): the same word opening a sentence is likely the name too.
	// It is gathered on first use.
	named map[*entry]bool
	// lineForeign and segForeign cache foreign by line and by segment.
	lineForeign, segForeign map[int32]bool
	hits                    []hit
	// groups gathers, per consistency group, the tokens of each form.
	groups map[string]map[string][]int
}

// hit is one proposal: tokens i..i+n-1 become repl.
type hit struct {
	i, n  int
	repl  string
	rule  string
	state cleanup.State
	note  string
	safe  bool // a dialect change from the safe list, applied
}

// nameState says how a word stands to the proper names around it.
type nameState uint8

const (
	plainWord  nameState = iota // an ordinary word
	maybeName                   // a lone capitalised word: suggest only
	insideName                  // part of a capitalised name: leave alone
)

// nameConnectors join capitalised words into one name ("Ministry of
// Defence", "Bank of England").
var nameConnectors = map[string]bool{"of": true, "for": true, "and": true, "the": true, "de": true, "on": true}

// shortCaps is the longest ALL-CAPS word read as an acronym, not a word.
const shortCaps = 3

func (r *run) isNamed(e *entry) bool {
	if r.named == nil {
		r.named = map[*entry]bool{}
		for _, t := range r.sc.toks {
			if t.e != nil && t.capFirst && !t.allCaps && !t.sentence && !r.sc.guarded(t) {
				r.named[t.e] = true
			}
		}
	}
	return r.named[e]
}

func (r *run) text(t token) string { return r.sc.text[t.start:t.end] }

func (r *run) match() {
	toks := r.sc.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		e := t.e
		if e == nil || r.sc.guarded(t) || r.foreign(i) {
			continue
		}
		if e.house != nil {
			if n := r.house(i, e.house); n > 0 {
				i += n - 1
				continue
			}
		}
		switch {
		case e.row == nil:
			if e.group != "" && t.lower {
				r.count(e.group, e.key, i)
			}
		case e.row.list == listEither:
			if t.lower {
				r.count(e.row.to, e.key, i)
			}
		default:
			r.dialect(i, e.key, *e.row)
		}
	}
}

func (r *run) count(group, form string, i int) {
	if r.groups == nil {
		r.groups = map[string]map[string][]int{}
	}
	if r.groups[group] == nil {
		r.groups[group] = map[string][]int{}
	}
	r.groups[group][form] = append(r.groups[group][form], i)
}

// names classifies tokens i..i+n-1 against the names around them.
func (r *run) names(i, n int) nameState {
	toks := r.sc.toks
	t := toks[i]
	joined := func(a, b int) bool { // b follows a within one phrase
		return a >= 0 && b < len(toks) && toks[b].sep != 0 && toks[a].line == toks[b].line && !toks[b].sentence
	}
	if t.allCaps {
		if int(t.base-t.start) <= shortCaps {
			return insideName
		}
		if (joined(i-1, i) && toks[i-1].allCaps) || (joined(i+n-1, i+n) && toks[i+n].allCaps) {
			return maybeName
		}
		return plainWord
	}
	if !t.capFirst {
		return plainWord
	}
	nextCap := joined(i+n-1, i+n) && toks[i+n].capFirst
	if !nextCap && joined(i+n-1, i+n) && joined(i+n, i+n+1) && toks[i+n+1].capFirst && nameConnectors[r.text(toks[i+n])] {
		nextCap = true // "Centre for Humanitarian Dialogue"
	}
	if t.sentence {
		if nextCap {
			return insideName
		}
		if r.isNamed(t.e) {
			return maybeName
		}
		return plainWord
	}
	prevCap := joined(i-1, i) && toks[i-1].capFirst
	if !prevCap && joined(i-1, i) && joined(i-2, i-1) && toks[i-2].capFirst && nameConnectors[r.text(toks[i-1])] {
		prevCap = true
	}
	if prevCap || nextCap {
		return insideName
	}
	return maybeName
}

// dialect records the change of token i by its dialect row.
func (r *run) dialect(i int, key string, row dialectRow) {
	t := r.sc.toks[i]
	ns := r.names(i, 1)
	if ns == insideName {
		return
	}
	word := r.sc.text[t.start:t.base]
	repl, ok := withCase(word, row.to, t)
	if !ok {
		return
	}
	repl += r.sc.text[t.base:t.end]
	title := dialectTitle[r.p.dialect]
	h := hit{i: i, n: 1, repl: repl, rule: RuleDialect, state: cleanup.Applied}
	styleNote := fmt.Sprintf("(%s style is %s)", r.p.style, title)
	switch {
	case row.list == listSuggest:
		h.state = cleanup.Suggested
		h.note = fmt.Sprintf("VarCon suggest list: %s '%s' → %s '%s'? Not applied: %s %s", row.source, key, title, row.to, row.why, styleNote)
	case ns == maybeName:
		h.state = cleanup.Suggested
		h.note = fmt.Sprintf("VarCon safe list: %s '%s' → %s '%s'? Not applied: a capitalised word may be a name, which keeps its own spelling %s", row.source, key, title, row.to, styleNote)
	default:
		h.safe = true
		h.note = fmt.Sprintf("VarCon safe list: %s '%s' → %s '%s' %s", row.source, key, title, row.to, styleNote)
		if t.quoted {
			h.note += "; in a quotation only the spelling changes, not the words"
		}
	}
	r.hits = append(r.hits, h)
}

// house tries the style's word-choice rows starting at token i and
// returns how many tokens matched (0 for none).
func (r *run) house(i int, rows []houseRow) int {
	toks := r.sc.toks
	for _, row := range rows {
		n := len(row.words)
		if !r.phraseAt(i, row) {
			continue
		}
		if ns := r.names(i, n); ns == insideName {
			return n
		} else if ns == maybeName {
			r.houseHit(i, n, row, cleanup.Suggested, "Not applied: a capitalised word may be part of a name")
			return n
		}
		if toks[i].quoted && row.word {
			r.houseHit(i, n, row, cleanup.Suggested, "Not applied: inside a quotation, a different word is the speaker's choice")
			return n
		}
		state := cleanup.Applied
		if !row.safe {
			state = cleanup.Suggested
		}
		r.houseHit(i, n, row, state, "")
		return n
	}
	return 0
}

// phraseAt reports whether row's words, joined by its separators, start
// at token i, with the same case pattern throughout.
func (r *run) phraseAt(i int, row houseRow) bool {
	toks := r.sc.toks
	if i+len(row.words) > len(toks) {
		return false
	}
	first := toks[i]
	for k, w := range row.words {
		t := toks[i+k]
		if k > 0 {
			if t.sep != row.seps[k-1] || t.line != first.line || t.sentence || r.sc.guarded(t) || t.quoted != first.quoted {
				return false
			}
			if t.base != t.end && k < len(row.words)-1 {
				return false // a possessive only on the last word
			}
			if t.allCaps != first.allCaps || (!first.allCaps && !t.lower) {
				return false
			}
		}
		if t.e == nil || t.e.key != w {
			return false
		}
	}
	return true
}

func (r *run) houseHit(i, n int, row houseRow, state cleanup.State, why string) {
	toks := r.sc.toks
	first, last := toks[i], toks[i+n-1]
	span := r.sc.text[first.start:last.base]
	repl, ok := withCase(span, row.to, first)
	if !ok {
		return
	}
	repl += r.sc.text[last.base:last.end]
	note := row.basis + " (house list)"
	if state == cleanup.Suggested && why == "" {
		why = "Suggested: the house list marks this choice for an editor's eye"
	}
	if why != "" {
		note += ". " + why
	}
	r.hits = append(r.hits, hit{i: i, n: n, repl: repl, rule: RuleHouse, state: state, note: note})
}

// emit proposes the hits, then the consistency suggestions.
func (r *run) emit() {
	safe := 0
	for _, h := range r.hits {
		if h.safe {
			safe++
		}
	}
	toks := r.sc.toks
	for _, h := range r.hits {
		// A word that is also right in the style's dialect is only worth
		// a question in copy that shows the other dialect elsewhere.
		if h.rule == RuleDialect && h.state == cleanup.Suggested && safe < minSafeForSuggestions {
			continue
		}
		r.propose(int(toks[h.i].start), int(toks[h.i+h.n-1].end), h.repl, h.rule, h.state, h.note)
	}
	r.consistency()
}

// minSafeForSuggestions is how many applied dialect changes an article
// needs before the pass also asks about words that are right in the
// style's dialect in another sense (program, story, check).
const minSafeForSuggestions = 1

func (r *run) propose(start, end int, repl, rule string, state cleanup.State, note string) {
	if r.sc.text[start:end] == repl {
		return
	}
	conf := 1.0
	if state == cleanup.Suggested {
		conf = 0.5
	}
	r.d.Propose(start, end, cleanup.Change{Replacement: repl, Rule: rule, Category: Category, Note: note, Confidence: conf, State: state})
}

// consistency suggests, where an article mixes two forms the dialect
// accepts, the form it uses most (the dialect's preferred form on a tie).
func (r *run) consistency() {
	groups := make([]string, 0, len(r.groups))
	for g, forms := range r.groups {
		if len(forms) > 1 {
			groups = append(groups, g)
		}
	}
	sort.Strings(groups)
	title := dialectTitle[r.p.dialect]
	for _, g := range groups {
		forms := r.groups[g]
		best := g // the dialect's preferred form wins a tie
		for _, f := range sortedForms(forms) {
			if len(forms[f]) > len(forms[best]) {
				best = f
			}
		}
		var counts []string
		for _, f := range sortedForms(forms) {
			counts = append(counts, fmt.Sprintf("'%s' %d×", f, len(forms[f])))
		}
		for f, idx := range forms {
			if f == best {
				continue
			}
			for _, i := range idx {
				t := r.sc.toks[i]
				repl := best + r.sc.text[t.base:t.end]
				note := fmt.Sprintf("Consistency: the article writes %s; %s accepts both, so one form throughout (VarCon either list)", strings.Join(counts, ", "), title)
				r.propose(int(t.start), int(t.end), repl, RuleConsistency, cleanup.Suggested, note)
			}
		}
	}
}

func sortedForms(m map[string][]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

package spelling

import (
	"fmt"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
)

// run is one pass over one draft.
type run struct {
	p    *Pass
	d    *cleanup.Draft
	sc   *scanner
	text string
	// named holds words the article capitalises mid-sentence (Labour,
	// Centre): the same word opening a sentence is likely the name too.
	// It is gathered on first use.
	named map[*entry]bool
	hits  []hit
	// groups gathers, per consistency group, the words of each form.
	groups map[string]map[string][]token
}

// hit is one proposal: text[start:end] becomes repl.
type hit struct {
	start, end int
	repl       string
	rule       string
	state      cleanup.State
	note       string
	safe       bool // a dialect change from the safe list, applied
}

// nameState says how a word stands to the proper names around it.
type nameState uint8

const (
	plainWord  nameState = iota // an ordinary word
	maybeName                   // a lone capitalised word: suggest only
	insideName                  // part of a capitalised name: leave alone
)

// nameConnectors join capitalised words into one name ("Ministry of
// Defence", "Centre for Humanitarian Dialogue").
var nameConnectors = map[string]bool{"of": true, "for": true, "and": true, "the": true, "de": true, "on": true}

// shortCaps is the longest ALL-CAPS word read as an acronym, not a word.
const shortCaps = 3

func (r *run) isNamed(e *entry) bool {
	if r.named == nil {
		r.named = map[*entry]bool{}
		for _, t := range r.sc.cands {
			if t.capFirst && !t.allCaps && !sentenceStart(r.text, int(t.start)) && !guarded(r.text, int(t.start)) {
				r.named[t.e] = true
			}
		}
	}
	return r.named[e]
}

func (r *run) match() {
	for i := 0; i < len(r.sc.cands); i++ {
		t := r.sc.cands[i]
		if guarded(r.text, int(t.start)) {
			continue
		}
		quoted := t.quoted
		if t.code || r.foreign(int(t.start)) || aloneOnLine(r.text, t) {
			continue
		}
		e := t.e
		if e.house != nil {
			if end, ok := r.house(t, e.house, quoted); ok {
				for i+1 < len(r.sc.cands) && int(r.sc.cands[i+1].start) < end {
					i++
				}
				continue
			}
		}
		switch {
		case e.row == nil:
			if e.group != "" && t.lower {
				r.count(e.group, e.key, t)
			}
		case e.row.list == listEither:
			if t.lower {
				r.count(e.row.to, e.key, t)
			}
		default:
			r.dialect(t, *e.row, quoted)
		}
	}
}

func (r *run) count(group, form string, t token) {
	if r.groups == nil {
		r.groups = map[string]map[string][]token{}
	}
	if r.groups[group] == nil {
		r.groups[group] = map[string][]token{}
	}
	r.groups[group][form] = append(r.groups[group][form], t)
}

func (r *run) word(t token) string { return r.text[t.start:t.base] }

func (r *run) connector(t token) bool { return nameConnectors[strings.ToLower(r.word(t))] }

// names classifies the words from first to end against the names around
// them.
func (r *run) names(first token, end int) nameState {
	prev, joinedPrev := prevWord(r.text, int(first.start))
	next, joinedNext := nextWord(r.text, end)
	if first.allCaps {
		if int(first.base-first.start) <= shortCaps {
			return insideName
		}
		if (joinedPrev && prev.allCaps) || (joinedNext && next.allCaps) {
			return maybeName
		}
		return plainWord
	}
	if !first.capFirst {
		return plainWord
	}
	nextCap := joinedNext && next.capFirst
	if !nextCap && joinedNext && r.connector(next) {
		if after, ok := nextWord(r.text, int(next.end)); ok && after.capFirst {
			nextCap = true
		}
	}
	if sentenceStart(r.text, int(first.start)) {
		if nextCap {
			return insideName
		}
		if r.isNamed(first.e) {
			return maybeName
		}
		return plainWord
	}
	prevCap := joinedPrev && prev.capFirst
	if !prevCap && joinedPrev && r.connector(prev) {
		if before, ok := prevWord(r.text, int(prev.start)); ok && before.capFirst {
			prevCap = true
		}
	}
	if prevCap || nextCap {
		return insideName
	}
	return maybeName
}

// dialect records the change of word t by its dialect row.
func (r *run) dialect(t token, row dialectRow, quoted bool) {
	ns := r.names(t, int(t.end))
	if ns == insideName {
		return
	}
	key := t.e.key
	repl, ok := withCase(r.word(t), row.to, t)
	if !ok {
		return
	}
	repl += r.text[t.base:t.end]
	title := dialectTitle[r.p.dialect]
	h := hit{start: int(t.start), end: int(t.end), repl: repl, rule: RuleDialect, state: cleanup.Applied}
	// Only suggestions spell out the style: most words are applied.
	styleNote := func() string { return "(" + r.p.style + " style is " + title + ")" }
	switch {
	case row.list == listSuggest:
		h.state = cleanup.Suggested
		h.note = fmt.Sprintf("VarCon suggest list: %s '%s' → %s '%s'? Not applied: %s %s", row.source, key, title, row.to, row.why, styleNote())
	case ns == maybeName:
		h.state = cleanup.Suggested
		h.note = fmt.Sprintf("VarCon safe list: %s '%s' → %s '%s'? Not applied: a capitalised word may be a name, which keeps its own spelling %s", row.source, key, title, row.to, styleNote())
	default:
		h.safe = true
		h.note = t.e.note
		if quoted {
			h.note += "; in a quotation only the spelling changes, not the words"
		}
	}
	r.hits = append(r.hits, h)
}

// house tries the style's word-choice rows starting at word t and returns
// where the matched phrase ends.
func (r *run) house(t token, rows []houseRow, quoted bool) (int, bool) {
	for _, row := range rows {
		last, ok := r.phraseAt(t, row)
		if !ok {
			continue
		}
		end := int(last.end)
		switch ns := r.names(t, end); {
		case ns == insideName:
		case ns == maybeName:
			r.houseHit(t, last, row, cleanup.Suggested, "Not applied: a capitalised word may be part of a name")
		case quoted && row.word:
			r.houseHit(t, last, row, cleanup.Suggested, "Not applied: inside a quotation, a different word is the speaker's choice")
		case !row.safe:
			r.houseHit(t, last, row, cleanup.Suggested, "")
		default:
			r.houseHit(t, last, row, cleanup.Applied, "")
		}
		return end, true
	}
	return 0, false
}

// phraseAt reports whether row's words, joined by its separators, start
// at word first, with one case pattern throughout, and returns the last
// word (its base without a possessive).
func (r *run) phraseAt(first token, row houseRow) (token, bool) {
	last := first
	for k, w := range row.words[1:] {
		if last.base != last.end {
			return token{}, false // a possessive only on the last word
		}
		next, ok := nextWord(r.text, int(last.end))
		if !ok || next.sep != row.seps[k] {
			return token{}, false
		}
		s := r.text[next.start:next.end]
		if strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") {
			next.base = next.end - int32(len(s)-strings.LastIndexAny(s, "'’"))
		}
		if !strings.EqualFold(r.text[next.start:next.base], w) || next.allCaps != first.allCaps || (!first.allCaps && !next.lower) {
			return token{}, false
		}
		last = next
	}
	return last, true
}

func (r *run) houseHit(first, last token, row houseRow, state cleanup.State, why string) {
	span := r.text[first.start:last.base]
	repl, ok := withCase(span, row.to, first)
	if !ok {
		return
	}
	repl += r.text[last.base:last.end]
	note := row.basis + " (house list)"
	if state == cleanup.Suggested && why == "" {
		why = "Suggested: the house list marks this choice for an editor's eye"
	}
	if why != "" {
		note += ". " + why
	}
	r.hits = append(r.hits, hit{start: int(first.start), end: int(last.end), repl: repl, rule: RuleHouse, state: state, note: note})
}

// emit proposes the hits, then the consistency suggestions.
func (r *run) emit() {
	safe := 0
	for _, h := range r.hits {
		if h.safe {
			safe++
		}
	}
	for _, h := range r.hits {
		// A word that is also right in the style's dialect is only worth
		// a question in copy that shows the other dialect elsewhere.
		if h.rule == RuleDialect && h.state == cleanup.Suggested && strings.HasPrefix(h.note, "VarCon suggest") && safe < minSafeForSuggestions {
			continue
		}
		r.propose(h.start, h.end, h.repl, h.rule, h.state, h.note)
	}
	r.consistency()
}

// minSafeForSuggestions is how many applied dialect changes an article
// needs before the pass also asks about words that are right in the
// style's dialect in another sense (program, story, check).
const minSafeForSuggestions = 1

func (r *run) propose(start, end int, repl, rule string, state cleanup.State, note string) {
	if r.text[start:end] == repl {
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
		note := fmt.Sprintf("Consistency: the article writes %s; %s accepts both, so one form throughout (VarCon either list)", strings.Join(counts, ", "), title)
		for _, f := range sortedForms(forms) {
			if f == best {
				continue
			}
			for _, t := range forms[f] {
				r.propose(int(t.start), int(t.end), best+r.text[t.base:t.end], RuleConsistency, cleanup.Suggested, note)
			}
		}
	}
}

func sortedForms(m map[string][]token) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// aloneOnLine reports whether the word is the only word of its line: a
// label, a widget's text or page debris ("Advertizement"), which the
// debris pass has already judged on its own spelling; respelling it
// could make it debris on the next run.
func aloneOnLine(t string, w token) bool {
	for i := int(w.start) - 1; i >= 0 && t[i] != '\n'; i-- {
		if isLetterAt(t, i) {
			return false
		}
	}
	for i := int(w.end); i < len(t) && t[i] != '\n'; i++ {
		if isLetterAt(t, i) {
			return false
		}
	}
	return true
}

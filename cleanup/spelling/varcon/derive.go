package varcon

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// List says what the spelling pass may do with a row.
type List string

const (
	// Safe rows are applied: the source spelling is not a word of the
	// target dialect and has one target spelling.
	Safe List = "safe"
	// Suggest rows are only proposed: the source spelling is also a word
	// of the target dialect, has several targets, or VarCon ties the pair
	// to one sense of a word with other senses.
	Suggest List = "suggest"
	// Either rows are two spellings the target dialect accepts both of;
	// the pass suggests the one an article uses most.
	Either List = "either"
)

// Rule is one row of a derived table: From becomes To in the target
// dialect.
type Rule struct {
	From, To string
	List     List
	Level    int    // SCOWL commonness of the family (10 common … 95 rare)
	Family   string // VarCon head word
	Source   string // dialects whose usual spelling From is ("British"), or "variant"
	Why      string // for Suggest rows: why the pair is not safe
}

// Dialect letters as VarCon writes them.
var Letters = map[string]byte{
	"american": 'A', "british": 'B', "british-ize": 'Z', "canadian": 'C', "australian": 'D',
}

// partOfSpeech notes restrict a line to a word class, not to a sense: the
// same spelling in another class appears on its own line.
var partOfSpeech = map[string]bool{"<N>": true, "<V>": true, "<Adj>": true, "<Adv>": true, "<pl>": true}

type candidate struct {
	targets   map[string]int // target → lowest family level
	sense     bool           // a line ties the pair to one sense
	level     int
	family    string
	source    string
	dialectal bool // some dialect spells it so as a rule (not a mere variant)
}

// Derive computes the rules for dialect letter d from families at or below
// maxLevel. Validity is read from every family, whatever its level, so a
// rare word still protects its spelling.
func Derive(fams []Family, d byte, maxLevel int) []Rule {
	// valid: correct in d in some sense; general: correct in d on a line
	// not tied to one sense, so a plain variant, never to be changed;
	// named: correct in d in a sense VarCon names in words.
	valid, general, named := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, f := range fams {
		for _, l := range f.Lines {
			for i, fm := range l.Forms {
				if m, ok := l.MarkIn(i, d); ok && m.Valid() {
					valid[fm.Word] = true
					if glossed(l.Note) {
						named[fm.Word] = true
					}
					if !l.senseNoted() {
						general[fm.Word] = true
					}
				}
			}
		}
	}
	conv := map[string]*candidate{}
	either := map[string]map[string]bool{}
	eitherLevel := map[string]int{}
	eitherFamily := map[string]string{}
	for _, f := range fams {
		if f.Level > maxLevel || !plainWord(f.Head) {
			continue
		}
		for _, l := range f.Lines {
			canon := canonical(l, d)
			if canon == "" || !plainWord(canon) {
				continue
			}
			sense := l.senseNoted()
			for i, fm := range l.Forms {
				if fm.Word == canon || !plainWord(fm.Word) {
					continue
				}
				m, in := l.MarkIn(i, d)
				if in && m.Valid() {
					if sense {
						continue
					}
					if either[fm.Word] == nil {
						either[fm.Word] = map[string]bool{}
					}
					either[fm.Word][canon] = true
					eitherLevel[fm.Word], eitherFamily[fm.Word] = f.Level, f.Head
					continue
				}
				c := conv[fm.Word]
				if c == nil {
					c = &candidate{targets: map[string]int{}, level: f.Level, family: f.Head, source: sourceOf(l, i)}
					conv[fm.Word] = c
				}
				if lv, ok := c.targets[canon]; !ok || f.Level < lv {
					c.targets[canon] = f.Level
				}
				// VarCon names families after the American word and lists
				// only the senses whose spelling differs, so an American
				// spelling on a sense line may well have other senses.
				am, _ := l.MarkIn(i, 'A')
				c.sense = c.sense || (sense && am.Valid())
				c.dialectal = c.dialectal || sourceOf(l, i) != "variant"
				if f.Level < c.level {
					c.level, c.family = f.Level, f.Head
				}
			}
		}
	}
	name := dialectName(d)
	var rules []Rule
	for from, c := range conv {
		to := nearest(c.targets)
		if general[from] {
			continue // a plain spelling of d: consistency at most
		}
		r := Rule{From: from, To: to, List: Safe, Level: c.level, Family: c.family, Source: c.source}
		switch {
		case valid[from] && (!named[from] || !c.dialectal):
			// right in d, and VarCon names no sense in which it is wrong
			continue
		case valid[from]:
			r.List, r.Why = Suggest, fmt.Sprintf("'%s' is also the %s spelling of another sense or word", from, name)
		case len(c.targets) > 1:
			r.List, r.Why = Suggest, fmt.Sprintf("'%s' has several %s spellings: %s", from, name, strings.Join(keys(c.targets), ", "))
		case c.sense:
			r.List, r.Why = Suggest, fmt.Sprintf("VarCon ties '%s' → '%s' to one sense; '%s' has others", from, to, from)
		}
		rules = append(rules, r)
	}
	for from, tos := range either {
		if conv[from] != nil || len(tos) != 1 {
			continue
		}
		to := keys(tos)[0]
		if conv[to] != nil || len(either[to]) > 0 {
			continue
		}
		rules = append(rules, Rule{From: from, To: to, List: Either, Level: eitherLevel[from], Family: eitherFamily[from]})
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].From < rules[j].From })
	return rules
}

// sourceOf names the dialects whose usual spelling form i is on line l.
func sourceOf(l Line, i int) string {
	var names []string
	for _, d := range []byte{'A', 'B', 'Z', 'C'} {
		m, ok := l.MarkIn(i, d)
		if !ok || m != Plain || (d == 'Z' && len(names) > 0 && names[len(names)-1] == Titles['B']) {
			continue
		}
		names = append(names, Titles[d])
	}
	if len(names) == 0 {
		return "variant"
	}
	return strings.Join(names, "/")
}

// senseNoted reports whether the line is tied to one sense of the word
// (a note other than a part of speech).
func (l Line) senseNoted() bool { return l.Note != "" && !partOfSpeech[l.Note] }

// glossed reports whether a note names a sense in words: not a part of
// speech alone, a sense number (":2") or a questionable use ("(-)").
func glossed(note string) bool {
	for _, f := range strings.Fields(note) {
		if partOfSpeech[f] || strings.HasPrefix(f, ":") || strings.HasPrefix(f, "(") || strings.HasPrefix(f, "[") {
			continue
		}
		return true
	}
	return false
}

// canonical is the line's one plain spelling in dialect d, or "" when the
// line has none or several.
func canonical(l Line, d byte) string {
	var c string
	for i, f := range l.Forms {
		if m, ok := l.MarkIn(i, d); ok && m == Plain {
			if c != "" && c != f.Word {
				return ""
			}
			c = f.Word
		}
	}
	return c
}

// plainWord keeps lower-case single words without an apostrophe: proper
// nouns are the names pass's business, phrases the house table's, and the
// pass strips a possessive 's itself.
func plainWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

func nearest(m map[string]int) string {
	best, lv := "", 1<<30
	for _, k := range keys(m) {
		if m[k] < lv {
			best, lv = k, m[k]
		}
	}
	return best
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Titles name dialects in notes.
var Titles = map[byte]string{'A': "American", 'B': "British", 'Z': "British (-ize)", 'C': "Canadian", 'D': "Australian"}

func dialectName(d byte) string { return Titles[d] }

package normalize

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// charRule is one row of translit/characters.tsv.
type charRule struct {
	rule        string
	category    cleanup.Category
	replacement string
	note        string
}

// charTable maps characters to rules. Every listed character is in the
// Basic Multilingual Plane, so a flat index answers each lookup in one
// memory read: text in any script is scanned at the same speed.
type charTable struct {
	rules []charRule
	index [0x10000]uint8 // 1 + position in rules; 0 = leave alone
	ascii [utf8.RuneSelf]bool
}

func (t *charTable) addRow(f []string) error {
	lo, hi, err := parseCodeRange(f[0])
	if err != nil {
		return err
	}
	if hi >= 0x10000 {
		return fmt.Errorf("%s: only characters below U+10000 are supported", f[0])
	}
	repl, err := strconv.Unquote(f[2])
	if err != nil {
		return fmt.Errorf("replacement %s: want a quoted string such as \"\" or \" \": %w", f[2], err)
	}
	cat := cleanup.CatUnicode
	if strings.HasPrefix(f[1], "whitespace.") {
		cat = cleanup.CatWhitespace
	}
	if len(t.rules) == 255 {
		return fmt.Errorf("more than 255 rows")
	}
	t.rules = append(t.rules, charRule{rule: f[1], category: cat, replacement: repl, note: f[3]})
	for r := lo; r <= hi; r++ {
		t.index[r] = uint8(len(t.rules))
		if r < utf8.RuneSelf {
			t.ascii[r] = true
		}
	}
	return nil
}

// Rules the house style switches on; every other row always applies.
const (
	ruleQuotes     = "typography.quotes"
	ruleDashes     = "typography.dashes"
	ruleLineEnding = "whitespace.line-ending"
)

// charRun is a stretch of consecutive characters handled by one rule.
type charRun struct {
	start, end int
	rule       *charRule
	repl       strings.Builder
	notes      []string
	counts     []int
}

func (r *charRun) add(note, repl string) {
	r.repl.WriteString(repl)
	for i, n := range r.notes {
		if n == note {
			r.counts[i]++
			return
		}
	}
	r.notes = append(r.notes, note)
	r.counts = append(r.counts, 1)
}

func (r *charRun) edit() edit {
	parts := make([]string, len(r.notes))
	for i, n := range r.notes {
		if r.counts[i] > 1 {
			n = fmt.Sprintf("%d× %s", r.counts[i], n)
		}
		parts[i] = n
	}
	return edit{r.start, r.end, cleanup.Change{
		Replacement: r.repl.String(), Rule: r.rule.rule, Category: r.rule.category,
		Note: strings.Join(parts, "; "), Confidence: 1, State: cleanup.Applied,
	}}
}

// The carriage return is not a table row: it is handled with the line feed
// that may follow it, so that CR LF becomes one LF.
var (
	crRule = charRule{rule: ruleLineEnding, category: cleanup.CatWhitespace, replacement: "\n"}
	crNote = "carriage return replaced with a line break"
	crlf   = "Windows line ending (CR LF) replaced with a line break"
)

// charEdits finds every run of characters that a table row replaces.
// skipPlain returns the first index from i whose byte is not ASCII or is
// a stop byte. Printable ASCII is skipped a word at a time (the character
// table lists only control characters below 0x80); a word that holds a
// control byte, most often a line feed, is read byte by byte, and then the
// word-at-a-time skip resumes rather than reading the rest byte by byte.
func skipPlain(s string, i int, stop *[utf8.RuneSelf]bool) int {
	for i < len(s) {
		i = skipPrintable(s, i)
		for end := min(i+8, len(s)); i < end; i++ {
			if s[i] >= utf8.RuneSelf || stop[s[i]] {
				return i
			}
		}
	}
	return i
}

func (p *pass) charEdits(s string) []edit {
	t := &p.tables.chars
	var out []edit
	var run *charRun
	flush := func() {
		if run != nil {
			out = append(out, run.edit())
			run = nil
		}
	}
	stop := t.ascii
	stop['\r'] = true
	for i := 0; i < len(s); {
		// Most text is plain ASCII that needs nothing: skip it in a tight loop.
		j := skipPlain(s, i, &stop)
		if j > i {
			flush()
			i = j
			continue
		}
		b := s[i]
		var rule *charRule
		size := 1
		note := ""
		switch {
		case b == '\r':
			rule, note = &crRule, crNote
			if i+1 < len(s) && s[i+1] == '\n' {
				size, note = 2, crlf
			}
		case b < utf8.RuneSelf:
			rule = &t.rules[t.index[b]-1]
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if r < 0x10000 && t.index[r] != 0 && p.applies(s, i, size, r) {
				rule = &t.rules[t.index[r]-1]
			}
		}
		if rule == nil {
			flush()
			i += size
			continue
		}
		if note == "" {
			note = rule.note
		}
		if run != nil && run.rule.rule != rule.rule {
			flush()
		}
		if run == nil {
			run = &charRun{start: i, rule: rule}
		}
		run.add(note, rule.replacement)
		i += size
		run.end = i
	}
	flush()
	return out
}

// applies decides whether the table row for r, found at s[i:i+size], is
// wanted here: house-style rows follow the options, and a few characters
// carry meaning in context (see context.go).
func (p *pass) applies(s string, i, size int, r rune) bool {
	switch p.tables.chars.rules[p.tables.chars.index[r]-1].rule {
	case ruleQuotes:
		return p.o.StraightQuotes
	case ruleDashes:
		return p.o.ASCIIDashes
	}
	return !meaningful(s, i, size, r)
}

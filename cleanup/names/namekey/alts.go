package namekey

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxKeys bounds how many keys Keys returns for one token: every spelling
// with a second reading doubles them, and a name has few such letters.
const MaxKeys = 8

// Keys returns the keys of one token: its key first, then the keys of
// the spellings a route would give it (rows that repeat a spelling: kh
// read as German ch gives Zakharova the key of Sacharowa; y as j gives
// Yevgeny the key of Jewgeni), at most MaxKeys, without repeats. Callers
// key glossary names this way and the text with Token only.
func (t *Table) Keys(tok string) []string {
	lower := strings.ToLower(tok)
	if _, ok := t.particles[lower]; ok {
		return []string{t.Token(tok)}
	}
	steps := t.steps(lower)
	readings := 1
	for _, st := range steps {
		readings *= st.readings()
		if readings > MaxKeys {
			break
		}
	}
	if readings == 1 {
		return []string{t.Token(tok)} // nothing to read twice: the common case, cheaply
	}
	out := make([]string, 0, min(readings, MaxKeys))
	pick := make([]int, len(steps))
	var buf []byte
	for {
		buf = appendKey(buf[:0], steps, pick)
		if k := string(buf); !slices.Contains(out, k) {
			out = append(out, k)
		}
		if len(out) >= MaxKeys || !next(steps, pick) {
			return out
		}
	}
}

// appendKey writes the key of steps under the chosen readings, merging
// vowel runs and doubled symbols as the key does.
func appendKey(dst []byte, steps []step, pick []int) []byte {
	start := len(dst)
	push := func(key string) {
		for i := 0; i < len(key); i++ {
			if len(dst) > start && dst[len(dst)-1] == key[i] {
				continue
			}
			dst = append(dst, key[i])
		}
	}
	for i, st := range steps {
		switch {
		case !st.inTable && len(st.self) == 1:
			push(st.self)
		case !st.inTable:
			dst = append(dst, st.self...)
		default:
			push(st.rule(pick[i]).key)
		}
	}
	return dst
}

// Keys uses the default table.
func Keys(tok string) []string { return Default().Keys(tok) }

// step is one matched spelling of a token and its readings.
type step struct {
	raw     string
	primary *rule  // the table row (its alts are the other readings)
	inTable bool   // false for a letter outside the table
	self    string // key of a letter outside the table (itself)
}

func (st step) readings() int {
	if !st.inTable {
		return 1
	}
	return 1 + len(st.primary.alts)
}

func (st step) rule(k int) *rule {
	if k == 0 {
		return st.primary
	}
	return &st.primary.alts[k-1]
}

// Choices segments a token under every combination of its letters'
// readings (the primary one first), at most MaxKeys of them.
func (t *Table) Choices(tok string) [][]segment {
	lower := strings.ToLower(tok)
	if p, ok := t.particles[lower]; ok {
		segs := make([]segment, len(p.key))
		for i := range segs {
			segs[i] = segment{raw: lower, sym: p.key[i]}
		}
		return [][]segment{segs}
	}
	steps := t.steps(lower)
	var out [][]segment
	pick := make([]int, len(steps))
	for {
		out = append(out, build(steps, pick))
		if len(out) >= MaxKeys || !next(steps, pick) {
			return out
		}
	}
}

// next advances pick like an odometer over the readings of each step.
func next(steps []step, pick []int) bool {
	for i := len(steps) - 1; i >= 0; i-- {
		if pick[i]+1 < steps[i].readings() {
			pick[i]++
			return true
		}
		pick[i] = 0
	}
	return false
}

// steps matches the spellings of a lower-case token, the way segments
// does, keeping every reading of each.
func (t *Table) steps(lower string) []step {
	out := make([]step, 0, len(lower))
	var lastSym byte
	for pos := 0; pos < len(lower); {
		r, size := utf8.DecodeRuneInString(lower[pos:])
		if ru, end := match(t.rulesFor(r), lower, pos, lastSym == vowel); ru != nil {
			out = append(out, step{raw: lower[pos:end], primary: ru, inTable: true})
			if ru.key != "" {
				lastSym = ru.key[len(ru.key)-1]
			}
			pos = end
			continue
		}
		pos += size
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			out = append(out, step{raw: string(r), self: string(r)})
			lastSym = string(r)[len(string(r))-1]
		}
	}
	return out
}

// build turns steps with chosen readings into segments, merging vowel
// runs and doubled symbols as segments does.
func build(steps []step, pick []int) []segment {
	var out []segment
	push := func(raw, key string, routes []string) {
		for i := 0; i < len(key); i++ {
			if n := len(out); n > 0 && out[n-1].sym == key[i] {
				out[n-1].raw += raw
				out[n-1].routes = mergeRoutes(out[n-1].routes, routes)
			} else {
				out = append(out, segment{raw: raw, sym: key[i], routes: routes})
			}
			raw = ""
		}
	}
	for i, st := range steps {
		if !st.inTable {
			if len(st.self) == 1 {
				push(st.raw, st.self, nil)
			} else {
				out = append(out, runeSegments(st.self)...)
			}
			continue
		}
		ru := st.rule(pick[i])
		n := len(out)
		push(st.raw, ru.key, ru.routes) // a vanishing spelling pushes nothing
		if pick[i] > 0 {
			from := n
			if len(out) == n && n > 0 {
				from = n - 1 // merged into the segment before
			}
			for k := from; k < len(out); k++ {
				out[k].second = true
			}
		}
	}
	return out
}

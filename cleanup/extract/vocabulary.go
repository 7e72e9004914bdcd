package extract

import (
	"bufio"
	"fmt"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/assets"
)

// reason explains why a block was removed: a rule id suffix and a note a
// reviewer understands.
type reason struct {
	rule, note string
}

// vocabEntry is one class/id pattern from assets/extract/vocabulary.tsv.
type vocabEntry struct {
	pattern string
	token   bool // match a whole class/id token, not a substring
	exact   bool // and only the whole token, not a -/_ separated end
	keep    bool
	why     reason
}

// vocabulary matches class and id attributes; results are memoized per
// attribute value because pages repeat the same classes thousands of times.
type vocabulary struct {
	entries []vocabEntry
	// byTrigram lists, by the first three bytes of their pattern, the
	// entries a class string can only match if it holds those bytes;
	// short lists the entries with shorter patterns. A page has thousands
	// of distinct class strings (atomic CSS), and trying every entry on
	// each was a tenth of the whole clean command's time.
	byTrigram map[uint32][]int32
	short     []int32
	ignore    []vocabEntry // tokens that say nothing about the element
	mu        sync.Mutex
	memo      map[string]verdict
}

// verdict is what an element's own class/id says.
type verdict struct {
	keep bool
	drop *reason
}

var (
	vocabOnce sync.Once
	vocab     *vocabulary
	vocabErr  error
)

func loadVocabulary() (*vocabulary, error) {
	vocabOnce.Do(func() {
		b, err := assets.FS.ReadFile("extract/vocabulary.tsv")
		if err != nil {
			vocabErr = err
			return
		}
		vocab, vocabErr = parseVocabulary(string(b))
	})
	return vocab, vocabErr
}

func parseVocabulary(src string) (*vocabulary, error) {
	v := &vocabulary{memo: map[string]verdict{}}
	sc := bufio.NewScanner(strings.NewReader(src))
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 3 || f[0] == "" {
			return nil, fmt.Errorf("vocabulary.tsv:%d: want pattern, rule, note", line)
		}
		e := vocabEntry{pattern: strings.ToLower(f[0]), why: reason{rule: f[1], note: f[2]}}
		if strings.HasPrefix(e.pattern, "==") {
			e.pattern, e.token, e.exact = e.pattern[2:], true, true
		} else if strings.HasPrefix(e.pattern, "=") {
			e.pattern, e.token = e.pattern[1:], true
		}
		e.keep = f[1] == "keep"
		if f[1] == "ignore" {
			v.ignore = append(v.ignore, e)
			continue
		}
		v.entries = append(v.entries, e)
	}
	v.byTrigram = map[uint32][]int32{}
	for i, e := range v.entries {
		if len(e.pattern) < 3 {
			v.short = append(v.short, int32(i))
			continue
		}
		k := trigram(e.pattern, 0)
		v.byTrigram[k] = append(v.byTrigram[k], int32(i))
	}
	return v, sc.Err()
}

// judge classifies one "class id" string. An element that matches both a
// content hint and a boilerplate word is left alone: such mixed names
// ("article-comments-enabled") are too ambiguous to act on.
func (v *vocabulary) judge(classID string) verdict {
	if classID == "" {
		return verdict{}
	}
	v.mu.Lock()
	r, ok := v.memo[classID]
	v.mu.Unlock()
	if ok {
		return r
	}
	lower := strings.ToLower(classID)
	tokens := strings.FieldsFunc(lower, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' })
	// state classes ("has-sidebar", "no-comments") describe the page, not
	// the element
	kept := tokens[:0]
	for _, t := range tokens {
		if !stateClass(t) && !utilityClass(t) && !v.ignored(t) {
			kept = append(kept, t)
		}
	}
	tokens = kept
	lower = strings.Join(tokens, " ")
	for _, i := range v.candidates(lower) {
		e := &v.entries[i]
		if !e.matches(lower, tokens) {
			continue
		}
		if e.keep {
			r.keep = true
		} else if r.drop == nil {
			r.drop = &e.why
		}
	}
	if r.keep {
		r.drop = nil
	}
	v.mu.Lock()
	if len(v.memo) >= maxMemo {
		clear(v.memo)
	}
	v.memo[classID] = r
	v.mu.Unlock()
	return r
}

// maxMemo bounds the memo of judged class strings. Most of a page's
// repeats are of its own classes, and sites share few: kept for the whole
// process, the memo grew to some 150,000 strings over the evaluation
// corpora, every lookup missed the CPU caches and every garbage
// collection walked it, which made extraction about a tenth slower than
// forgetting everything each few thousand strings and judging again.
const maxMemo = 8192

func trigram(s string, i int) uint32 {
	return uint32(s[i])<<16 | uint32(s[i+1])<<8 | uint32(s[i+2])
}

// candidates returns, in file order, the entries that may match lower:
// those whose pattern's first three bytes occur in it, and the short ones.
func (v *vocabulary) candidates(lower string) []int32 {
	seen := make([]bool, len(v.entries))
	for _, i := range v.short {
		seen[i] = true
	}
	for i := 0; i+3 <= len(lower); i++ {
		for _, e := range v.byTrigram[trigram(lower, i)] {
			seen[e] = true
		}
	}
	var out []int32
	for i, ok := range seen {
		if ok {
			out = append(out, int32(i))
		}
	}
	return out
}

func (e *vocabEntry) matches(lower string, tokens []string) bool {
	if !e.token {
		return strings.Contains(lower, e.pattern)
	}
	p := e.pattern
	for _, t := range tokens {
		if t == p {
			return true
		}
		if e.exact || len(t) <= len(p) {
			continue
		}
		// a -/_ separated start or end of the token, without building
		// "pattern-" strings: this runs for every new class on a page
		if strings.HasPrefix(t, p) && separator(t[len(p)]) || strings.HasSuffix(t, p) && separator(t[len(t)-len(p)-1]) {
			return true
		}
	}
	return false
}

func separator(c byte) bool { return c == '-' || c == '_' }

func (v *vocabulary) ignored(token string) bool {
	for i := range v.ignore {
		if v.ignore[i].matches(token, []string{token}) {
			return true
		}
	}
	return false
}

// utilityClass reports whether a class token is atomic CSS ("Mstart(82px)",
// "D(n)--modalFloatingCloseBtn", "md:hidden", "w-[300px]"): it styles the
// element and says nothing about what it holds.
func utilityClass(t string) bool {
	return strings.ContainsAny(t, "()[]!:%@")
}

func stateClass(t string) bool {
	for _, p := range []string{"has-", "has_", "no-", "no_", "with-", "show-", "hide-", "enable-", "disable-", "is-"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

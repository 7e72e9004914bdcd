package debris

import (
	"bufio"
	"fmt"
	"io/fs"
	"math/bits"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stoplists hold the commonest words of about a hundred languages (the
// jusText lists in assets/stoplists), as one index from a lower-cased word
// to the languages that list it. Prose is dense in its language's
// stopwords; widgets, menus and labels are not, and a line whose words
// belong to another language than the body's is likely left over from the
// page.
type Stoplists struct {
	names []string // language names, file order: "English", "Western Panjabi"
	words map[string]langSet
}

// A langSet is a set of languages by their index in Stoplists.names.
type langSet [2]uint64

const maxLanguages = 128

func (s *langSet) add(i int)         { s[i/64] |= 1 << (i % 64) }
func (s langSet) has(i int) bool     { return s[i/64]&(1<<(i%64)) != 0 }
func (s langSet) empty() bool        { return s[0]|s[1] == 0 }
func (s langSet) each(f func(i int)) { forBits(s[0], 0, f); forBits(s[1], 64, f) }
func forBits(b uint64, base int, f func(i int)) {
	for ; b != 0; b &= b - 1 {
		f(base + bits.TrailingZeros64(b))
	}
}

// LoadStoplists reads every *.txt under dir: one word per line, the file
// named after its language ("Persian.txt").
func LoadStoplists(fsys fs.FS, dir string) (*Stoplists, error) {
	files, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	if len(files) > maxLanguages {
		return nil, fmt.Errorf("stoplists: %d languages in %s, at most %d", len(files), dir, maxLanguages)
	}
	st := &Stoplists{words: make(map[string]langSet, 48000)}
	var buf []byte
	for i, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("stoplists: %w", err)
		}
		if !utf8.Valid(b) {
			return nil, fmt.Errorf("stoplists: %s is not UTF-8", f)
		}
		st.names = append(st.names, strings.ReplaceAll(strings.TrimSuffix(path.Base(f), ".txt"), "_", " "))
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			eachWord(sc.Text(), &buf, func(w []byte) {
				set := st.words[string(w)]
				set.add(i)
				st.words[string(w)] = set
			})
		}
	}
	return st, nil
}

// Languages is the number of stoplists.
func (st *Stoplists) Languages() int { return len(st.names) }

// Name names language i.
func (st *Stoplists) Name(i int) string { return st.names[i] }

// Index finds a language by name, -1 if it has no list.
func (st *Stoplists) Index(name string) int {
	for i, n := range st.names {
		if n == name {
			return i
		}
	}
	return -1
}

// eachWord calls f with each word of s lower-cased into *buf: a run of
// letters, marks (Devanagari vowel signs) and digits. f must not keep w.
func eachWord(s string, buf *[]byte, f func(w []byte)) {
	b := (*buf)[:0]
	flush := func() {
		if len(b) > 0 {
			f(b)
			b = b[:0]
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				b = append(b, c)
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			default:
				flush()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		} else {
			flush()
		}
	}
	flush()
	*buf = b
}

// stopCounts counts, for one text, its words and how many of them each
// language lists.
type stopCounts struct {
	words int
	hits  []int // by language
}

func (st *Stoplists) count(s string, c *stopCounts, buf *[]byte, maxWords int) {
	if len(c.hits) != len(st.names) {
		c.hits = make([]int, len(st.names))
	}
	eachWord(s, buf, func(w []byte) {
		if maxWords > 0 && c.words >= maxWords {
			return
		}
		c.words++
		if set, ok := st.words[string(w)]; ok {
			set.each(func(i int) { c.hits[i]++ })
		}
	})
}

// best is the language listing most of the words, -1 when none lists any.
// Ties go to prefer, then to the earlier list.
func (c *stopCounts) best(prefer int) int {
	top, at := 0, -1
	for i, n := range c.hits {
		if n > top {
			top, at = n, i
		}
	}
	if prefer >= 0 && prefer < len(c.hits) && c.hits[prefer] == top && top > 0 {
		return prefer
	}
	return at
}

// density is the share of the words that language i lists.
func (c *stopCounts) density(i int) float64 {
	if i < 0 || c.words == 0 {
		return 0
	}
	return float64(c.hits[i]) / float64(c.words)
}

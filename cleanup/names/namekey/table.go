package namekey

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/tsv"
)

// TablePath is the letter-class table inside assets.FS.
const TablePath = "glossary/namekey.tsv"

// rule maps one spelling (a letter or a digraph) to its key symbols.
type rule struct {
	spell  string
	key    string // "" when the spelling vanishes from the key
	routes []string
	atEnd  bool   // spelling only counts at the end of a token ("h$")
	before string // spelling only counts before this ("c+e"); not consumed
	// alts are second readings of the spelling: rows that repeat it, for
	// how a route writes it (English kh is German ch). Token uses the
	// first row; Keys lists the others too.
	alts []rule
}

// Table is a parsed letter-class table.
type Table struct {
	byFirst   map[rune][]rule       // longest spelling first
	ascii     [utf8.RuneSelf][]rule // byFirst for ASCII first letters, without the map
	particles map[string]rule       // whole tokens such as al, bin
}

// maxAlts bounds the extra readings of one spelling.
const maxAlts = 3

// ParseTable reads a letter-class table (TSV: spelling, key, routes, note).
func ParseTable(r io.Reader, name string) (*Table, error) {
	t := &Table{byFirst: map[rune][]rule{}, particles: map[string]rule{}}
	type place struct {
		first rune
		index int
	}
	seen := map[string]place{} // spelling with its anchors → first row
	err := tsv.Each(r, name, []string{"spelling", "key", "routes"}, func(_ int, f []string) error {
		ru := rule{spell: f[0], key: f[1], routes: strings.Split(f[2], ",")}
		if ru.key == "_" {
			ru.key = ""
		}
		if ru.spell == "" || f[1] == "" {
			return fmt.Errorf("empty spelling or key")
		}
		if f[2] == "particle" {
			t.particles[ru.spell] = ru
			return nil
		}
		if s, ok := strings.CutSuffix(ru.spell, "$"); ok && s != "" {
			ru.spell, ru.atEnd = s, true
		}
		if s, next, ok := strings.Cut(ru.spell, "+"); ok && s != "" && next != "" {
			ru.spell, ru.before = s, next
		}
		first, _ := utf8.DecodeRuneInString(ru.spell)
		id := fmt.Sprintf("%s|%v|%s", ru.spell, ru.atEnd, ru.before)
		if at, again := seen[id]; again {
			primary := &t.byFirst[at.first][at.index]
			if len(primary.alts) >= maxAlts {
				return fmt.Errorf("%q has more than %d readings", f[0], maxAlts+1)
			}
			primary.alts = append(primary.alts, ru)
			return nil
		}
		seen[id] = place{first, len(t.byFirst[first])}
		t.byFirst[first] = append(t.byFirst[first], ru)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for r, rs := range t.byFirst {
		if r < utf8.RuneSelf {
			t.ascii[r] = rs
		}
		// Longest spelling first; an end-anchored rule before a free one
		// of the same length.
		sort.SliceStable(rs, func(i, j int) bool {
			if len(rs[i].spell) != len(rs[j].spell) {
				return len(rs[i].spell) > len(rs[j].spell)
			}
			return (rs[i].atEnd || rs[i].before != "") && !(rs[j].atEnd || rs[j].before != "")
		})
	}
	return t, nil
}

var (
	defaultOnce  sync.Once
	defaultTable *Table
)

// Default is the table shipped in assets. It panics if the embedded file is
// broken, which the package tests catch.
func Default() *Table {
	defaultOnce.Do(func() {
		f, err := assets.FS.Open(TablePath)
		if err != nil {
			panic(err)
		}
		defer f.Close()
		t, err := ParseTable(f, "assets/"+TablePath)
		if err != nil {
			panic(err)
		}
		defaultTable = t
	})
	return defaultTable
}

package spelling

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/tsv"
)

// list says what the pass may do with a row.
type list uint8

const (
	listSafe    list = iota // applied
	listSuggest             // proposed only
	listEither              // both forms accepted: consistency only
)

// dialectRow is one row of assets/spelling/<dialect>.tsv.
type dialectRow struct {
	to     string
	list   list
	source string // dialects whose spelling the row's from is ("British")
	why    string // for suggestions: why not applied
}

// Dialects the pass knows; "off" turns it off.
var Dialects = []string{"american", "british", "british-ize", "canadian", "australian", "off"}

// dialectTitle names a dialect in notes.
var dialectTitle = map[string]string{
	"american": "American", "british": "British", "british-ize": "British (-ize)",
	"canadian": "Canadian", "australian": "Australian",
}

var dialectHeader = []string{"from", "to", "list", "level", "family", "source", "why"}

var (
	tableMu    sync.Mutex
	tableCache = map[string]map[string]dialectRow{}
)

// dialectTable loads (once) the table of one dialect from assets.
func dialectTable(dialect string) (map[string]dialectRow, error) {
	tableMu.Lock()
	defer tableMu.Unlock()
	if t, ok := tableCache[dialect]; ok {
		return t, nil
	}
	t, err := readDialect(assets.FS, "spelling/"+dialect+".tsv")
	if err != nil {
		return nil, err
	}
	tableCache[dialect] = t
	return t, nil
}

func readDialect(fsys fs.FS, path string) (map[string]dialectRow, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, fmt.Errorf("spelling: %w", err)
	}
	defer f.Close()
	t := map[string]dialectRow{}
	err = tsv.Each(f, "assets/"+path, dialectHeader, func(_ int, c []string) error {
		r := dialectRow{to: c[1], source: c[5], why: c[6]}
		switch c[2] {
		case "safe":
			r.list = listSafe
		case "suggest":
			r.list = listSuggest
		case "either":
			r.list = listEither
		default:
			return fmt.Errorf("list must be safe, suggest or either, not %q", c[2])
		}
		if c[0] == "" || c[1] == "" || strings.ToLower(c[0]) != c[0] {
			return fmt.Errorf("from and to must be lower-case words")
		}
		if _, dup := t[c[0]]; dup {
			return fmt.Errorf("%q listed twice", c[0])
		}
		t[c[0]] = r
		return nil
	})
	return t, err
}

// houseRow is one row of a house word-choice table: words (lower case,
// with the separators between them) become to.
type houseRow struct {
	words []string
	seps  []byte // seps[i] joins words[i] and words[i+1]: ' ' or '-'
	to    string
	word  bool // a different word form (suggested inside quotations)
	safe  bool
	basis string
}

var houseHeader = []string{"from", "to", "kind", "list", "basis"}

// readHouse reads a house table; rows are indexed by their first word,
// longest first.
func readHouse(fsys fs.FS, path string) (map[string][]houseRow, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, fmt.Errorf("spelling: %w", err)
	}
	defer f.Close()
	idx := map[string][]houseRow{}
	err = tsv.Each(f, "assets/"+path, houseHeader, func(_ int, c []string) error {
		r := houseRow{to: c[1], basis: c[4]}
		switch c[2] {
		case "spelling":
		case "word":
			r.word = true
		default:
			return fmt.Errorf("kind must be spelling or word, not %q", c[2])
		}
		switch c[3] {
		case "safe":
			r.safe = true
		case "suggest":
		default:
			return fmt.Errorf("list must be safe or suggest, not %q", c[3])
		}
		if r.to == "" || r.basis == "" {
			return fmt.Errorf("to and basis are required")
		}
		from := strings.ToLower(strings.TrimSpace(c[0]))
		start := 0
		for i := 0; i < len(from); i++ {
			if from[i] == ' ' || from[i] == '-' {
				r.words = append(r.words, from[start:i])
				r.seps = append(r.seps, from[i])
				start = i + 1
			}
		}
		r.words = append(r.words, from[start:])
		for _, w := range r.words {
			if w == "" {
				return fmt.Errorf("from %q has an empty word", c[0])
			}
		}
		rows := append(idx[r.words[0]], r)
		for i := len(rows) - 1; i > 0 && len(rows[i].words) > len(rows[i-1].words); i-- {
			rows[i], rows[i-1] = rows[i-1], rows[i]
		}
		idx[r.words[0]] = rows
		return nil
	})
	return idx, err
}

// stopwords maps a lower-case function word to its language; "en" words
// count for English, any other for a foreign passage.
func readStopwords(fsys fs.FS, path string) (map[string]bool, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, fmt.Errorf("spelling: %w", err)
	}
	defer f.Close()
	english := map[string]bool{}
	err = tsv.Each(f, "assets/"+path, []string{"word", "lang"}, func(_ int, c []string) error {
		w := strings.ToLower(c[0])
		if prev, dup := english[w]; dup && prev != (c[1] == "en") {
			return fmt.Errorf("%q listed as English and foreign", c[0])
		}
		english[w] = c[1] == "en"
		return nil
	})
	return english, err
}

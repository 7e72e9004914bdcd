package spelling

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
)

// Rules the pass emits, and its review category.
const (
	RuleDialect     = "spelling.dialect"
	RuleHouse       = "spelling.house"
	RuleConsistency = "spelling.consistency"

	Category cleanup.Category = "spelling"
)

// Options configure the pass for one house style.
type Options struct {
	Style   string // shown in notes: "AP"
	Dialect string // one of Dialects; "" or "off" turns the dialect rules off
	House   string // house word table under assets/, "" for none
}

// Pass brings spellings to one style. It is safe for concurrent use.
type Pass struct {
	style   string
	dialect string
	table   map[string]dialectRow
	house   map[string][]houseRow
	words   map[string]*entry // every word the tables name
	filter  filter            // a quick "not in words" for most words
	stop    map[string]int8   // function words: stopEnglish or stopForeign
	// foreignFilter and englishFilter are quick "not a function word"s.
	foreignFilter, englishFilter filter
	// scanners keeps token buffers between runs; unlike a sync.Pool it
	// survives garbage collections, which the other passes cause often.
	scanners chan *scanner
}

// keptScanners is how many idle token buffers a pass keeps: one per
// worker of a typical batch.
const keptScanners = 8

// entry is what the pass knows about one lower-case word.
type entry struct {
	key   string
	row   *dialectRow // the dialect table's row, nil for none
	house []houseRow  // house rows starting with this word, longest first
	group string      // for a dialect's preferred form of an either pair: itself
	note  string      // the note of an applied change by row, made once
}

const (
	stopEnglish = 1
	stopForeign = 2
)

func (p *Pass) entry(w string) *entry {
	e := p.words[w]
	if e == nil {
		e = &entry{key: w}
		p.words[w] = e
	}
	return e
}

// New loads the tables the options name.
func New(o Options) (*Pass, error) {
	return newFrom(assets.FS, o)
}

func newFrom(fsys fs.FS, o Options) (*Pass, error) {
	p := &Pass{style: o.Style, dialect: o.Dialect, words: map[string]*entry{}, scanners: make(chan *scanner, keptScanners)}
	if p.dialect == "off" {
		p.dialect = ""
	}
	if p.dialect != "" {
		if dialectTitle[p.dialect] == "" {
			return nil, fmt.Errorf("spelling: unknown dialect %q (have %s)", o.Dialect, strings.Join(Dialects, ", "))
		}
		t, err := dialectTable(p.dialect)
		if err != nil {
			return nil, err
		}
		p.table = t
		for w, row := range t {
			e := p.entry(w)
			e.row = &row
			if row.list == listSafe {
				e.note = fmt.Sprintf("VarCon safe list: %s '%s' → %s '%s' (%s style is %s)", row.source, w, dialectTitle[p.dialect], row.to, p.style, dialectTitle[p.dialect])
			}
			if row.list == listEither {
				p.entry(row.to).group = row.to
			}
		}
	}
	if o.House != "" {
		h, err := readHouse(fsys, o.House)
		if err != nil {
			return nil, err
		}
		p.house = h
		for w, rows := range h {
			p.entry(w).house = rows
			for _, r := range rows {
				for _, later := range r.words[1:] {
					p.entry(later)
				}
			}
		}
	}
	stop, err := stopwords(fsys)
	if err != nil {
		return nil, err
	}
	p.stop = map[string]int8{}
	for w, english := range stop {
		p.stop[w] = stopForeign
		p.foreignFilter.add(w)
		if english {
			p.stop[w] = stopEnglish
			p.englishFilter.add(w)
		}
	}
	for w := range p.words {
		p.filter.add(w)
	}
	return p, nil
}

var stopCache map[string]bool

func stopwords(fsys fs.FS) (map[string]bool, error) {
	tableMu.Lock()
	defer tableMu.Unlock()
	if stopCache != nil {
		return stopCache, nil
	}
	s, err := readStopwords(fsys, "spelling/stopwords.tsv")
	if err == nil {
		stopCache = s
	}
	return s, err
}

// Name is the pass's name in the pipeline.
func (p *Pass) Name() string { return "spelling" }

// Run proposes the changes on one draft.
func (p *Pass) Run(d *cleanup.Draft) {
	if p.table == nil && p.house == nil {
		return
	}
	var sc *scanner
	select {
	case sc = <-p.scanners:
	default:
		sc = &scanner{}
	}
	sc.reset(d.Text())
	sc.words, sc.filter = p.words, &p.filter
	r := run{p: p, d: d, sc: sc, text: sc.text, hits: sc.hits[:0]}
	sc.scan()
	r.match()
	r.emit()
	sc.reset("")
	clear(r.hits) // they name this article's words
	sc.hits = r.hits[:0]
	select {
	case p.scanners <- sc:
	default:
	}
}

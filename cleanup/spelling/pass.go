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
	stop    map[string]bool
	groups  map[string]string // preferred form of an either pair → itself
}

// New loads the tables the options name.
func New(o Options) (*Pass, error) {
	return newFrom(assets.FS, o)
}

func newFrom(fsys fs.FS, o Options) (*Pass, error) {
	p := &Pass{style: o.Style, dialect: o.Dialect}
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
		p.groups = map[string]string{}
		for _, row := range t {
			if row.list == listEither {
				p.groups[row.to] = row.to
			}
		}
	}
	if o.House != "" {
		h, err := readHouse(fsys, o.House)
		if err != nil {
			return nil, err
		}
		p.house = h
	}
	stop, err := stopwords(fsys)
	if err != nil {
		return nil, err
	}
	p.stop = stop
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
	r := run{p: p, d: d, sc: scanner{text: d.Text(), stop: p.stop}}
	r.sc.scan()
	r.findNames()
	r.match()
	r.emit()
}

// group returns the consistency group of a dialect's preferred form.
func (p *Pass) group(word string) (string, bool) {
	g, ok := p.groups[word]
	return g, ok
}

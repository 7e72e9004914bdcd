// Package pipeline runs Copydesk's passes in order over articles:
// normalize → debris → names (glossary) → spelling → names (variants) → whitespace.
package pipeline

import (
	"cmp"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/debris"
	"github.com/copydesk/copydesk/cleanup/extract"
	"github.com/copydesk/copydesk/cleanup/internal/words"
	"github.com/copydesk/copydesk/cleanup/load"
	"github.com/copydesk/copydesk/cleanup/names"
	"github.com/copydesk/copydesk/cleanup/normalize"
	"github.com/copydesk/copydesk/cleanup/spelling"
	"github.com/copydesk/copydesk/cleanup/style"
	"github.com/copydesk/copydesk/cleanup/variants"
)

// Options choose the house style and extra glossaries.
type Options struct {
	Style             string   // preset name; "" means style.Default
	Glossaries        []string // user glossary files, applied over the preset
	AcceptSuggestions bool     // apply suggestions as well
}

// Pipeline is a configured, reusable sequence of passes. It is safe for
// concurrent use by several goroutines once built.
type Pipeline struct {
	Style   *style.Style
	opts    Options
	passes  []cleanup.Pass
	batch   []cleanup.BatchPass
	closing []cleanup.Pass // run after batch passes
	title   []cleanup.Pass // what a headline gets: Unicode and names, no debris
}

// New builds a pipeline from options.
func New(o Options) (*Pipeline, error) {
	st, err := style.Load(o.Style)
	if err != nil {
		return nil, err
	}
	lex, err := debris.LoadLexicon(assets.FS, "debris")
	if err != nil {
		return nil, err
	}
	gl, err := Glossary(st, o.Glossaries)
	if err != nil {
		return nil, err
	}
	p := &Pipeline{Style: st, opts: o}
	unicode := normalize.New(normalize.Options{StraightQuotes: st.StraightQuotes, ASCIIDashes: st.ASCIIDashes})
	glossary := names.NewGlossaryPass(gl)
	spell, err := spelling.New(spelling.Options{Style: st.Label(), Dialect: st.Dialect, House: st.HouseWords})
	if err != nil {
		return nil, fmt.Errorf("style %s: %w", st.Name, err)
	}
	p.passes = []cleanup.Pass{unicode, debris.New(lex), glossary, spell}
	p.batch = []cleanup.BatchPass{extract.NewSiteRepeats(), debris.NewRepeated(), variants.New(gl, st)}
	p.closing = []cleanup.Pass{normalize.NewTidy()}
	p.title = []cleanup.Pass{unicode, glossary, spell}
	return p, nil
}

// Glossary compiles a house style's glossary files (from assets) with the
// user's extra files on top, later files overriding earlier ones.
func Glossary(st *style.Style, extra []string) (*names.Glossary, error) {
	var layers [][]names.Entry
	read := func(open func(string) (fs.File, error), path, shown string) error {
		f, err := open(path)
		if err != nil {
			return fmt.Errorf("glossary: %w", err)
		}
		defer f.Close()
		entries, err := names.ReadGlossary(f, shown)
		if err != nil {
			return err
		}
		layers = append(layers, entries)
		return nil
	}
	for _, g := range st.Glossaries {
		if err := read(assets.FS.Open, g, "assets/"+g); err != nil {
			return nil, fmt.Errorf("style %s: %w", st.Name, err)
		}
	}
	osOpen := func(path string) (fs.File, error) { return os.Open(path) }
	for _, g := range extra {
		if err := read(osOpen, g, g); err != nil {
			return nil, err
		}
	}
	return names.NewGlossary(layers...), nil
}

// Clean runs the per-article passes and the closing passes on one article.
// Batch passes need the whole batch: use CleanBatch for them.
func (p *Pipeline) Clean(a *cleanup.Article) {
	p.runEach(a, p.passes)
	p.finish(a)
}

// CleanBatch cleans every article, with the passes that compare articles.
// CleanBatchParallel does the same on several cores.
func (p *Pipeline) CleanBatch(as []*cleanup.Article) {
	p.CleanBatchParallel(as, 1)
}

func (p *Pipeline) finish(a *cleanup.Article) {
	p.runEach(a, p.closing)
	if p.opts.AcceptSuggestions {
		a.AcceptSuggestions()
	}
	p.cleanTitle(a)
}

// cleanTitle gives the headline the same fixes as the body, so exports and
// file names agree with the text. A title that is the text's first line
// follows that line (and is re-read when debris above it went away); a
// page's headline kept in the text follows its paragraph; any other title
// gets the Unicode and name passes. The title as loaded is kept
// in Meta["original_title"].
func (p *Pipeline) cleanTitle(a *cleanup.Article) {
	if a.Title == "" {
		return
	}
	var cleaned string
	fromText := false
	switch a.Meta[load.TitleSourceKey] {
	case load.TitleFromFirstLine:
		cleaned, fromText = load.Headline(a.Cleaned()), true
	case load.TitleFromHeadline:
		cleaned, fromText = load.CleanedHeadline(a, cmp.Or(a.Meta["original_title"], a.Title))
	}
	if !fromText {
		// The body rides along under the title, so that a lone surname in
		// the title follows the person the body names in full; only the
		// title line is kept.
		withBody := a.Title
		if body := a.Cleaned(); !strings.Contains(a.Title, "\n") && namesNewToBody(a.Title, body) {
			withBody += "\n\n" + body
		}
		t := cleanup.NewArticle(a.Source, withBody)
		p.runEach(t, p.title)
		if p.opts.AcceptSuggestions {
			t.AcceptSuggestions()
		}
		cleaned = t.Cleaned()
		if !strings.Contains(a.Title, "\n") {
			cleaned, _, _ = strings.Cut(cleaned, "\n")
		}
	}
	if cleaned != a.Title {
		if _, kept := a.Meta["original_title"]; !kept {
			a.Meta["original_title"] = a.Title
		}
		a.Title = cleaned
	}
}

func (p *Pipeline) runEach(a *cleanup.Article, passes []cleanup.Pass) {
	for _, ps := range passes {
		d := a.NewDraft()
		ps.Run(d)
		d.Commit()
	}
}

// namesNewToBody reports whether the title has a capitalised word that the
// cleaned body does not use, capitalised or not (a title-case "Talks" is
// the body's "talks"): only such a word (a misspelled lone surname,
// "Blinkin: talks were useful") can take a fix from the people the body
// names. A title whose names all stand in the body as they are cleans
// alone, without passing the body through the title passes again.
func namesNewToBody(title, body string) bool {
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !words.Contains(body, w) && !words.Contains(body, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

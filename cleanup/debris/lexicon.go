package debris

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Kind says how a lexicon phrase must sit in a line to count as debris.
type Kind string

const (
	// KindLine: the phrase is the whole line (numbers aside: "Comments (3)").
	KindLine Kind = "line"
	// KindPrefix: the phrase opens the line and a headline may follow
	// ("Read also Wheat prices rise").
	KindPrefix Kind = "prefix"
	// KindLabel: the phrase opens the line followed by punctuation
	// ("Tags: Ukraine, Russia"); alone it is a line.
	KindLabel Kind = "label"
	// KindDated: the phrase opens the line and a date or time follows
	// ("Published 12.01.2022 10:30").
	KindDated Kind = "dated"
	// KindContains: the phrase appears anywhere in a line that is short
	// enough to be a notice ("© Reuters. All rights reserved.").
	KindContains Kind = "contains"
	// KindWord: a line made only of such words is a widget row
	// ("Facebook Twitter WhatsApp").
	KindWord Kind = "word"
	// KindCrumb: the phrase is the root of a breadcrumb trail
	// ("Home » World").
	KindCrumb Kind = "crumb"
)

var kinds = map[Kind]bool{KindLine: true, KindPrefix: true, KindLabel: true, KindDated: true,
	KindContains: true, KindWord: true, KindCrumb: true}

// Entry is one lexicon row.
type Entry struct {
	Lang     string // file name without .tsv: "ar"
	Category string // "comments"
	Kind     Kind
	Anywhere bool   // may be removed mid-body, not only at the head or tail
	Phrase   string // as written in the file
	Gloss    string // English meaning; empty for English rows
	Key      string // folded phrase
	Source   string // file:line, for error messages
}

// Lexicon is the multilingual list of boilerplate phrases, indexed by kind
// and folded key.
type Lexicon struct {
	byKind     map[Kind]*phraseIndex
	maxWords   int // longest phrase, in folded words
	languages  map[string]string
	categories map[string]string
	entries    []*Entry
}

// meta is meta.toml: names for language codes and a description for each
// category, used in notes.
type meta struct {
	Languages  map[string]string `toml:"languages"`
	Categories map[string]string `toml:"categories"`
}

// LoadLexicon reads every *.tsv under dir, and dir/meta.toml for language
// names and category descriptions.
func LoadLexicon(fsys fs.FS, dir string) (*Lexicon, error) {
	lex := &Lexicon{byKind: map[Kind]*phraseIndex{}}
	var m meta
	if b, err := fs.ReadFile(fsys, path.Join(dir, "meta.toml")); err != nil {
		return nil, fmt.Errorf("debris lexicon: %w", err)
	} else if _, err := toml.Decode(string(b), &m); err != nil {
		return nil, fmt.Errorf("debris lexicon: %s/meta.toml: %w", dir, err)
	}
	lex.languages, lex.categories = m.Languages, m.Categories
	files, err := fs.Glob(fsys, path.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, f := range files {
		if err := lex.readFile(fsys, f); err != nil {
			return nil, err
		}
	}
	return lex, nil
}

func (lex *Lexicon) readFile(fsys fs.FS, name string) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	lang := strings.TrimSuffix(path.Base(name), ".tsv")
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := lex.parseRow(line, lang)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
		e.Source = fmt.Sprintf("%s:%d", name, n)
		if err := lex.add(e); err != nil {
			return err
		}
	}
	return sc.Err()
}

// parseRow reads "category, kind, zone, phrase, gloss" separated by tabs.
func (lex *Lexicon) parseRow(line, lang string) (*Entry, error) {
	cols := strings.Split(line, "\t")
	if len(cols) != 5 {
		return nil, fmt.Errorf("want 5 tab-separated columns (category, kind, zone, phrase, gloss), got %d", len(cols))
	}
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
	}
	e := &Entry{Lang: lang, Category: cols[0], Kind: Kind(cols[1]), Phrase: cols[3], Gloss: cols[4]}
	if _, ok := lex.categories[e.Category]; !ok {
		return nil, fmt.Errorf("category %q is not described in meta.toml", e.Category)
	}
	if !kinds[e.Kind] {
		return nil, fmt.Errorf("unknown kind %q", e.Kind)
	}
	switch cols[2] {
	case "edge":
	case "any":
		e.Anywhere = true
	default:
		return nil, fmt.Errorf("zone %q: want edge or any", cols[2])
	}
	e.Key = fold(e.Phrase)
	if e.Key == "" {
		return nil, fmt.Errorf("phrase %q has no letters", e.Phrase)
	}
	return e, nil
}

// add indexes an entry. Two rows may share a key (the same word in two
// languages) only if they agree on category and zone.
func (lex *Lexicon) add(e *Entry) error {
	ix := lex.byKind[e.Kind]
	if ix == nil {
		ix = &phraseIndex{keys: map[string]*Entry{}}
		lex.byKind[e.Kind] = ix
	}
	if old, ok := ix.keys[e.Key]; ok {
		if old.Category != e.Category || old.Anywhere != e.Anywhere {
			return fmt.Errorf("%s: %q clashes with %s (%s)", e.Source, e.Phrase, old.Source, old.Category)
		}
		return nil
	}
	ix.keys[e.Key] = e
	lex.entries = append(lex.entries, e)
	words := strings.Count(e.Key, " ") + 1
	ix.maxWords = max(ix.maxWords, words)
	lex.maxWords = max(lex.maxWords, words)
	return nil
}

// Entries lists every distinct row in file order.
func (lex *Lexicon) Entries() []*Entry { return append([]*Entry(nil), lex.entries...) }

func (lex *Lexicon) lookup(k Kind, key string) *Entry { return lex.byKind[k].get(key) }

// phraseIndex holds the phrases of one kind. Knowing the longest lets a
// search skip runs of words that no phrase of the kind is as long as.
type phraseIndex struct {
	keys     map[string]*Entry
	maxWords int
}

// get finds a folded phrase; a nil index (a kind with no rows) has none.
func (ix *phraseIndex) get(key string) *Entry {
	if ix == nil {
		return nil
	}
	return ix.keys[key]
}

// longest is the number of words of the longest phrase.
func (ix *phraseIndex) longest() int {
	if ix == nil {
		return 0
	}
	return ix.maxWords
}

// language names a language code for notes ("ar" → "Arabic").
func (lex *Lexicon) language(code string) string {
	if n := lex.languages[code]; n != "" {
		return n
	}
	return code
}

// describe says what a category of debris is ("comment-section widget").
func (lex *Lexicon) describe(category string) string {
	if d := lex.categories[category]; d != "" {
		return d
	}
	return category
}

// Match reports the lexicon row a line of text is, judged on its own as
// the debris pass judges a line: same folding, kinds and sentence guard,
// but no shapes and no position. Extraction calls it on page blocks so
// that one lexicon, folded one way, serves both. A word row returns its
// first word's entry with every word's gloss.
func (lex *Lexicon) Match(text string) (Entry, bool) {
	text = strings.TrimSpace(text)
	l := line{text: text, words: countWords(text)}
	if l.words == 0 || l.words > maxDebrisWords {
		return Entry{}, false
	}
	if e := lex.matchLexicon(l, tokenize(text)); e != nil {
		return *e, true
	}
	return Entry{}, false
}

// namesPlatform reports whether toks hold a word row of the share
// category: a social platform or share target ("Instagram", "Google News").
func (lex *Lexicon) namesPlatform(toks []token) bool {
	words := lex.byKind[KindWord]
	for i := range toks {
		for k := min(len(toks)-i, words.longest()); k >= 1; k-- {
			if e := words.get(join(toks[i : i+k])); e != nil && e.Category == "share" {
				return true
			}
		}
		if lex.inflectedPlatform(join(toks[i : i+1])) {
			return true
		}
	}
	return false
}

// inflectedPlatform reports a word that is a platform's name with a case
// ending of up to maxPlatformSuffix letters ("Facebookon", "Instagramie",
// "Twitterze"): languages that inflect names leave the listed form
// behind. Only names of minPlatformStem letters or more count, so that
// "x" or "vk" are not found inside ordinary words.
func (lex *Lexicon) inflectedPlatform(w string) bool {
	words := lex.byKind[KindWord]
	for k := 1; k <= maxPlatformSuffix && len(w)-k >= minPlatformStem; k++ {
		if !utf8.RuneStart(w[len(w)-k]) {
			continue
		}
		if e := words.get(w[:len(w)-k]); e != nil && e.Category == "share" {
			return true
		}
	}
	return false
}

const (
	maxPlatformSuffix = 3
	minPlatformStem   = 6
)

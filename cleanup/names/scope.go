package names

import (
	"fmt"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/tsv"
)

// Tables inside assets.FS: words that tell a place's scope (region,
// district, street …), words that make an old name history in its
// sentence, and the title words before names (shared with the batch pass).
const (
	ScopesPath  = "glossary/scopes.tsv"
	HistoryPath = "glossary/history.tsv"
	WordsPath   = "glossary/namewords.tsv"
	AbroadPath  = "glossary/regions_abroad.tsv"
)

var (
	scopeOnce    sync.Once
	scopeWords   map[string]string
	historyWords map[string]bool
	titleWords   map[string]bool
	// abroad holds the first words of states and provinces, lower-cased,
	// with the whole names that start with each.
	abroad map[string][]string
)

// parseScopes reads word → scope rows; every scope must be one a renaming
// may have.
func parseScopes(text, name string) (map[string]string, error) {
	out := map[string]string{}
	err := tsv.Each(strings.NewReader(text), name, []string{"word", "scope"}, func(_ int, f []string) error {
		w := strings.ToLower(strings.TrimSpace(f[0]))
		if w == "" || !scopes[f[1]] {
			return fmt.Errorf("want a word and one of city, region, district, street, institution")
		}
		if _, dup := out[w]; dup {
			return fmt.Errorf("%q is listed twice", w)
		}
		out[w] = f[1]
		return nil
	})
	return out, err
}

// defaultScopes is the embedded scope table; a broken one panics (the
// package tests load it). It loads the history and title words too.
func defaultScopes() map[string]string {
	scopeOnce.Do(func() {
		b, err := assets.FS.ReadFile(ScopesPath)
		if err == nil {
			scopeWords, err = parseScopes(string(b), "assets/"+ScopesPath)
		}
		if err == nil {
			historyWords, err = readWordSet(HistoryPath, []string{"word"}, "")
		}
		if err == nil {
			titleWords, err = readWordSet(WordsPath, []string{"word", "role"}, "title")
		}
		if err == nil {
			var names map[string]bool
			names, err = readWordSet(AbroadPath, []string{"name"}, "")
			abroad = map[string][]string{}
			for n := range names {
				first, _, _ := strings.Cut(n, " ")
				first, _, _ = strings.Cut(first, ".")
				abroad[first] = append(abroad[first], n)
			}
		}
		if err != nil {
			panic(err)
		}
	})
	return scopeWords
}

// readWordSet reads the lower-cased first column of an assets table,
// only rows whose second column is role when role is set.
func readWordSet(path string, header []string, role string) (map[string]bool, error) {
	b, err := assets.FS.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	err = tsv.Each(strings.NewReader(string(b)), "assets/"+path, header, func(_ int, f []string) error {
		if strings.TrimSpace(f[0]) == "" {
			return fmt.Errorf("empty word")
		}
		if role == "" || f[1] == role {
			out[strings.ToLower(strings.TrimSpace(f[0]))] = true
		}
		return nil
	})
	return out, err
}

// isTitle reports whether a word (any case) is a title or role before a
// name: President, Secretary-General's General, minister.
func isTitle(w string) bool {
	defaultScopes()
	var buf [32]byte
	if len(w) > len(buf) {
		return titleWords[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return titleWords[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return titleWords[string(buf[:len(w)])] // no allocation for the lookup
}

// historical reports whether the sentence around text[start:end] speaks
// of the old name as history ("which was called Kirovohrad until 2016").
func historical(text string, start, end int) bool {
	defaultScopes()
	from := strings.LastIndexAny(text[:start], ".!?\n") + 1
	to := len(text)
	if k := strings.IndexAny(text[end:], ".!?\n"); k >= 0 {
		to = end + k
	}
	for _, t := range tokenize(text, from, to, nil) {
		if historyWords[strings.ToLower(text[t.start:t.end])] {
			return true
		}
	}
	return false
}

// scopeAfter returns the scope the word right after tokens i..j-1 gives
// the name ("region" in "Kirovohrad region"), or "".
func (m *matcher) scopeAfter(j int) string {
	if j >= len(m.toks) || m.toks[j].sep == 0 {
		return ""
	}
	t := m.toks[j]
	return defaultScopes()[strings.ToLower(m.text[t.start:t.end])]
}

// renamingNote explains a renaming fix: the year and what it covers.
func renamingNote(c *compiled, span string) string {
	return fmt.Sprintf("%s, not %s: the %s was renamed in %s (only the %s: \"%s region\" or a street keeps the old name); %s",
		c.replacement, span, c.Scope, c.Renamed, c.Scope, span, c.Basis)
}

// townAbroad reports whether the place name ending at byte end is followed
// by a comma and a US state or Canadian province ("Odessa, Texas"): a town
// of that name abroad, not the place the glossary means.
func townAbroad(text string, end int) bool {
	defaultScopes()
	rest := text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	rest = rest[2:]
	word := rest
	if k := strings.IndexAny(rest, " .,;:!?)\n"); k >= 0 {
		word = rest[:k]
	}
	for _, name := range abroad[strings.ToLower(word)] {
		if len(rest) >= len(name) && strings.EqualFold(rest[:len(name)], name) {
			after := rest[len(name):]
			// a whole word or abbreviation: not "Odessa, Texans say"
			if after == "" || strings.HasSuffix(name, ".") || strings.IndexByte(" .,;:!?)\n\"'”’", after[0]) >= 0 {
				return true
			}
		}
	}
	return false
}

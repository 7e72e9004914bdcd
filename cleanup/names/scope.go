package names

import (
	"fmt"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/tsv"
)

// ScopesPath is the table of words that tell a place's scope (region,
// district, street …) inside assets.FS.
const ScopesPath = "glossary/scopes.tsv"

var (
	scopeOnce  sync.Once
	scopeWords map[string]string
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

// defaultScopes is the embedded table; a broken one panics (the package
// tests load it).
func defaultScopes() map[string]string {
	scopeOnce.Do(func() {
		b, err := assets.FS.ReadFile(ScopesPath)
		if err == nil {
			scopeWords, err = parseScopes(string(b), "assets/"+ScopesPath)
		}
		if err != nil {
			panic(err)
		}
	})
	return scopeWords
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

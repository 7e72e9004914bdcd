package variants

import (
	"fmt"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/names/namekey"
	"github.com/copydesk/copydesk/cleanup/tsv"
)

// GivenPath is the table of Ukrainian given names and their Russian-route
// spellings inside assets.FS.
const GivenPath = "glossary/given_uk_ru.tsv"

// givenNames maps the key of a given name to the key of its Ukrainian
// form, so that Oleh and Oleg, Mykhailo and Mikhail key alike. The key
// alone cannot: Oleh loses its final h, Mykhailo has one vowel more.
type givenNames map[string]string

func parseGiven(text, name string, keys *namekey.Table) (givenNames, error) {
	g := givenNames{}
	err := tsv.Each(strings.NewReader(text), name, []string{"ukrainian", "russian_route"}, func(_ int, f []string) error {
		if f[0] == "" || f[1] == "" {
			return fmt.Errorf("want a Ukrainian name and its Russian-route spellings")
		}
		class := keys.Token(f[0])
		for _, s := range append([]string{f[0]}, strings.Split(f[1], "|")...) {
			k := keys.Token(s)
			if old, ok := g[k]; ok && old != class {
				return fmt.Errorf("%q keys like a name of another row", s)
			}
			g[k] = class
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

var (
	givenOnce sync.Once
	given     givenNames
)

// defaultGiven is the embedded table; a broken one panics (the tests load it).
func defaultGiven() givenNames {
	givenOnce.Do(func() {
		b, err := assets.FS.ReadFile(GivenPath)
		if err == nil {
			given, err = parseGiven(string(b), "assets/"+GivenPath, namekey.Default())
		}
		if err != nil {
			panic(err)
		}
	})
	return given
}

// fold rewrites the keys of given names (every word but the last) to
// their class, in place.
func (g givenNames) fold(keys []string) {
	for i := 0; i+1 < len(keys); i++ {
		if c, ok := g[keys[i]]; ok {
			keys[i] = c
		}
	}
}

// same reports whether two words are one given name by the table.
func (g givenNames) same(keys *namekey.Table, a, b string) bool {
	ca, ok := g[keys.Token(a)]
	return ok && ca == g[keys.Token(b)]
}

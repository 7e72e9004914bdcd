// Package style reads house-style presets (assets/styles/*.toml).
package style

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/spelling"
)

// Default is the preset used when none is named.
const Default = "ap"

// Style is one house-style preset.
type Style struct {
	Name              string   `toml:"name"`
	Description       string   `toml:"description"`
	Glossaries        []string `toml:"glossaries"`
	StraightQuotes    bool     `toml:"straight_quotes"`
	ASCIIDashes       bool     `toml:"ascii_dashes"`
	RomanizeUkrainian string   `toml:"romanize_ukrainian"`
	RomanizeRussian   string   `toml:"romanize_russian"`
	// Dialect is the spelling the style follows: american, british,
	// british-ize, canadian, australian or off ("" means off).
	Dialect string `toml:"dialect"`
	// HouseWords is the style's word-choice table under assets/
	// ("spelling/house_ap.tsv"), "" for none.
	HouseWords string `toml:"house_words"`
}

// Names lists the built-in presets.
func Names() []string {
	files, _ := fs.Glob(assets.FS, "styles/*.toml")
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(path.Base(f), ".toml"))
	}
	sort.Strings(names)
	return names
}

// Load reads a built-in preset by name ("" means Default).
func Load(name string) (*Style, error) {
	if name == "" {
		name = Default
	}
	name = strings.ToLower(name)
	b, err := assets.FS.ReadFile("styles/" + name + ".toml")
	if err != nil {
		return nil, fmt.Errorf("unknown house style %q (have %s)", name, strings.Join(Names(), ", "))
	}
	var s Style
	if _, err := toml.Decode(string(b), &s); err != nil {
		return nil, fmt.Errorf("styles/%s.toml: %w", name, err)
	}
	if s.Name == "" {
		s.Name = name
	}
	if s.Dialect != "" && !contains(spelling.Dialects, s.Dialect) {
		return nil, fmt.Errorf("styles/%s.toml: dialect %q: want one of %s", name, s.Dialect, strings.Join(spelling.Dialects, ", "))
	}
	return &s, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Label names the style in notes: "AP", "BBC", "Reuters".
func (s *Style) Label() string {
	if len(s.Name) <= 3 {
		return strings.ToUpper(s.Name)
	}
	return strings.ToUpper(s.Name[:1]) + s.Name[1:]
}

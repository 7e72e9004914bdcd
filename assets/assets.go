// Package assets embeds Copydesk's data: the debris lexicon, glossary
// presets, house styles, romanization tables, sample articles and the icon.
// Everything here is plain TSV/TOML/text so it can be edited without Go.
package assets

import (
	"embed"
	"io/fs"
	"path"
	"sort"
)

//go:embed debris extract glossary load samples spelling stoplists styles translit icon.png
var FS embed.FS

// Icon is the application icon (PNG).
func Icon() []byte {
	b, _ := FS.ReadFile("icon.png")
	return b
}

// Samples lists the built-in sample articles, sorted.
func Samples() []string {
	names, _ := fs.Glob(FS, "samples/*.txt")
	sort.Strings(names)
	return names
}

// Sample returns the first built-in sample article as (path, text).
func Sample() (string, string) {
	names := Samples()
	if len(names) == 0 {
		return "", ""
	}
	b, _ := FS.ReadFile(names[0])
	return "sample/" + path.Base(names[0]), string(b)
}

package normalize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// The scripts whose letters are confused, in the column order of
// translit/homoglyphs.tsv.
var scripts = [...]*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek}

var scriptNames = [...]string{"Latin", "Cyrillic", "Greek"}

const numScripts = len(scripts)

// homoglyphs maps each listed letter to its look-alikes, one per script
// (0 where a script has none).
type homoglyphs map[rune][numScripts]rune

func (h homoglyphs) addRow(f []string) error {
	var row [numScripts]rune
	for k, cell := range f {
		if cell == "-" {
			continue
		}
		r, size := utf8.DecodeRuneInString(cell)
		if size != len(cell) || !unicode.Is(scripts[k], r) {
			return fmt.Errorf("column %d: %q is not one %s letter", k+1, cell, scriptNames[k])
		}
		row[k] = r
	}
	for _, r := range row {
		if r != 0 {
			if _, dup := h[r]; dup {
				return fmt.Errorf("%q listed twice", r)
			}
			h[r] = row
		}
	}
	return nil
}

// scriptOf returns the index of r's script in scripts, or -1. The common
// letters are answered without a table search.
func scriptOf(r rune) int {
	switch {
	case r < utf8.RuneSelf:
		if isASCIILetter(byte(r)) {
			return 0
		}
		return -1
	case 0x410 <= r && r <= 0x44F:
		return 1
	case 0x600 <= r && r <= 0x6FF: // Arabic block: Arabic, Common, Inherited
		return -1
	}
	for k, t := range scripts {
		if unicode.Is(t, r) {
			return k
		}
	}
	return -1
}

// homoglyphEdits repairs mixed-script words: letters of a minority script
// are replaced by their look-alikes in the word's main script. Words wholly
// in one script, and words whose odd letters have no look-alike, are left.
func (p *pass) homoglyphEdits(s string) []edit {
	var out []edit
	for i := 0; i < len(s); {
		// Pure-ASCII words cannot mix scripts; skip to the next non-ASCII byte.
		j := skipASCII(s, i)
		if j == len(s) {
			break
		}
		start := j
		for start > i && isASCIILetter(s[start-1]) {
			start--
		}
		var seen [numScripts]bool
		if start < j {
			seen[0] = true
		}
		end := j
		for end < len(s) {
			r, n := rune(s[end]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[end:])
			}
			if k := scriptOf(r); k >= 0 {
				seen[k] = true
			} else if !letterOrMark(r) {
				break
			}
			end += n
		}
		if end == j { // a non-ASCII character that is not part of a word
			_, n := utf8.DecodeRuneInString(s[j:])
			i = j + n
			continue
		}
		mixed := 0
		for _, ok := range seen {
			if ok {
				mixed++
			}
		}
		if mixed < 2 {
			i = end
			continue
		}
		if e, ok := p.tables.glyphs.repair(s[start:end]); ok {
			e.start, e.end = start, end
			out = append(out, e)
		}
		i = end
	}
	return out
}

// letterOrMark reports whether r can continue a word. Arabic and Hebrew
// words reach it letter by letter, so the first 2048 code points are tabled.
func letterOrMark(r rune) bool {
	if 0 <= r && r < rune(len(wordRunes)) {
		return wordRunes[r]
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

var wordRunes = func() (t [0x800]bool) {
	for r := range rune(len(t)) {
		t[r] = unicode.IsLetter(r) || unicode.IsMark(r)
	}
	return t
}()

func isASCIILetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// repair returns the edit that writes word in one script, if there is one.
func (h homoglyphs) repair(word string) (edit, bool) {
	var count [numScripts]int
	for _, r := range word {
		if k := scriptOf(r); k >= 0 {
			count[k]++
		}
	}
	target, ok := h.target(word, count)
	if !ok {
		return edit{}, false
	}
	var b strings.Builder
	var swapped []string
	for _, r := range word {
		if k := scriptOf(r); k >= 0 && k != target {
			swapped = append(swapped, string(r))
			r = h[r][target]
		}
		b.WriteRune(r)
	}
	note := fmt.Sprintf("mixed-script word: look-alike letter %s made %s (breaks search and name matching)",
		strings.Join(swapped, ", "), scriptNames[target])
	return edit{c: cleanup.Change{
		Replacement: b.String(), Rule: "unicode.homoglyph", Category: cleanup.CatUnicode,
		Note: note, Confidence: 0.9, State: cleanup.Applied,
	}}, true
}

// target picks the script a mixed word should be written in: the script of
// most of its letters, provided every other letter has a look-alike there.
// A tie is settled only when just one of the scripts can take all letters.
func (h homoglyphs) target(word string, count [numScripts]int) (int, bool) {
	present, best := 0, 0
	for k, n := range count {
		if n > 0 {
			present++
		}
		if n > count[best] {
			best = k
		}
	}
	if present < 2 {
		return 0, false
	}
	var fits []int
	for k, n := range count {
		if n == count[best] && h.fits(word, k) {
			fits = append(fits, k)
		}
	}
	if len(fits) != 1 {
		return 0, false
	}
	return fits[0], true
}

// fits reports whether every letter of word outside script k has a look-alike in k.
func (h homoglyphs) fits(word string, k int) bool {
	for _, r := range word {
		if s := scriptOf(r); s >= 0 && s != k && h[r][k] == 0 {
			return false
		}
	}
	return true
}

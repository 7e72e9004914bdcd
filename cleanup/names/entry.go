package names

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Entry is one glossary row: the house spelling of a name and the
// spellings to replace with it.
type Entry struct {
	Canonical  string
	Variants   []string
	Kind       string   // person, place, org, term, given
	LeaveAlone []string // phrases where a variant is correct ("chicken Kiev"); "*" stands for a capitalized word
	Basis      string   // why this spelling: style-guide rule or source
	// Renamed is the year the variants stopped being the name (a city
	// renamed in 2016), "" when they are spellings of the same name.
	Renamed string
	// Scope is what a renaming covers (city, region, district, street,
	// institution): a variant followed by a word of another scope
	// ("Kirovohrad region") is left alone.
	Scope  string
	Source string // file and line the row came from
}

// Kinds an entry may have.
var kinds = map[string]bool{"person": true, "place": true, "org": true, "term": true, "given": true}

// header lists the glossary columns in order; renamingColumns may follow
// (a file may use either header; its rows may leave the two out).
var (
	header          = []string{"canonical", "variants", "kind", "leave_alone", "basis"}
	renamingColumns = []string{"renamed", "scope"}
)

// Scopes a renaming may have.
var scopes = map[string]bool{"city": true, "region": true, "district": true, "street": true, "institution": true}

// ReadGlossary parses a glossary TSV (see assets/glossary/README.md).
// Errors say "name:line: …".
func ReadGlossary(r io.Reader, name string) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var entries []Entry
	owner := map[string]int{} // lower-case spelling → line that claimed it
	canonicals := map[string]bool{}
	line, sawHeader := 0, false
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if !sawHeader {
			if got := strings.Join(f, "\t"); got != strings.Join(header, "\t") && got != strings.Join(append(header[:len(header):len(header)], renamingColumns...), "\t") {
				return nil, fmt.Errorf("%s:%d: header must be %q, optionally followed by %q", name, line,
					strings.Join(header, " TAB "), " TAB "+strings.Join(renamingColumns, " TAB "))
			}
			sawHeader = true
			continue
		}
		e, err := parseRow(f)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		for i, s := range append([]string{e.Canonical}, e.Variants...) {
			k := strings.ToLower(s)
			// A canonical spelling may head several rows (its romanizations
			// and, separately, the old names it replaced).
			if prev, ok := owner[k]; ok && (i > 0 || !canonicals[k]) {
				return nil, fmt.Errorf("%s:%d: %q is already listed on line %d", name, line, s, prev)
			}
			owner[k] = line
			if i == 0 {
				canonicals[k] = true
			}
		}
		e.Source = fmt.Sprintf("%s:%d", name, line)
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", name, line+1, err)
	}
	if !sawHeader {
		return nil, fmt.Errorf("%s:%d: no header row", name, line)
	}
	return entries, nil
}

func parseRow(f []string) (Entry, error) {
	if len(f) != len(header) && len(f) != len(header)+len(renamingColumns) {
		return Entry{}, fmt.Errorf("want %d tab-separated columns (%s), or %d with %s, got %d", len(header), strings.Join(header, ", "),
			len(header)+len(renamingColumns), strings.Join(renamingColumns, ", "), len(f))
	}
	e := Entry{
		Canonical:  strings.TrimSpace(f[0]),
		Variants:   splitList(f[1]),
		Kind:       strings.TrimSpace(f[2]),
		LeaveAlone: splitList(f[3]),
		Basis:      strings.TrimSpace(f[4]),
	}
	if len(f) > len(header) {
		e.Renamed, e.Scope = strings.TrimSpace(f[5]), strings.TrimSpace(f[6])
	}
	switch {
	case e.Canonical == "":
		return e, fmt.Errorf("empty canonical spelling")
	case !kinds[e.Kind]:
		return e, fmt.Errorf("kind %q: want person, place, org, term or given", e.Kind)
	case len(e.Variants) == 0:
		return e, fmt.Errorf("%q has no variants", e.Canonical)
	case e.Basis == "":
		return e, fmt.Errorf("%q has no basis (style rule or source)", e.Canonical)
	case (e.Renamed == "") != (e.Scope == ""):
		return e, fmt.Errorf("%q: a renaming needs both the year (renamed) and the scope", e.Canonical)
	case e.Renamed != "" && !isYear(e.Renamed):
		return e, fmt.Errorf("renamed %q: want a year such as 2016", e.Renamed)
	case e.Scope != "" && !scopes[e.Scope]:
		return e, fmt.Errorf("scope %q: want city, region, district, street or institution", e.Scope)
	}
	for _, v := range e.Variants {
		if v == e.Canonical {
			return e, fmt.Errorf("variant %q is the canonical spelling", v)
		}
		if len(words(v)) == 0 {
			return e, fmt.Errorf("variant %q has no words", v)
		}
	}
	for _, p := range e.LeaveAlone {
		if !mentionsAny(p, e.Variants) {
			return e, fmt.Errorf("leave-alone phrase %q contains none of the variants", p)
		}
	}
	return e, nil
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// mentionsAny reports whether phrase contains one of the spellings as
// whole words, ignoring case.
func mentionsAny(phrase string, spellings []string) bool {
	pw := words(phrase)
	for _, s := range spellings {
		if indexWords(pw, words(s)) >= 0 {
			return true
		}
	}
	return false
}

// WriteEntry appends one glossary row, for "add this spelling to my
// glossary". It refuses values that would break the TSV.
func WriteEntry(w io.Writer, e Entry) error {
	cols := []string{e.Canonical, strings.Join(e.Variants, "|"), e.Kind, strings.Join(e.LeaveAlone, "|"), e.Basis}
	if e.Renamed != "" || e.Scope != "" {
		cols = append(cols, e.Renamed, e.Scope)
	}
	for _, c := range cols {
		if strings.ContainsAny(c, "\t\r\n") {
			return fmt.Errorf("glossary entry %q: tabs and line breaks are not allowed", e.Canonical)
		}
	}
	if _, err := parseRow(cols); err != nil {
		return fmt.Errorf("glossary entry %q: %v", e.Canonical, err)
	}
	_, err := io.WriteString(w, strings.Join(cols, "\t")+"\n")
	return err
}

// HeaderLine is the first row of a new glossary file.
func HeaderLine() string { return strings.Join(header, "\t") + "\n" }

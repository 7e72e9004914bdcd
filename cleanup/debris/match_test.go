package debris

import (
	"strings"
	"testing"
)

// TestMatch checks the exported matcher extraction uses: the same
// folding and sentence guard as the pass, whatever the line's position.
func TestMatch(t *testing.T) {
	lex := builtin(t)
	tests := []struct {
		line     string
		category string // "" means no match
		lang     string
		anywhere bool
	}{
		{"Zobacz także: Rząd przyjął projekt budżetu", "related", "pl", true},
		{"CZYTAJ TEŻ", "related", "pl", true},
		{"Komentarze (12)", "comments", "pl", false},
		{"Udostępnij", "share", "pl", false},
		{"Teile diesen Beitrag", "share", "de", false},
		{"Schon gelesen?", "related", "de", true},
		{"Zum Weiterlesen:", "related", "de", true},
		{"Related Coverage", "related", "en", true},
		{"Foto: dpa", "media", "de", true},
		{"Bild: Keystone", "media", "de", true},
		{"Photo: Reuters", "media", "en", true},
		{"(Credit: Getty Images)", "media", "en", true},
		{"Quelle: Statistisches Bundesamt", "media", "de", true},
		// sentences that open with the same words stay
		{"Zobacz także, jak rząd przyjął projekt budżetu na przyszły rok.", "", "", false},
		{"Foto und Film sind seit Jahren ihre große Leidenschaft gewesen.", "", "", false},
		{"Photographs of the talks were released on Tuesday evening.", "", "", false},
		{"Credit card spending rose again in March, the bank said.", "", "", false},
		{"Quellen in Genf bestätigten das Treffen am Dienstag.", "", "", false},
		{"", "", "", false},
		{strings.Repeat("Komentarze ", 61), "", "", false},
	}
	for _, tt := range tests {
		e, ok := lex.Match(tt.line)
		if ok != (tt.category != "") || e.Category != tt.category {
			t.Errorf("Match(%q) = %q %v, want %q", tt.line, e.Category, ok, tt.category)
			continue
		}
		if ok && (e.Lang != tt.lang || e.Anywhere != tt.anywhere) {
			t.Errorf("Match(%q) = %s anywhere=%v, want %s anywhere=%v", tt.line, e.Lang, e.Anywhere, tt.lang, tt.anywhere)
		}
	}
}

// FuzzMatch: any line, however broken, matches without panicking, and a
// match is a real row with a described category.
func FuzzMatch(f *testing.F) {
	lex := builtin(f)
	for _, s := range []string{"Czytaj także: X", "Foto:", "Bild anzeigen Bild schließen", "\xff\xfe", "اقرأ أيضا", "Tags: a, b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		e, ok := lex.Match(line)
		if !ok {
			return
		}
		if e.Key == "" || lex.categories[e.Category] == "" {
			t.Fatalf("Match(%q) returned an incomplete entry %+v", line, e)
		}
	})
}

package names

import (
	"bytes"
	"strings"
	"testing"
)

// Glossary files may add the renamed and scope columns; rows may leave
// them out, and bad values name the file and line.
func TestGlossaryRenamingColumns(t *testing.T) {
	const head = "canonical\tvariants\tkind\tleave_alone\tbasis\trenamed\tscope\n"
	tests := []struct{ in, err string }{
		{head + "Bakhmut\tArtemivsk\tplace\t\trenamed\t2016\tcity\nBakhmut\tBachmut\tplace\t\tspelling\n", ""},
		{head + "Bakhmut\tArtemivsk\tplace\t\trenamed\t2016\t\n", "g.tsv:2: \"Bakhmut\": a renaming needs both"},
		{head + "Bakhmut\tArtemivsk\tplace\t\trenamed\tlast year\tcity\n", "g.tsv:2: renamed \"last year\""},
		{head + "Bakhmut\tArtemivsk\tplace\t\trenamed\t2016\ttown\n", "g.tsv:2: scope \"town\""},
		{head + "Bakhmut\tArtemivsk\tplace\t\tb\nDnipro\tArtemivsk\tplace\t\tb\n", "g.tsv:3: \"Artemivsk\" is already listed on line 2"},
		{"canonical\tvariants\tkind\tleave_alone\tbasis\tyear\n", "g.tsv:1: header"},
	}
	for _, tt := range tests {
		_, err := ReadGlossary(strings.NewReader(tt.in), "g.tsv")
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%q: %v", tt.in, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%q: error %v, want %q", tt.in, err, tt.err)
		}
	}
	// A renaming row written by WriteEntry reads back the same.
	var b bytes.Buffer
	b.WriteString(head)
	e := Entry{Canonical: "Pokrovsk", Variants: []string{"Krasnoarmiisk"}, Kind: "place", Basis: "renamed", Renamed: "2016", Scope: "city"}
	if err := WriteEntry(&b, e); err != nil {
		t.Fatal(err)
	}
	es, err := ReadGlossary(&b, "w.tsv")
	if err != nil || len(es) != 1 || es[0].Renamed != "2016" || es[0].Scope != "city" {
		t.Fatalf("read back %+v, %v", es, err)
	}
}

func TestScopesTableLoads(t *testing.T) {
	s := defaultScopes()
	if s["oblast"] != "region" || s["raion"] != "district" {
		t.Fatalf("scopes %v", s)
	}
	if _, err := parseScopes("word\tscope\nregion\ttown\n", "s.tsv"); err == nil || !strings.Contains(err.Error(), "s.tsv:2") {
		t.Fatalf("bad scope: error %v", err)
	}
}

// A place variant followed by a US state or Canadian province is a town
// abroad, listed or not, and the batch pass sees it as protected.
func TestTownAbroadIsLeftAlone(t *testing.T) {
	g := preset(t, "ap")
	tests := []struct{ in, want string }{
		{"Odessa, Minnesota, has 130 people.", "Odessa, Minnesota, has 130 people."},
		{"Police in Odessa, Minn., said so.", "Police in Odessa, Minn., said so."},
		{"Odessa, New York is small.", "Odessa, New York is small."},
		{"In Odessa, Ukraine's port, sirens sounded.", "In Odesa, Ukraine's port, sirens sounded."},
		{"Odessa, Texans say, is windy.", "Odesa, Texans say, is windy."},
	}
	for _, tt := range tests {
		if got := clean(g, tt.in).Cleaned(); got != tt.want {
			t.Errorf("got  %q\nwant %q", got, tt.want)
		}
	}
	text := "Police in Odessa, Minn., said so."
	if !g.Protects(text, 10, 16) {
		t.Error("Protects misses Odessa, Minn.")
	}
}

package variants

import (
	"testing"

	"github.com/copydesk/copydesk/cleanup/names/namekey"
)

func TestParseWords(t *testing.T) {
	tests := []struct {
		name, text string
		ok         bool
	}{
		{"good", "word\trole\tnote\nPresident\ttitle\nal\tparticle\tArabic article\n", true},
		{"no header", "President\ttitle\n", false},
		{"unknown role", "word\trole\nPresident\tboss\n", false},
		{"twice, any case", "word\trole\nDe\tparticle\nde\tparticle\n", false},
	}
	for _, tt := range tests {
		if _, err := parseWords(tt.text, tt.name); (err == nil) != tt.ok {
			t.Errorf("%s: err = %v", tt.name, err)
		}
	}
	lx := defaultWords()
	for w, want := range map[string]string{"minister": roleTitle, "Bin": roleParticle, "MONDAY": roleStop, "Kyiv": roleUkraine, "Klymenko": ""} {
		if got := lx.role(w); got != want {
			t.Errorf("role(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestParseGiven(t *testing.T) {
	keys := namekey.Default()
	if _, err := parseGiven("ukrainian\trussian_route\nOleh\tOleg\nOleksii\tOleg\n", "t", keys); err == nil {
		t.Error("want an error for a spelling claimed by two rows")
	}
	g := defaultGiven()
	for _, p := range [][2]string{{"Oleh", "Oleg"}, {"Mykhailo", "Mikhail"}, {"Volodymyr", "Vladimir"}, {"Serhii", "Sergei"}} {
		if !g.same(keys, p[0], p[1]) {
			t.Errorf("%s and %s should be one given name", p[0], p[1])
		}
	}
	if g.same(keys, "Oleh", "Olha") {
		t.Error("Oleh and Olha are different names")
	}
	ks := []string{keys.Token("Oleg"), keys.Token("Oleg")}
	g.fold(ks)
	if ks[0] != keys.Token("Oleh") || ks[1] != keys.Token("Oleg") {
		t.Errorf("fold must change given names only, not the surname: %q", ks)
	}
}

func TestKMUChoice(t *testing.T) {
	tests := []struct {
		spellings []string
		want      int
	}{
		{[]string{"Igor Klimenko", "Ihor Klymenko"}, 1},
		{[]string{"Mikhail Fedorov", "Mykhailo Fedorov"}, 1},
		{[]string{"Volodymyr Zelenskyi", "Vladimir Zelensky"}, 0},
		{[]string{"Aleksandr Kubrakov", "Oleksandr Kubrakov"}, -1}, // no telling letters: majority decides
		{[]string{"Khaled al-Mishri", "Khalid al-Mishri"}, -1},
		{[]string{"Yuliya Svyrydenko", "Yuliia Svyrydenko"}, 1},
	}
	for _, tt := range tests {
		if got := kmuChoice(tt.spellings); got != tt.want {
			t.Errorf("kmuChoice(%q) = %d, want %d", tt.spellings, got, tt.want)
		}
	}
}

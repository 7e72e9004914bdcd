package namekey

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// A spelling listed again is a second reading: Keys gives the key first,
// then what a route would write.
func TestKeysListSecondReadings(t *testing.T) {
	tests := []struct {
		tok  string
		want []string // keys Keys must include, besides Token(tok)
	}{
		{"Zakharova", []string{Token("Sacharowa")}},
		{"Prigozhin", []string{Token("Prigoschin")}},
		{"Yevgeny", []string{Token("Jewgeni")}},
		{"Vyacheslav", []string{Token("Wjatscheslaw")}},
		{"Mikhail", []string{Token("Mijaíl"), Token("Michail")}},
		{"Benjamin", []string{Token("Benyamin")}},
		{"Guterres", []string{Token("Guteirish")}},
		{"Sergei", []string{Token("Sergej")}},
	}
	for _, tt := range tests {
		ks := Keys(tt.tok)
		if len(ks) == 0 || ks[0] != Token(tt.tok) {
			t.Errorf("Keys(%q) = %q: the first must be Token", tt.tok, ks)
		}
		for _, w := range tt.want {
			if !slices.Contains(ks, w) {
				t.Errorf("Keys(%q) = %q, missing %q", tt.tok, ks, w)
			}
		}
	}
	if ks := Keys("Blinken"); len(ks) != 1 {
		t.Errorf("Keys(Blinken) = %q: no letter of it has a second reading", ks)
	}
}

func TestParseTableSecondReadings(t *testing.T) {
	in := "spelling\tkey\troutes\nkh\tk\trussian\nkh\tx\tgerman\nkh\tj\tspanish\nkh\ts\tx\nkh\tt\ty\n"
	if _, err := ParseTable(strings.NewReader(in), "t.tsv"); err == nil || !strings.Contains(err.Error(), "t.tsv:6") {
		t.Errorf("five readings of one spelling: error %v, want one naming line 6", err)
	}
	tb, err := ParseTable(strings.NewReader("spelling\tkey\troutes\nkh\tk\trussian\nkh\tx\tgerman\n"), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if got := tb.Keys("kha"); strings.Join(got, ",") != "ka,xa" {
		t.Errorf("Keys(kha) = %q, want [ka xa]", got)
	}
	if tb.Token("kha") != "ka" {
		t.Errorf("Token(kha) = %q: the first row is the key", tb.Token("kha"))
	}
}

func FuzzKeys(f *testing.F) {
	for _, s := range []string{"Zakharova", "Yevgeny", "khkhkhkhkh", "yyyyyyyy", "Guterres", "Київ", "", "j"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		ks := Keys(tok)
		if len(ks) == 0 || len(ks) > MaxKeys {
			t.Fatalf("Keys(%q) gives %d keys", tok, len(ks))
		}
		if ks[0] != Token(tok) {
			t.Fatalf("Keys(%q)[0] = %q, Token gives %q", tok, ks[0], Token(tok))
		}
		if !utf8.ValidString(tok) {
			return
		}
		for _, k := range ks {
			if !utf8.ValidString(k) || strings.Contains(k, "aa") {
				t.Fatalf("Keys(%q) has %q", tok, k)
			}
		}
		// Diffs explains any two spellings with equal keys.
		if _, ok := Diffs(tok, tok); !ok && Token(tok) != "" {
			t.Fatalf("Diffs(%q, itself) failed", tok)
		}
	})
}

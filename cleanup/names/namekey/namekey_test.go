package namekey

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDefaultTableLoads(t *testing.T) {
	if Default() == nil || len(Default().byFirst) < 26 {
		t.Fatal("default table missing or short")
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		// Arabic route
		{"Rajab Tayyip Erdogan", "Recep Tayyip Erdoğan", true},
		{"Anthony Blinken", "Antony Blinken", true},
		{"Olga Stevanishina", "Olha Stefanishyna", true},
		{"Antonio Gutierrez", "António Guterres", true},
		{"Olaf Schulz", "Olaf Scholz", true},
		{"Muammar al-Qadhafi", "Muammar Gaddafi", true},
		{"Moammar Gadhafi", "Muammar Gaddafi", true},
		{"Mu'ammar Qadhdhafi", "Muammar Gaddafi", true},
		{"Muammar Al Gathafi", "Muammar Gaddafi", true},
		{"Mohammed bin Salman", "Muhammad ibn Salman", true},
		{"Abdulla", "Abdullah", true},
		// Russian route
		{"Dmitro Kuleba", "Dmytro Kuleba", true},
		{"Igor Klimenko", "Ihor Klymenko", true},
		{"Volodymyr Zelensky", "Volodymyr Zelenskyy", true},
		{"Vladimir Zelenskiy", "Vladimir Zelenskyi", true},
		{"Mikhailo", "Mykhailo", true},
		{"Wolodymyr Selenskyj", "Volodymyr Zelenskyy", true},
		// different people, different names
		{"Mohammed bin Salman", "Mohammed bin Zayed", false},
		{"Kim Jong Un", "Kim Jong Il", false},
		{"Mahmoud Abbas", "Mahmoud Abbasi", false},
		{"Vitali Klitschko", "Wladimir Klitschko", false},
		{"Mikhail", "Mykhailo", false},
		{"Ali Khamenei", "Ali Larijani", false},
		{"Olaf Scholz", "Olaf Scholz Jr", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := Same(tt.a, tt.b); got != tt.same {
			t.Errorf("Same(%q, %q) = %v, want %v (keys %q vs %q)", tt.a, tt.b, got, tt.same, Name(tt.a), Name(tt.b))
		}
	}
}

func TestTokenKeys(t *testing.T) {
	tests := []struct{ tok, key string }{
		{"Blinken", "blanka n"},
		{"Stefanishyna", "stafanaxana"},
		{"Erdoğan", "artakan"},
		{"al", ""},
		{"BIN", "bn"},
		{"Kyiv", "kaf"},
		{"Київ", "kиїв"},
	}
	for _, tt := range tests {
		want := strings.ReplaceAll(tt.key, " ", "")
		if tt.tok == "Київ" {
			want = "київ"
		}
		if got := Token(tt.tok); got != want {
			t.Errorf("Token(%q) = %q, want %q", tt.tok, got, want)
		}
	}
}

func TestDiffsExplainTheRoute(t *testing.T) {
	tests := []struct {
		from, to string
		routes   []string
		diffs    int
	}{
		{"Rajab", "Recep", []string{"arabic"}, 4},
		{"Anthony", "Antony", []string{"arabic"}, 1},
		{"Olga", "Olha", []string{"russian"}, 1},
		{"Dmitro", "Dmytro", []string{"russian"}, 1},
		{"Stevanishina", "Stefanishyna", []string{"arabic", "russian"}, 2},
	}
	for _, tt := range tests {
		d, ok := Diffs(tt.from, tt.to)
		if !ok {
			t.Errorf("Diffs(%q, %q): keys differ", tt.from, tt.to)
			continue
		}
		if len(d) != tt.diffs {
			t.Errorf("Diffs(%q, %q) = %+v, want %d differences", tt.from, tt.to, d, tt.diffs)
		}
		got := Routes(d)
		for _, r := range tt.routes {
			if !slices.Contains(got, r) {
				t.Errorf("Diffs(%q, %q) routes %v, missing %s", tt.from, tt.to, got, r)
			}
		}
	}
	if _, ok := Diffs("Abbas", "Abbasi"); ok {
		t.Error("Diffs(Abbas, Abbasi) should report different keys")
	}
}

func TestParseTableErrorsNameTheLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"spelling\tkey\troutes\tnote\np\n", "bad.tsv:2:"},
		{"letter\tkey\troutes\n", "bad.tsv:1: header"},
		{"# only a comment\n", "no header"},
		{"spelling\tkey\troutes\n\tb\tarabic\n", "bad.tsv:2: empty"},
	}
	for _, tt := range tests {
		_, err := ParseTable(strings.NewReader(tt.in), "bad.tsv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseTable(%q) error %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestTokenAgreesWithSegments(t *testing.T) {
	for _, tok := range []string{"Blinken", "Stefanishyna", "Erdoğan", "al", "BIN", "Abdullah", "Recep", "Selenskyj", "Київ", "Mu'ammar", "Qadhdhafi", "Shcherbak", "Alexander", "Ñandú", "x", ""} {
		if got, want := Token(tok), Default().segmentKey(tok); got != want {
			t.Errorf("Token(%q) = %q, segments give %q", tok, got, want)
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"Blinken", "Erdoğan", "Mu'ammar", "Київ", "h", "ah", "c", "Ce"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		k := Token(tok)
		if got := Default().segmentKey(tok); got != k {
			t.Fatalf("Token(%q) = %q, segments give %q", tok, k, got)
		}
		if !utf8.ValidString(tok) {
			return
		}
		if !utf8.ValidString(k) {
			t.Fatalf("Token(%q) = %q is not valid UTF-8", tok, k)
		}
		if Token(k) != Token(k) || strings.Contains(k, "aa") {
			t.Fatalf("Token(%q) = %q has an unmerged vowel run", tok, k)
		}
	})
}

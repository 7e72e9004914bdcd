package romanize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"

	"github.com/copydesk/copydesk/assets"
)

func load(t testing.TB, name string) *Scheme {
	t.Helper()
	s, err := Load(assets.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestWord(t *testing.T) {
	uk, ru := load(t, "uk_kmu2010"), load(t, "ru_bgn_pcgn")
	tests := []struct {
		s    *Scheme
		in   string
		want string
	}{
		{uk, "Ігор", "Ihor"},
		{uk, "Клименко", "Klymenko"},
		{uk, "Михайло", "Mykhailo"},
		{uk, "Зеленський", "Zelenskyi"},
		{uk, "Юлія", "Yuliia"},
		{uk, "Згурський", "Zghurskyi"},
		{uk, "Їжакевич", "Yizhakevych"},
		{uk, "Знам'янка", "Znamianka"},
		{uk, "Шевченко", "Shevchenko"},
		{uk, "ЗЕЛЕНСЬКИЙ", "ZELENSKYI"},
		{uk, "Стефанішина", "Stefanishyna"},
		{ru, "Игорь", "Igor"},
		{ru, "Лавров", "Lavrov"},
		{ru, "Сергеев", "Sergeyev"},
		{ru, "Елена", "Yelena"},
		{ru, "Пётр", "Pëtr"},
		{ru, "Ёлкин", "Yëlkin"},
		{ru, "Дмитрий", "Dmitriy"},
		{ru, "Шойгу", "Shoygu"},
		{ru, "Хрущёв", "Khrushchëv"},
		{ru, "Мария-Елена", "Mariya-Yelena"},
	}
	for _, tt := range tests {
		got, ok := tt.s.Word(tt.in)
		if !ok || got != tt.want {
			t.Errorf("%s %q = %q, %v; want %q", tt.s.Name, tt.in, got, ok, tt.want)
		}
	}
}

func TestWordRefusesUnknownLetters(t *testing.T) {
	ru := load(t, "ru_bgn_pcgn")
	for _, w := range []string{"Їжак", "Ґалаґан", "Лукашэнка ў"} {
		if got, ok := ru.Word(w); ok {
			t.Errorf("ru %q = %q, want refusal (letter not in the Russian table)", w, got)
		}
	}
}

func TestLangOf(t *testing.T) {
	tests := map[string]Lang{
		"Київ": Ukrainian, "Ґалаґан": Ukrainian, "Єрмак": Ukrainian,
		"Хрущёв": Russian, "Крылов": Russian, "Эрнст": Russian,
		"Клименко": Unknown, "Москва": Unknown, "Kyiv": Unknown,
	}
	for w, want := range tests {
		if got := LangOf(w); got != want {
			t.Errorf("LangOf(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(assets.FS, "no_such_scheme"); err == nil {
		t.Error("want an error for a missing scheme")
	}
}

// TestKMUExamples checks the official examples of the KMU 2010 resolution
// (from the shared corpus table) word by word.
func TestKMUExamples(t *testing.T) {
	b := sharedtest.ReadFile(t, "corpus/names/translit/uk_kmu2010.tsv")
	uk := load(t, "uk_kmu2010")
	n := 0
	for _, line := range strings.Split(string(b), "\n")[1:] {
		f := strings.Split(line, "\t")
		if len(f) < 5 || f[3] == "" {
			continue
		}
		cw, lw := strings.Fields(f[3]), strings.Fields(f[4])
		for i := range cw {
			got, ok := uk.Word(cw[i])
			if !ok || i >= len(lw) || got != lw[i] {
				t.Errorf("%q = %q, want %q", cw[i], got, lw)
			}
			n++
		}
	}
	t.Logf("%d KMU example words", n)
}

func FuzzWord(f *testing.F) {
	uk, ru := load(f, "uk_kmu2010"), load(f, "ru_bgn_pcgn")
	for _, s := range []string{"Ігор", "Хрущёв", "ЗГА", "аЕё", "Ї'ї", "x\xffя"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for _, s := range []*Scheme{uk, ru} {
			out, ok := s.Word(w)
			if !ok {
				continue
			}
			if utf8.ValidString(w) && !utf8.ValidString(out) {
				t.Fatalf("%s(%q) = invalid UTF-8 %q", s.Name, w, out)
			}
			for _, r := range out {
				if IsCyrillic(r) {
					t.Fatalf("%s(%q) = %q still has Cyrillic", s.Name, w, out)
				}
			}
		}
	})
}

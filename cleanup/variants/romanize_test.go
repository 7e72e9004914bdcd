package variants

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/names"
	"github.com/copydesk/copydesk/cleanup/style"
)

func TestRomanize(t *testing.T) {
	ap, err := style.Load("ap")
	if err != nil {
		t.Fatal(err)
	}
	noRussian := *ap
	noRussian.RomanizeRussian = ""
	tests := []struct {
		name string
		st   *style.Style
		text string
		want []string // original→replacement (state)
	}{
		{"Ukrainian letters and a title, English line: applied", ap,
			"Interior minister Ігор Клименко said the police were ready.",
			[]string{"Ігор Клименко→Ihor Klymenko (applied)"}},
		{"Russian letters and a title, English line: applied", ap,
			"The envoy met Ambassador Пётр Толстой in Moscow.",
			[]string{"Пётр Толстой→Pëtr Tolstoy (applied)"}},
		{"a full name on capitals alone: suggested", ap,
			"The envoy met Пётр Толстой in Moscow.",
			[]string{"Пётр Толстой→Pëtr Tolstoy (suggested)"}},
		{"no telling letters: the article's places decide, but only a suggestion", ap,
			"Ukraine's minister Михайло Федоров spoke in Kyiv about Ukraine.",
			[]string{"Михайло Федоров→Mykhailo Fedorov (suggested)"}},
		{"no telling letters, no context: suggested as Russian", ap,
			"The minister Михаил Федоров spoke.",
			[]string{"Михаил Федоров→Mikhail Fedorov (suggested)"}},
		{"quote of source text: nothing inside the quote, the name after it suggested", ap,
			"The governor wrote on Telegram on Monday that the lights were back:\n«Ми відновимо Харків», — сказав Ігор Клименко.",
			[]string{"Ігор Клименко→Ihor Klymenko (suggested)"}},
		{"one word in an English line, no evidence: a label, left alone", ap,
			"The page still said Аккаунт at the top.", nil},
		{"a slogan in guillemets is no name", ap,
			"Protesters held banners reading «Україна Переможе» and «Ні Війні».", nil},
		{"a Russian slogan in quotation marks is no name", ap,
			"A woman held a sign reading \"Нет Войне\" and “Миру Мир” near the Kremlin.", nil},
		{"an article in Russian is left alone", ap,
			"Министр Сергей Лавров заявил в понедельник, что переговоры продолжатся.", nil},
		{"style without Russian romanization", &noRussian,
			"The envoy met Пётр Толстой and Ігор Клименко.",
			[]string{"Ігор Клименко→Ihor Klymenko (suggested)"}},
		{"no style: nothing", nil, "Interior minister Ігор Клименко spoke.", nil},
		{"lower-case Cyrillic is not a name", ap, "The sign read вихід only.", nil},
	}
	for _, tt := range tests {
		a := cleanup.NewArticle("a.txt", tt.text)
		run(t, New(names.NewGlossary(), tt.st), []*cleanup.Article{a})
		var got []string
		for _, c := range a.Changes() {
			if c.Rule != RuleRomanize {
				t.Errorf("%s: unexpected rule %s", tt.name, c.Rule)
			}
			got = append(got, c.Original+"→"+c.Replacement+" ("+c.State.String()+")")
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// Evidence from the house glossary and from the batch's Latin spellings
// decides the spelling and lets a name be applied even inside quotes.
func TestRomanizeEvidence(t *testing.T) {
	gl, st := houseGlossary(t)
	tests := []struct {
		name string
		docs []string
		want []string
	}{
		{"glossary: the house spelling, not the scheme's", []string{
			"Ukraine's President Володимир Зеленський said the talks in Kyiv were useful."},
			[]string{"Володимир Зеленський→Volodymyr Zelenskyy (applied)"}},
		{"glossary, quoted: a known name in quotes is still a name", []string{
			"Crowds chanted «Володимир Зеленський» outside the hall in Kyiv."},
			[]string{"Володимир Зеленський→Volodymyr Zelenskyy (applied)"}},
		{"same person in Latin letters in another article of the batch", []string{
			"Oleksandra Hnatiuk opened the exhibition.",
			"Later Олександра Гнатюк told reporters the hall was full."},
			[]string{"Олександра Гнатюк→Oleksandra Hnatiuk (applied)"}},
		{"a Russian phrase never takes Ukrainian rules, even in a Ukrainian article", []string{
			"In Kyiv, Ukraine, a poster read «Нет Войне» beside Ukraine's flag."}, nil},
	}
	for _, tt := range tests {
		var as []*cleanup.Article
		for _, d := range tt.docs {
			as = append(as, cleanup.NewArticle("a.txt", d))
		}
		run(t, New(gl, st), as)
		var got []string
		for _, a := range as {
			for _, c := range a.Changes() {
				got = append(got, c.Original+"→"+c.Replacement+" ("+c.State.String()+")")
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

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
		{"Ukrainian letters, English line: applied", ap,
			"Interior minister Ігор Клименко said the police were ready.",
			[]string{"Ігор Клименко→Ihor Klymenko (applied)"}},
		{"Russian letters, English line: applied", ap,
			"The envoy met Пётр Толстой in Moscow.",
			[]string{"Пётр Толстой→Pëtr Tolstoy (applied)"}},
		{"no telling letters: the article's context decides", ap,
			"Ukraine's minister Михайло Федоров spoke in Kyiv about Ukraine.",
			[]string{"Михайло Федоров→Mykhailo Fedorov (applied)"}},
		{"no telling letters, no context: suggested as Russian", ap,
			"The minister Михаил Федоров spoke.",
			[]string{"Михаил Федоров→Mikhail Fedorov (suggested)"}},
		{"quote of source text: suggested, sentence opener skipped", ap,
			"The governor wrote on Telegram on Monday that the lights were back:\n«Ми відновимо Харків», — сказав Ігор Клименко.",
			[]string{"Харків→Kharkiv (suggested)", "Ігор Клименко→Ihor Klymenko (suggested)"}},
		{"one word in an English line: suggested", ap,
			"The page still said Аккаунт at the top.",
			[]string{"Аккаунт→Akkaunt (suggested)"}},
		{"an article in Russian is left alone", ap,
			"Министр Сергей Лавров заявил в понедельник, что переговоры продолжатся.", nil},
		{"style without Russian romanization", &noRussian,
			"The envoy met Пётр Толстой and Ігор Клименко.",
			[]string{"Ігор Клименко→Ihor Klymenko (applied)"}},
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

package variants

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/names"
)

// FuzzBatch splits the input at \x00 into articles and checks the
// invariants: no panic, valid UTF-8, a clean change log, revert-all gives
// the originals, and a second run over the cleaned texts applies nothing.
func FuzzBatch(f *testing.F) {
	for _, s := range []string{
		"Minister Ihor Klymenko spoke.\x00Igor Klimenko's office said so. Klimenko left.",
		"Interior minister Ігор Клименко said «Харків» Ёлкин.\x00Al-Mishri and Khaled al-Mishri.",
		"Mohammed bin Salman\x00Mohammed bin Zayed\x00Kim Jong Un Kim Jong Il",
		"O'Brien's al- bin\x00'\x00Знам'янка Згурський\x00\xff Ab\u0301bas",
	} {
		f.Add(s)
	}
	_, st := houseGlossary(f)
	f.Fuzz(batchInvariants(New(names.NewGlossary(), st)))
}

// FuzzBatchHouse is FuzzBatch with the AP glossary, whose names are the
// evidence for romanizing and whose spellings and protected phrases
// suggestions must respect.
func FuzzBatchHouse(f *testing.F) {
	for _, s := range []string{
		"President Володимир Зеленський spoke in Kyiv.\x00«Україна Переможе» «Нет Войне» \"Ні Війні\"",
		"Odessa, Texas police.\x00The port of Odesa. Odesa again.",
		"Then Dmitri Peskow spoke. Dmitri Peskow left.\x00Then Peskov said no.",
		"Oleksandra Hnatiuk opened it.\x00Олександра Гнатюк «Олександра Гнатюк»",
	} {
		f.Add(s)
	}
	gl, st := houseGlossary(f)
	f.Fuzz(batchInvariants(New(gl, st)))
}

func batchInvariants(p *Pass) func(t *testing.T, in string) {
	return func(t *testing.T, in string) {
		var as []*cleanup.Article
		for i, s := range strings.Split(in, "\x00") {
			as = append(as, cleanup.NewArticle(string(rune('a'+i%26)), s))
		}
		run(t, p, as)
		again := make([]*cleanup.Article, len(as))
		for i, a := range as {
			if !utf8.ValidString(a.Cleaned()) {
				t.Fatalf("invalid UTF-8: %q", a.Cleaned())
			}
			again[i] = cleanup.NewArticle(a.Source, a.Cleaned())
		}
		run(t, p, again)
		for _, a := range again {
			if applied, _ := a.Counts(); applied > 0 {
				t.Fatalf("second run applied %d changes to %q: %+v", applied, a.Original(), a.Changes())
			}
		}
		for _, a := range as {
			a.RevertAll()
			if a.Cleaned() != a.Original() {
				t.Fatalf("revert-all differs from the original %q", a.Original())
			}
		}
	}
}

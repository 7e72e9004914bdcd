package names

import (
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

func FuzzGlossaryPass(f *testing.F) {
	for _, s := range []string{
		"Talks in Kiev; Kharkov's mayor and KIEV.",
		"Rajab Tayyip Erdogan met Olga Stevanishina in Odessa, Texas.",
		"al-Qaeda al Qaeda Al-Qaeda http://kiev.ua/Kiev chicken Kiev",
		"Mu'ammar al-Qadhafi — Mohammed bin Salman, Kim Jong-un",
		"Kyіv \u0301Kiev'\u2019s Kiev-\nLvov",
	} {
		f.Add(s)
	}
	g := preset(f, "ap")
	f.Fuzz(func(t *testing.T, text string) {
		a := cleanup.NewArticle("fuzz", text)
		d := a.NewDraft()
		NewGlossaryPass(g).Run(d)
		d.Commit()
		checkInvariants(t, g, a)
	})
}

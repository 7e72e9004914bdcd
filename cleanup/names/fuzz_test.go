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
		"Blinkin: talks\nAntony Blinken said. Blinkin, Rutee and Starmar left.",
		"Kirovohrad region, Kirovohrad Oblast, city of Kirovohrad- Artemivsk",
		"Premier Benyamin Netanyaho met Jewgeni Prigoschin and Masoud Barzani, Nechirvan Barsani.",
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

// Protects and House take any text and any span without panicking, and
// Protects never claims a span outside the text.
func FuzzEvidence(f *testing.F) {
	f.Add("Odessa, Texas is far from Odessa.", 0, 6)
	f.Add("He ordered chicken Kiev in Kiev.", 19, 23)
	f.Add("Volodymyr Zelenskyi", -1, 400)
	g := preset(f, "ap")
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if g.Protects(text, start, end) && (start < 0 || end > len(text) || start > end) {
			t.Fatalf("Protects(%q, %d, %d) outside the text", text, start, end)
		}
		if h, ok := g.House(text); ok && h == "" {
			t.Fatalf("House(%q) found an empty spelling", text)
		}
	})
}

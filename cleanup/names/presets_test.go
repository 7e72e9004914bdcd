package names

import (
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
)

// preset loads the shipped glossary layers of a house style.
func preset(t testing.TB, style string) *Glossary {
	t.Helper()
	var layers [][]Entry
	for _, name := range []string{"glossary/common.tsv", "glossary/" + style + ".tsv"} {
		f, err := assets.FS.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		es, err := ReadGlossary(f, name)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		layers = append(layers, es)
	}
	return NewGlossary(layers...)
}

func TestShippedGlossariesParse(t *testing.T) {
	for _, name := range []string{"common", "ap", "bbc", "reuters"} {
		f, err := assets.FS.Open("glossary/" + name + ".tsv")
		if err != nil {
			t.Fatal(err)
		}
		es, err := ReadGlossary(f, name+".tsv")
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if name == "common" && len(es) < 400 {
			t.Errorf("common.tsv has %d entries, want 400+", len(es))
		}
	}
}

func TestHouseStylesDiffer(t *testing.T) {
	in := "Zelensky met Gadhafi's son; al-Qaeda and Kiev."
	want := map[string]string{
		"ap":      "Zelenskyy met Gadhafi's son; al-Qaida and Kyiv.",
		"bbc":     "Zelensky met Gaddafi's son; al-Qaeda and Kyiv.",
		"reuters": "Zelenskiy met Gaddafi's son; al Qaeda and Kyiv.",
	}
	for style, w := range want {
		g := preset(t, style)
		a := clean(g, in)
		if got := a.Cleaned(); got != w {
			t.Errorf("%s: got %q, want %q", style, got, w)
		}
		checkInvariants(t, g, a)
	}
}

// The user's real scraped article: only the four names may change.
func TestGenevaSample(t *testing.T) {
	b := sharedtest.ReadFile(t, "samples/geneva-talks-arabic-route.txt")
	g := preset(t, "ap")
	a := clean(g, string(b))
	checkInvariants(t, g, a)
	var got []string
	for _, c := range a.Changes() {
		if c.State != cleanup.Applied {
			t.Errorf("unexpected %s change %q → %q", c.State, c.Original, c.Replacement)
			continue
		}
		got = append(got, c.Original+" → "+c.Replacement)
		t.Logf("%s: %s", c.Rule, c.Note)
	}
	sort.Strings(got)
	want := []string{
		"Anthony Blinken → Antony Blinken",
		"Kiev → Kyiv",
		"Mikhailo → Mykhailo",
		"Olga Stevanishina → Olha Stefanishyna",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Every other word survives: remove the four names from both texts and compare.
	strip := func(s string, names ...string) string {
		for _, n := range names {
			s = strings.ReplaceAll(s, n, "")
		}
		return s
	}
	if strip(string(b), "Anthony Blinken", "Kiev", "Mikhailo", "Olga Stevanishina") !=
		strip(a.Cleaned(), "Antony Blinken", "Kyiv", "Mykhailo", "Olha Stefanishyna") {
		t.Error("text outside the four names changed")
	}
}

// Without any variant listed, the fuzzy key alone must still find the
// sample's two people.
func TestGenevaSampleFuzzyOnly(t *testing.T) {
	b := sharedtest.ReadFile(t, "samples/geneva-talks-arabic-route.txt")
	g := NewGlossary([]Entry{
		{Canonical: "Antony Blinken", Variants: []string{"Antony J. Blinken"}, Kind: "person", Basis: "own spelling"},
		{Canonical: "Olha Stefanishyna", Variants: []string{"Olha Stefanishyna-Kruk"}, Kind: "person", Basis: "KMU 2010"},
	})
	out := clean(g, string(b)).Cleaned()
	for _, w := range []string{"Antony Blinken", "Olha Stefanishyna"} {
		if !strings.Contains(out, w) {
			t.Errorf("fuzzy key missed %s", w)
		}
	}
}

package fieldeval

import (
	"path/filepath"
	"strings"
	"testing"
)

// fieldSetRoot is the field set, from this package's folder.
var fieldSetRoot = filepath.Join("..", "..", "testdata", "fieldset")

// The set's promised size: at least minSetArticles articles, about a third
// of them frozen.
const (
	minSetArticles   = 60
	minFrozenPercent = 30
	maxFrozenPercent = 40
)

// TestFieldSetLabels loads the whole field set and checks every labels file
// against its input (CheckInput) and the set's size and split. It does not
// run the engine or look at scores.
func TestFieldSetLabels(t *testing.T) {
	articles := map[string]int{}
	for _, part := range Parts {
		cases, err := LoadPart(fieldSetRoot, part)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			for _, in := range c.Inputs {
				n, problems := CheckInput(in)
				for _, p := range problems {
					t.Error(p)
				}
				articles[part] += n
			}
		}
	}
	total := articles["dev"] + articles["frozen"]
	if total < minSetArticles {
		t.Errorf("field set has %d articles, want at least %d", total, minSetArticles)
	}
	if p := 100 * articles["frozen"] / max(total, 1); p < minFrozenPercent || p > maxFrozenPercent {
		t.Errorf("frozen holds %d %% of the articles, want %d–%d %%", p, minFrozenPercent, maxFrozenPercent)
	}
}

// TestCheckInputFindsBadLabels: the check catches what it is there for.
func TestCheckInputFindsBadLabels(t *testing.T) {
	cases, err := LoadPart("testdata", "badlabels")
	if err != nil {
		t.Fatal(err)
	}
	_, problems := CheckInput(cases[0].Inputs[0])
	got := strings.Join(problems, "\n")
	for _, want := range []string{
		`debris "Share this artcle" does not occur`,
		`keep "Odesa, Texas" does not occur`,
		`fix WRONG "Blinkn" does not occur`,
		`fix RIGHT "Antony Blinkin Jr" holds WRONG "Blinkin"`,
		// 8 words of the sentence and 3 of the mislabelled share line
		"has 11 words of article text, want 150 to 500",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems do not report %q:\n%s", want, got)
		}
	}
	if len(problems) != 5 {
		t.Errorf("%d problems, want 5:\n%s", len(problems), got)
	}
}

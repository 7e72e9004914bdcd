package fieldeval

import (
	"testing"
)

// TestScoreCaseThroughEngine runs a two-input case (text and HTML) through
// the real engine. It checks what the labels fix (planted counts, that each
// input was loaded), not how well today's engine does.
func TestScoreCaseThroughEngine(t *testing.T) {
	cases, err := LoadPart("testdata", "case")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 1 || len(cases[0].Inputs) != 2 {
		t.Fatalf("loaded %+v", cases)
	}
	for _, r := range Runs {
		s, err := ScoreCases(r, cases)
		if err != nil {
			t.Fatal(err)
		}
		// one debris row per input; one fix; content: 2 text lines (the third is debris) + 3 HTML rows + 1 headline
		if s.Debris != 2 || s.Fixes != 1 || s.Content != 6 {
			t.Errorf("%s: planted debris %d fixes %d content %d, want 2 1 6", r.Name, s.Debris, s.Fixes, s.Content)
		}
	}
}

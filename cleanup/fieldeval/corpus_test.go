package fieldeval

import (
	"testing"
)

func TestLineScoreAdd(t *testing.T) {
	original := "Home World\nPort reopens after storm\nThe port reopened on Monday.\nShips began to enter.\nWorld\nMost read\nCopyright 2025 Example"
	gold := "Port reopens after storm\n\nThe port reopened on Monday.\nShips began to enter.\n\nWorld"
	tests := []struct {
		name, cleaned string
		want          LineScore
	}{
		// boilerplate: "Home World", "Most read", "Copyright 2025 Example";
		// article: the headline, the two sentences and "World", a whole gold line
		{"nothing removed", original, LineScore{Boilerplate: 3, Left: 3, ArticleLines: 4}},
		{"perfect", "Port reopens after storm\nThe port reopened on Monday.\nShips began to enter.\nWorld", LineScore{Boilerplate: 3, ArticleLines: 4}},
		{"headline lost, menu left", "Home World\nThe port reopened on Monday.\nShips began to enter.\nWorld", LineScore{Boilerplate: 3, Left: 1, ArticleLines: 4, LostLines: 1}},
		{"a boilerplate line cut short is caught", "Copyright\nPort reopens after storm\nThe port reopened on Monday.\nShips began to enter.\nWorld", LineScore{Boilerplate: 3, ArticleLines: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ls LineScore
			ls.add(original, tt.cleaned, gold)
			if ls != tt.want {
				t.Errorf("got %+v, want %+v", ls, tt.want)
			}
		})
	}
}

func TestLineScoreFoldsTypography(t *testing.T) {
	var ls LineScore
	ls.add("Most “read” — today\nThe port reopened on Monday.", `Most "read" - today`+"\nThe port reopened on Monday.", "The port reopened on Monday.")
	if want := (LineScore{Boilerplate: 1, Left: 1, ArticleLines: 1}); ls != want {
		t.Errorf("got %+v, want %+v: a line with straightened quotes is still there", ls, want)
	}
}

// TestScoreCorpusLinesThroughEngine runs one tiny page in the ScrapingHub
// layout through the engine; it checks the labelling (fixed by the page
// and its gold text), not today's catch rate.
func TestScoreCorpusLinesThroughEngine(t *testing.T) {
	p, err := Runs[0].Pipeline()
	if err != nil {
		t.Fatal(err)
	}
	ls, err := ScoreCorpusLines(p, "testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	// article: two sentences and the footer's "World" (a whole gold line);
	// boilerplate: the menu, the headline (not in this gold text), "Most
	// read", the teaser, the copyright line
	if ls.Pages != 1 || ls.ArticleLines != 3 || ls.Boilerplate < 4 {
		t.Errorf("labelled %+v, want 1 page, 3 article lines, at least 4 boilerplate lines", ls)
	}
	if ls.Left > ls.Boilerplate || ls.LostLines > ls.ArticleLines {
		t.Errorf("counts out of range: %+v", ls)
	}
}

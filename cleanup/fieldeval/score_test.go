package fieldeval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// edit is a simulated engine change: the first occurrence of find becomes
// repl.
type edit struct {
	find, repl string
	cat        cleanup.Category
	rule       string
	state      cleanup.State
}

func del(find string) edit {
	return edit{find: find, cat: cleanup.CatDebris, rule: "debris.test"}
}

func name(find, repl string) edit {
	return edit{find: find, repl: repl, cat: cleanup.CatNames, rule: "names.test"}
}

// scoreSynthetic loads a file of testdata/score, applies the edits as an
// engine would and scores it.
func scoreSynthetic(t *testing.T, file, style string, edits []edit) *Score {
	t.Helper()
	path := filepath.Join("testdata", "score", file)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := ReadLabelsFile(path + LabelsSuffix)
	if err != nil {
		t.Fatal(err)
	}
	a := cleanup.NewArticle(path, string(data))
	a.Format = "txt"
	for _, e := range edits {
		i := strings.Index(a.Original(), e.find)
		if i < 0 {
			t.Fatalf("%q not in %s", e.find, file)
		}
		if _, err := a.Add(cleanup.Change{Start: i, End: i + len(e.find), Replacement: e.repl, Rule: e.rule, Category: e.cat, State: e.state}); err != nil {
			t.Fatal(err)
		}
	}
	return ScoreInput(file, l, []*cleanup.Article{a}, style)
}

func TestScoreInput(t *testing.T) {
	perfect := []edit{del("Home » World\n"), del("Share this article\nTags: Odessa, Texas\n"), name("Blinkin", "Blinken")}
	// a keep TEXT inside a debris line may go with it: "perfect" removes "Tags: Odessa, Texas"
	tests := []struct {
		name, file, style string
		edits             []edit
		want              map[Kind]int
	}{
		{"perfect", "article.txt", "ap", perfect, nil},
		{"nothing done: a menu item inside a left-in line is that line's miss", "article.txt", "ap", nil, map[Kind]int{KindDebris: 3, KindUnfixed: 1}},
		{"a menu item left alone is its own miss", "article.txt", "ap",
			[]edit{{find: "Home » ", repl: "", cat: cleanup.CatDebris, rule: "debris.test"}, del("Share this article\nTags: Odessa, Texas\n"), name("Blinkin", "Blinken")},
			map[Kind]int{KindDebris: 1}},
		{"debris row matches the whole line only as words", "article.txt", "ap",
			[]edit{del("Home » World\n"), del("Share this article\nTags: Odessa, Texas\n"), name("Blinkin", "Blinken"), {find: "watched", repl: "Share this articles", cat: cleanup.CatManual, rule: "manual"}},
			map[Kind]int{KindLost: 0}},
		{"a style-limited fix counts only for its style", "article.txt", "bbc", perfect, map[Kind]int{KindUnfixed: 1}},
		{"a name change over a keep is one wrong change", "article.txt", "ap",
			append([]edit{name("Odessa", "Odesa")}, perfect...), map[Kind]int{KindWrong: 1}},
		{"a suggestion over a keep", "article.txt", "ap",
			append([]edit{{find: "Odessa", repl: "Odesa", cat: cleanup.CatNames, rule: "names.variant", state: cleanup.Suggested}}, perfect...),
			map[Kind]int{KindSuggestion: 1}},
		{"a suggestion over a fix RIGHT", "headline.txt", "ap",
			[]edit{del("Home > News\n"), name("Blinkin", "Blinken"), {find: "Blinken said", repl: "Blinkin said", cat: cleanup.CatNames, rule: "names.variant", state: cleanup.Suggested}},
			map[Kind]int{KindSuggestion: 1}},
		{"a fix to the wrong spelling", "article.txt", "ap",
			[]edit{del("Home » World\n"), del("Share this article\nTags: Odessa, Texas\n"), name("Blinkin", "Blinkan")},
			map[Kind]int{KindUnfixed: 1}},
		{"an uncovered name change is wrong", "article.txt", "ap",
			append([]edit{name("news", "newz")}, perfect...), map[Kind]int{KindWrong: 1}},
		{"typography is the house style, not wrong", "article.txt", "ap",
			append([]edit{{find: "Minister", repl: "Minister", cat: cleanup.CatUnicode, rule: "typography.quotes"}}, perfect...), nil},
		{"an applied unicode change no fix covers", "article.txt", "ap",
			append([]edit{{find: "news", repl: "nеws", cat: cleanup.CatUnicode, rule: "unicode.homoglyph"}}, perfect...), map[Kind]int{KindWrong: 1}},
		{"content line removed", "article.txt", "ap",
			[]edit{del("Home » World\n"), del("Share this article\nTags: Odessa, Texas\n"), del("Minister Antony Blinkin said the talks were useful.\n")},
			map[Kind]int{KindLost: 1, KindUnfixed: 1}},
		{"content line keeps 6 of 7 words (>= 80 %)", "article.txt", "ap",
			append([]edit{{find: " the news", repl: " news", cat: cleanup.CatManual, rule: "manual"}}, perfect...), nil},
		{"content line keeps 5 of 7 words (< 80 %)", "article.txt", "ap",
			append([]edit{{find: " the news", repl: "", cat: cleanup.CatManual, rule: "manual"}}, perfect...), map[Kind]int{KindLost: 1}},
		{"debris removed with the line after it", "article.txt", "ap",
			[]edit{del("Home » World\nMinister Antony Blinkin said the talks were useful.\n"), del("Share this article\nTags: Odessa, Texas\n")},
			map[Kind]int{KindLost: 1, KindUnfixed: 1}},
		{"clean input untouched", "clean.txt", "ap", nil, nil},
		{"clean input changed", "clean.txt", "ap",
			[]edit{{find: "Monday", repl: "Tuesday", cat: cleanup.CatWhitespace, rule: "whitespace.test"}}, map[Kind]int{KindWrong: 1}},
		{"spelling change listed apart", "article.txt", "ap",
			append([]edit{{find: "talks", repl: "talkz", cat: "spelling", rule: "spelling.us"}}, perfect...), map[Kind]int{KindSpelling: 1}},
		{"spelling change on a clean input is wrong", "clean.txt", "ap",
			[]edit{{find: "council", repl: "counsel", cat: "spelling", rule: "spelling.us"}}, map[Kind]int{KindSpelling: 1, KindWrong: 1}},
		{"headline fixed", "headline.txt", "ap", []edit{del("Home > News\n"), name("Blinkin", "Blinken")}, nil},
		{"debris left above the headline is debris, not a lost headline", "headline.txt", "ap", []edit{name("Blinkin", "Blinken")}, map[Kind]int{KindDebris: 1}},
		{"headline not fixed is a name miss, not a lost headline", "headline.txt", "ap", []edit{del("Home > News\n")}, map[Kind]int{KindUnfixed: 1}},
		{"headline cut short", "headline.txt", "ap", []edit{del("Home > News\n"), name("Blinkin", "Blinken"), {find: " were useful\n\nAntony", repl: "\n\nAntony", cat: cleanup.CatManual, rule: "manual"}},
			map[Kind]int{KindLost: 1}},
		// the headline's words all occur in the body line, so only the headline row counts
		{"headline removed", "headline.txt", "ap", []edit{del("Home > News\nBlinkin: talks were useful\n\n")}, map[Kind]int{KindLost: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := scoreSynthetic(t, tt.file, tt.style, tt.edits)
			for _, k := range Kinds {
				if s.Count[k] != tt.want[k] {
					t.Errorf("%s = %d, want %d; misses %v", k, s.Count[k], tt.want[k], s.Misses)
				}
			}
		})
	}
}

func TestPlantedCounts(t *testing.T) {
	s := scoreSynthetic(t, "article.txt", "ap", nil)
	// 2 content lines, 4 debris rows, 1 fix for AP (the other is BBC only)
	if s.Debris != 4 || s.Fixes != 1 || s.Content != 2 {
		t.Errorf("planted debris %d fixes %d content %d, want 4 1 2", s.Debris, s.Fixes, s.Content)
	}
}

func TestOccurrencesWholeWords(t *testing.T) {
	tests := []struct {
		hay, needle string
		want        int
	}{
		{"Zelenskyy met Zelensky", "Zelensky", 1},
		{"Submitted. Submit", "Submit", 1},
		{"«Слава Україні»!", "«Слава Україні»", 1},
		{"Home » World » Home", "Home", 2},
		{"", "x", 0},
	}
	for _, tt := range tests {
		if got := len(occurrences(tt.hay, tt.needle)); got != tt.want {
			t.Errorf("occurrences(%q, %q) = %d, want %d", tt.hay, tt.needle, got, tt.want)
		}
	}
}

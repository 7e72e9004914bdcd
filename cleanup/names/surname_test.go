package names

import (
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// A surname standing alone follows the fix of the full name earlier in the
// same article; it stays when it could be someone else.
func TestLoneSurnameFollowsTheFullName(t *testing.T) {
	g := preset(t, "ap")
	tests := []struct {
		name, in, want string
		suggested      int // pending suggestions left
	}{
		{"fuzzy full name, then the surname alone",
			"UN chief Antonio Gutierrez arrived. Gutierrez said talks would go on.",
			"UN chief Antonio Guterres arrived. Guterres said talks would go on.", 0},
		{"listed variant, then the surname alone and possessive",
			"Olga Stevanishina met envoys. Stevanishina's office said so.",
			"Olha Stefanishyna met envoys. Stefanishyna's office said so.", 0},
		{"a surname before the full name follows it (a headline names the person first)",
			"Gutierrez spoke first. Later Antonio Gutierrez left.",
			"Guterres spoke first. Later Antonio Guterres left.", 0},
		{"another person with that spelling makes lone mentions ambiguous",
			"Antonio Gutierrez met Maria Gutierrez. Gutierrez smiled.",
			"Antonio Guterres met Maria Gutierrez. Gutierrez smiled.", 0},
		{"also when the other person comes last",
			"Antonio Gutierrez spoke. Gutierrez smiled. Then Maria Gutierrez left.",
			"Antonio Guterres spoke. Gutierrez smiled. Then Maria Gutierrez left.", 0},
		{"lower-case word is not the surname",
			"Antonio Gutierrez came. The gutierrez family stayed.",
			"Antonio Guterres came. The gutierrez family stayed.", 0},
		{"no full-name fix, no surname fix",
			"Gutierrez said talks would go on.",
			"Gutierrez said talks would go on.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := clean(g, tt.in)
			if got := a.Cleaned(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			if _, open := a.Counts(); open != tt.suggested {
				t.Errorf("%d suggestions pending, want %d", open, tt.suggested)
			}
			checkInvariants(t, g, a)
		})
	}
}

// When the full name was only suggested, the lone surname is only
// suggested too, and accepting both gives a consistent text.
func TestLoneSurnameOfASuggestedNameIsSuggested(t *testing.T) {
	g := preset(t, "ap")
	a := clean(g, "Chancellor Olaaf Schulz arrived. Schulz said little.")
	var rules []string
	for _, c := range a.Changes() {
		if c.State != cleanup.Suggested {
			t.Errorf("%s applied, want suggested", c.Rule)
		}
		rules = append(rules, c.Rule)
	}
	if len(rules) != 2 || rules[1] != RuleSurname {
		t.Fatalf("rules %v", rules)
	}
	a.AcceptSuggestions()
	if got := a.Cleaned(); got != "Chancellor Olaf Scholz arrived. Scholz said little." {
		t.Fatalf("got %q", got)
	}
}

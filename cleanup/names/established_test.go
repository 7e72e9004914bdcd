package names

import (
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// A lone surname anywhere in the article (the headline first of all)
// follows a person the article names in full, correctly or not.
func TestLoneSurnameOfAnEstablishedPerson(t *testing.T) {
	g := preset(t, "ap")
	tests := []struct {
		name, in, want string
		state          cleanup.State // of the one change, when want differs from in
	}{
		{"headline before a correct full name",
			"Blinkin: talks were useful\nAntony Blinken said on Monday that the talks were useful.",
			"Blinken: talks were useful\nAntony Blinken said on Monday that the talks were useful.", cleanup.Applied},
		{"doubled letter, short key",
			"Rutee: the alliance will answer\nMark Rutte said the alliance would answer.",
			"Rutte: the alliance will answer\nMark Rutte said the alliance would answer.", cleanup.Applied},
		{"after the full name too",
			"Prime Minister Keir Starmer spoke. The talks ended and Starmar left.",
			"Prime Minister Keir Starmer spoke. The talks ended and Starmer left.", cleanup.Applied},
		{"a common word with the key of a short surname stays",
			"Mark Rutte spoke first. Rate rises were not discussed.",
			"Mark Rutte spoke first. Rate rises were not discussed.", 0},
		{"two letters apart is another name",
			"Former president Shimon Peres spoke in Paris; Paris was cold.",
			"Former president Shimon Peres spoke in Paris; Paris was cold.", 0},
		{"a headline in capitals",
			"BLINKIN: TALKS WERE USEFUL\nAntony Blinken said on Monday that the talks were useful.",
			"BLINKEN: TALKS WERE USEFUL\nAntony Blinken said on Monday that the talks were useful.", cleanup.Applied},
		{"no full name, no fix",
			"Blinkin: talks were useful\nThe talks were useful, officials said.",
			"Blinkin: talks were useful\nThe talks were useful, officials said.", 0},
		{"a word that ends another name is that name",
			"Antony Blinken met Maria Blinkin. Blinkin smiled.",
			"Antony Blinken met Maria Blinkin. Blinkin smiled.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := clean(g, tt.in)
			if tt.state == cleanup.Suggested {
				a.AcceptSuggestions()
			}
			if got := a.Cleaned(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			for _, c := range a.Changes() {
				if c.State != tt.state && tt.state != 0 {
					t.Errorf("%s → %s is %v, want %v", c.Original, c.Replacement, c.State, tt.state)
				}
			}
			checkInvariants(t, g, a)
		})
	}
}

package names

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// Full names whose every word came back through a route the primary key
// does not cover, against the AP glossary. Each spelling below is not a
// listed variant, so only the name key can find it.
func TestRouteSpellingsOfFullNames(t *testing.T) {
	g := preset(t, "ap")
	tests := []struct {
		route, in, want string
		state           cleanup.State
	}{
		{"German ch for kh", "Premier Michail Mishustin spoke.", "Mikhail Mishustin", cleanup.Applied},
		{"German sch for zh, j for y", "The late Jewgeni Prigoschin was buried.", "Yevgeny Prigozhin", cleanup.Applied},
		{"German tsch for ch, j for y", "Speaker Wjatscheslaw Wolodin spoke.", "Vyacheslav Volodin", cleanup.Applied},
		{"Spanish j for kh, accent", "Premier Mijaíl Mishustin spoke.", "Mikhail Mishustin", cleanup.Applied},
		{"Hebrew/Arabic y for j", "Premier Benyamin Netanyaho spoke.", "Benjamin Netanyahu", cleanup.Applied},
		{"Portuguese/Arabic sh for final s", "Secretary-General Antonio Guteirish spoke.", "Antonio Guterres", cleanup.Applied},
		{"short surname, distinctive full name", "Chancellor Friedrich Merrz spoke.", "Friedrich Merz", cleanup.Applied},
		{"French tréma and ou", "Secretary Sergueï Choïgou spoke.", "Sergei Shoigu", cleanup.Applied},
		{"Turkish ş", "Secretary Sergey Şoygu spoke.", "Sergei Shoigu", cleanup.Applied},
	}
	for _, tt := range tests {
		t.Run(tt.route, func(t *testing.T) {
			a := clean(g, tt.in)
			cs := a.Changes()
			if len(cs) != 1 {
				t.Fatalf("%d changes (%v), want 1", len(cs), cs)
			}
			c := cs[0]
			if c.Replacement != tt.want || c.State != tt.state {
				t.Errorf("%s → %s (%v), want %s (%v)", c.Original, c.Replacement, c.State, tt.want, tt.state)
			}
			if !strings.Contains(c.Note, "→") {
				t.Errorf("note does not show the letters: %s", c.Note)
			}
			checkInvariants(t, g, a)
		})
	}
}

// The route a note names is the one the text's letters show.
func TestRouteNotes(t *testing.T) {
	g := preset(t, "ap")
	for in, route := range map[string]string{
		"Speaker Wjatscheslaw Wolodin spoke.":     "German-route",
		"Secretary Sergueï Choïgou spoke.":        "French-route",
		"Premier Mijaíl Mishustin spoke.":         "Spanish-route",
		"Secretary Sergey Şoygu spoke.":           "Turkish-letter",
		"Premier Benyamin Netanyaho spoke today.": "Arabic-route",
	} {
		a := clean(g, in)
		if cs := a.Changes(); len(cs) != 1 || !strings.Contains(cs[0].Note, route) {
			t.Errorf("%s: want a %s note, got %v", in, route, cs)
		}
	}
}

// Another person of the article with a surname of the same key turns a
// full-name fix into a suggestion.
func TestFullNameNearAnotherPersonIsSuggested(t *testing.T) {
	g := preset(t, "ap")
	a := clean(g, "Masoud Barzani met officials. Later Nechirvan Barsani arrived.")
	cs := a.Changes()
	if len(cs) != 1 || cs[0].Replacement != "Nechirvan Barzani" || cs[0].State != cleanup.Suggested ||
		!strings.Contains(cs[0].Note, "Masoud Barzani") {
		t.Fatalf("changes %+v, want one suggestion naming Masoud Barzani", cs)
	}
	// Alone, the same spelling is fixed.
	b := clean(g, "Later Nechirvan Barsani arrived.")
	if cs := b.Changes(); len(cs) != 1 || cs[0].State != cleanup.Applied {
		t.Fatalf("changes %+v, want one applied fix", cs)
	}
}

// A renaming covers its scope: the city, not the region that kept the
// old name; the note gives the year.
func TestRenamingScope(t *testing.T) {
	g := preset(t, "ap")
	tests := []struct{ in, want string }{
		{"Drones hit Kirovohrad region overnight.", "Drones hit Kirovohrad region overnight."},
		{"Officials in Kirovohrad Oblast said so.", "Officials in Kirovohrad Oblast said so."},
		{"The Kirovohrad regional administration said so.", "The Kirovohrad regional administration said so."},
		{"The governor of the Kirovograd region spoke.", "The governor of the Kirovograd region spoke."},
		{"Missiles struck the city of Kirovohrad.", "Missiles struck the city of Kropyvnytskyi."},
		{"Shelling near Artemivsk went on.", "Shelling near Bakhmut went on."},
		{"The Artemivsk district was quiet.", "The Artemivsk district was quiet."},
	}
	for _, tt := range tests {
		a := clean(g, tt.in)
		if got := a.Cleaned(); got != tt.want {
			t.Errorf("got  %q\nwant %q", got, tt.want)
		}
		for _, c := range a.Changes() {
			if !strings.Contains(c.Note, "renamed in 2016") || strings.Contains(c.Note, "romanization") {
				t.Errorf("note %q: want the renaming year, not romanization", c.Note)
			}
		}
	}
}

// A short name is applied when nothing but hyphens, capitals, a doubled
// letter, i/y or the order of unwritten vowels differs.
func TestShortNamesWithFreeDifferences(t *testing.T) {
	g := preset(t, "ap")
	for in, want := range map[string]string{
		"Leader Kim Jong-un watched.":  "Kim Jong Un",
		"Speaker Nabih Berry said so.": "Nabih Berri",
		"President Kais Saeid spoke.":  "Kais Saied",
	} {
		a := clean(g, in)
		cs := a.Changes()
		if len(cs) != 1 || cs[0].Replacement != want || cs[0].State != cleanup.Applied {
			t.Errorf("%s: changes %+v, want %s applied", in, cs, want)
		}
	}
	// A changed vowel in a short name whose given name differs too is
	// only suggested.
	a := clean(g, "Chancellor Olaaf Schulz arrived.")
	if cs := a.Changes(); len(cs) != 1 || cs[0].State != cleanup.Suggested {
		t.Errorf("Olaaf Schulz: changes %+v, want one suggestion", cs)
	}
}

// "Secretary-General Guteres" is a lone surname after a title, and a
// renaming is not applied to the old name spoken of as history.
func TestTitleBeforeLoneSurnameAndHistoricalOldName(t *testing.T) {
	g := preset(t, "ap")
	a := clean(g, "Secretary-General Guteres visits Jakarta\nAntonio Guteres arrived. Guteres said so.")
	if got := a.Cleaned(); got != "Secretary-General Guterres visits Jakarta\nAntonio Guterres arrived. Guterres said so." {
		t.Errorf("got %q", got)
	}
	b := clean(g, "The city, which was called Kirovohrad until 2016, lies in the centre. Kirovohrad was hit.")
	if got := b.Cleaned(); got != "The city, which was called Kirovohrad until 2016, lies in the centre. Kropyvnytskyi was hit." {
		t.Errorf("got %q", got)
	}
}

// A vowel the route left out: a long name is fixed, a short one only
// suggested; a vowel between two equal letters is never dropped (South
// Korea is not Saad Hariri), and a short name two letters away is not
// even suggested (John Gille is not John Healey).
func TestDroppedVowelAndFarShortNames(t *testing.T) {
	g := preset(t, "ap")
	tests := []struct {
		in, want string
		state    cleanup.State
	}{
		{"Prime Minister Benjamin Ntanyahu spoke.", "Benjamin Netanyahu", cleanup.Applied},
		{"President Masoud Pzeshkian spoke.", "Masoud Pezeshkian", cleanup.Applied},
		{"Both South Korea and Japan spoke.", "", 0},
		{"The physicist John Gille spoke.", "", 0},
	}
	for _, tt := range tests {
		a := clean(g, tt.in)
		cs := a.Changes()
		if tt.want == "" {
			if len(cs) != 0 {
				t.Errorf("%s: changes %+v, want none", tt.in, cs)
			}
			continue
		}
		if len(cs) != 1 || cs[0].Replacement != tt.want || cs[0].State != tt.state || !strings.Contains(cs[0].Note, "vowel left out") {
			t.Errorf("%s: changes %+v, want %s (%v)", tt.in, cs, tt.want, tt.state)
		}
	}
}

// A listed spelling that in transliteration is also another person's name
// is only suggested, and the note names the other person.
func TestListedSpellingOfTwoPeopleIsSuggested(t *testing.T) {
	g := preset(t, "ap")
	a := clean(g, "Andrei Kostin said the bank would stay.")
	cs := a.Changes()
	if len(cs) != 1 || cs[0].State != cleanup.Suggested || !strings.Contains(cs[0].Note, "Andriy Kostin") {
		t.Fatalf("changes %+v, want one suggestion naming Andriy Kostin", cs)
	}
	// A listed spelling nobody else shares is still applied.
	b := clean(g, "Anthony Blinken spoke.")
	if cs := b.Changes(); len(cs) != 1 || cs[0].State != cleanup.Applied {
		t.Fatalf("changes %+v, want one applied fix", cs)
	}
}

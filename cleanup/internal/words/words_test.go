package words

import "testing"

func TestContains(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want bool
	}{
		{"al-Sisi said", "Sisi", true},
		{"Sisis said", "Sisi", false},
		{"agony", "ago", false},
		{"2 hours ago.", "ago", true},
		{"منذ ساعتين", "منذ", true},
		{"ago ago", "ago", true},
		{"agoago ago", "ago", true},
		{"x", "", false},
		{"", "a", false},
		{"café", "caf", false},
		{"cafe\u0301", "cafe", false}, // a combining accent belongs to the word
	} {
		if got := Contains(tc.s, tc.w); got != tc.want {
			t.Errorf("Contains(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
}

func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{"2025年": true, "in 1999.": true, "12025": false, "2100": false, "": false, "x19y2020": true} {
		if HasYear(s) != want {
			t.Errorf("HasYear(%q) = %v", s, !want)
		}
	}
}

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

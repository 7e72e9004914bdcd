package pipeline

import "testing"

// Only a title word the body does not use can take a fix from the body's
// people; a title-case common word is the body's own lower-case word.
func TestNamesNewToBody(t *testing.T) {
	const body = "Antony Blinken said the talks were useful. Officials met in Kyiv."
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Blinkin: talks were useful", true},
		{"Blinken: Talks Were Useful", false},
		{"Talks in Kyiv", false},
		{"Talks in Kiev", true},
		{"talks were useful", false},
	} {
		if got := namesNewToBody(tc.title, body); got != tc.want {
			t.Errorf("namesNewToBody(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

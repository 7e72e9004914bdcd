package pipeline

import (
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// The spelling pass follows the chosen style, in the body and in a title
// that is not the first line, as the app's style switch rebuilds the
// pipeline with the new style.
func TestSpellingFollowsTheStyle(t *testing.T) {
	const title = "Neighbour criticised over defence programme"
	const body = "Officials said the defence programme would cost 2 per cent more, and that the defense program had grown."
	for _, tc := range []struct{ style, title, body string }{
		{"ap", "Neighbor criticized over defense program",
			"Officials said the defense program would cost 2 percent more, and that the defense program had grown."},
		{"bbc", "Neighbour criticised over defence programme",
			"Officials said the defence programme would cost 2 per cent more, and that the defence program had grown."},
		{"reuters", "Neighbour criticised over defence programme",
			"Officials said the defence programme would cost 2 percent more, and that the defence program had grown."},
	} {
		p, err := New(Options{Style: tc.style})
		if err != nil {
			t.Fatal(err)
		}
		a := cleanup.NewArticle("t.txt", body)
		a.Title = title
		p.Clean(a)
		if a.Title != tc.title || a.Cleaned() != tc.body {
			t.Errorf("%s:\n title %q\n  want %q\n body %q\n  want %q", tc.style, a.Title, tc.title, a.Cleaned(), tc.body)
		}
		checkInvariants(t, p, a)
	}
}

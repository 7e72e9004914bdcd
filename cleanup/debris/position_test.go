package debris

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

const body = "The talks in Geneva ended on Monday without an agreement, officials from both delegations said.\n\n" +
	"A second round is expected in Vienna next month, according to diplomats who spoke on condition of anonymity.\n\n" +
	"Observers said the outcome was in line with expectations.\n"

// TestPosition checks that where a line sits decides whether it goes.
func TestPosition(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
		suggested        int
	}{
		{
			name: "edge-only words stay mid-body",
			text: "Headline here\n\nThe talks in Geneva ended on Monday without an agreement, officials said.\n\nShare\n\nComments\n\n" + body,
			want: "Headline here\n\nThe talks in Geneva ended on Monday without an agreement, officials said.\n\nShare\n\nComments\n\n" + body,
		},
		{
			name: "standalone ad and read-also go mid-body",
			text: "Headline here\n\nThe talks in Geneva ended on Monday without an agreement, officials said.\n\nADVERTISEMENT\n\nALSO READ: Kremlin says talks useful\n\n" + body,
			want: "Headline here\n\nThe talks in Geneva ended on Monday without an agreement, officials said.\n\n" + body,
		},
		{
			name: "short foreign line mid-body stays",
			text: "Headline here\n\nThe talks in Geneva ended on Monday without an agreement, officials said.\n\nلا للحرب\n\n" + body,
			want: "Headline here\n\nThe talks in Geneva ended on Monday without an agreement, officials said.\n\nلا للحرب\n\n" + body,
		},
		{
			name: "foreign tail line goes, English tail line stays",
			text: body + "\nReporting by Jane Doe\n\nروابط ذات علاقة\n",
			want: body + "\nReporting by Jane Doe\n",
		},
		{
			name: "short headline stays even in another script",
			text: "Переговоры\n\n" + body,
			want: "Переговоры\n\n" + body,
		},
		{
			name:      "foreign head line is only suggested",
			text:      "Talks end\n\nأخبار العالم اليوم\n\n" + body,
			want:      "Talks end\n\nأخبار العالم اليوم\n\n" + body,
			suggested: 1,
		},
		{
			name: "long headline still leaves the head zone open",
			text: "Moscow confirms that it does not intend to attack Ukraine and wants to continue talks with Washington\n\nPublished 12.01.2022 10:30\n\nShare\n\n" + body,
			want: "Moscow confirms that it does not intend to attack Ukraine and wants to continue talks with Washington\n\n" + body,
		},
		{
			name: "breadcrumb headline goes",
			text: "Home » World » Europe\n\nTalks end\n\n" + body,
			want: "Talks end\n\n" + body,
		},
		{
			name: "tail with single newlines and trailing spaces",
			text: strings.TrimSuffix(body, "\n") + "\nShare  \nComments\r\n",
			want: body,
		},
		{
			name: "debris only",
			text: "Comments\n\nShare\n",
			want: "\n",
		},
		{
			name: "no prose: a short list stays",
			text: "Talks end\n\nGeneva, Vienna, Brussels\n",
			want: "Talks end\n\nGeneva, Vienna, Brussels\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := cleanText(t, builtin(t), tc.text)
			if got := a.Cleaned(); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			if _, open := a.Counts(); open != tc.suggested {
				t.Errorf("%d suggestions, want %d", open, tc.suggested)
			}
		})
	}
}

// Accepting a head suggestion removes the line cleanly.
func TestAcceptHeadSuggestion(t *testing.T) {
	a := cleanText(t, builtin(t), "Talks end\n\nأخبار العالم اليوم\n\n"+body)
	if a.AcceptSuggestions() != 1 || a.Cleaned() != "Talks end\n\n"+body {
		t.Fatalf("after accepting: %q", a.Cleaned())
	}
}

// Without a lexicon the shapes still work and nothing panics; the
// classifier then catches the word the lexicon would have.
func TestNilLexicon(t *testing.T) {
	for _, tc := range []struct {
		name string
		pass cleanup.Pass
		want string
	}{
		{"rules only", NewWith(nil, nil), body + "\nComments\n"},
		{"with the classifier", New(nil), body},
	} {
		a := cleanup.NewArticle("t", body+"\nHome › World › Europe\n\nComments\n")
		d := a.NewDraft()
		tc.pass.Run(d)
		d.Commit()
		if got := a.Cleaned(); got != tc.want {
			t.Errorf("%s: got %q", tc.name, got)
		}
	}
}

package load

import (
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

func TestCleanedHeadline(t *testing.T) {
	const orig = "Home | World\n\nTalks in Kiev\n\nMinisters met in Kiev."
	tests := []struct {
		name    string
		changes []cleanup.Change // applied
		want    string
		ok      bool
	}{
		{"untouched", nil, "Talks in Kiev", true},
		{"fix inside", []cleanup.Change{{Start: 23, End: 27, Replacement: "Kyiv"}}, "Talks in Kyiv", true},
		{"removal above, fix in the body", []cleanup.Change{{Start: 0, End: 14}, {Start: 47, End: 51, Replacement: "Kyiv"}}, "Talks in Kiev", true},
		{"removed with its neighbour", []cleanup.Change{{Start: 12, End: 27}}, "", false},
		{"removed alone", []cleanup.Change{{Start: 14, End: 27}}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := cleanup.NewArticle("t", orig)
			for _, c := range tt.changes {
				c.State = cleanup.Applied
				if _, err := a.Add(c); err != nil {
					t.Fatal(err)
				}
			}
			got, ok := CleanedHeadline(a, "Talks in Kiev")
			if got != tt.want || ok != tt.ok {
				t.Errorf("got %q %v, want %q %v", got, ok, tt.want, tt.ok)
			}
		})
	}
	if _, ok := CleanedHeadline(cleanup.NewArticle("t", "Talks in Kievan Rus"), "Talks in Kiev"); ok {
		t.Error("a headline that is only the start of a paragraph was found")
	}
}

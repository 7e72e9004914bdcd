package app

import (
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

func TestSplitBlocks(t *testing.T) {
	type ch struct {
		start, end int
		repl       string
		state      cleanup.State
	}
	tests := []struct {
		name    string
		text    string
		changes []ch
		want    []string // Original of each row
		clean   []string // Cleaned of each row
	}{
		{"no changes", "one\n\ntwo\nthree", nil,
			[]string{"one", "two", "three"}, []string{"one", "two", "three"}},
		{"leading and trailing breaks", "\n\none\n\n", nil,
			[]string{"one"}, []string{"one"}},
		{"deletion across a break joins rows", "Ad\n\nBody text\n\nEnd",
			[]ch{{0, 4, "", cleanup.Applied}},
			[]string{"Ad\n\nBody text", "End"}, []string{"Body text", "End"}},
		{"rejected change still joins rows", "Ad\n\nBody",
			[]ch{{0, 4, "", cleanup.Rejected}},
			[]string{"Ad\n\nBody"}, []string{"Ad\n\nBody"}},
		{"replacement shifts later rows", "Kiev said\n\nKiev again",
			[]ch{{0, 4, "Kyiv", cleanup.Applied}, {11, 15, "Kyiv", cleanup.Suggested}},
			[]string{"Kiev said", "Kiev again"}, []string{"Kyiv said", "Kiev again"}},
		{"deletion shrinks cleaned offsets", "xx yy\n\nzz",
			[]ch{{2, 5, "", cleanup.Applied}},
			[]string{"xx yy", "zz"}, []string{"xx", "zz"}},
		{"insertion at a break stays in the row before", "ab\n\ncd",
			[]ch{{2, 2, ".", cleanup.Applied}},
			[]string{"ab", "cd"}, []string{"ab.", "cd"}},
		{"whole text removed", "gone",
			[]ch{{0, 4, "", cleanup.Applied}},
			[]string{"gone"}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := cleanup.NewArticle("t", tt.text)
			for _, c := range tt.changes {
				if _, err := a.Add(cleanup.Change{Start: c.start, End: c.end, Replacement: c.repl, State: c.state, Rule: "r"}); err != nil {
					t.Fatal(err)
				}
			}
			cleaned := a.Cleaned()
			changes := a.Changes()
			bs := splitBlocks(a.Original(), changes)
			if len(bs) != len(tt.want) {
				t.Fatalf("got %d rows %+v, want %d", len(bs), bs, len(tt.want))
			}
			seen := 0
			for i, b := range bs {
				if got := tt.text[b.Start:b.End]; got != tt.want[i] {
					t.Errorf("row %d original %q, want %q", i, got, tt.want[i])
				}
				if got := cleaned[b.CleanStart:b.CleanEnd]; got != tt.clean[i] {
					t.Errorf("row %d cleaned %q, want %q", i, got, tt.clean[i])
				}
				for ci := b.First; ci < b.Last; ci++ {
					if blockOf(bs, ci) != i {
						t.Errorf("blockOf(%d) = %d, want %d", ci, blockOf(bs, ci), i)
					}
				}
				seen += b.Last - b.First
			}
			if seen != len(changes) {
				t.Errorf("rows hold %d changes, article has %d", seen, len(changes))
			}
		})
	}
}

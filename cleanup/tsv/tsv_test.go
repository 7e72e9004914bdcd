package tsv

import (
	"errors"
	"strings"
	"testing"
)

func TestEach(t *testing.T) {
	header := []string{"word", "role"}
	tests := []struct {
		name, in string
		want     [][]string // fields of the rows seen
		err      string
	}{
		{"rows after comments and blanks", "# roles\n\nword\trole\tnote\nKyiv\tplace\n\nal\tparticle\textra\n",
			[][]string{{"Kyiv", "place"}, {"al", "particle", "extra"}}, ""},
		{"windows line endings", "word\trole\r\nKyiv\tplace\r\n", [][]string{{"Kyiv", "place"}}, ""},
		{"wrong header", "spelling\trole\nKyiv\tplace\n", nil, "t.tsv:1: header must start word, role"},
		{"short row names its line", "word\trole\n# c\nKyiv\n", nil, "t.tsv:3: want 2 tab-separated columns (word, role), got 1"},
		{"no header at all", "# only a comment\n\n", nil, "t.tsv: no header row"},
		{"row error gets the line", "word\trole\nKyiv\tbad\n", [][]string{{"Kyiv", "bad"}}, "t.tsv:2: unknown role"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var seen [][]string
			err := Each(strings.NewReader(tt.in), "t.tsv", header, func(line int, f []string) error {
				seen = append(seen, f)
				if f[1] == "bad" {
					return errors.New("unknown role")
				}
				return nil
			})
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || err.Error() != tt.err) {
				t.Fatalf("error %v, want %q", err, tt.err)
			}
			if len(seen) != len(tt.want) {
				t.Fatalf("rows %q, want %q", seen, tt.want)
			}
			for i := range seen {
				if strings.Join(seen[i], "|") != strings.Join(tt.want[i], "|") {
					t.Errorf("row %d = %q, want %q", i, seen[i], tt.want[i])
				}
			}
		})
	}
}

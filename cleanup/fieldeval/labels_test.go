package fieldeval

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestReadLabels(t *testing.T) {
	l, err := ReadLabelsFile(filepath.Join("testdata", "score", "article.txt.labels.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Debris) != 4 || len(l.Keeps) != 1 || len(l.Fixes) != 2 || l.Clean {
		t.Fatalf("parsed %+v", l)
	}
	if got := len(l.FixesFor("ap")); got != 1 {
		t.Errorf("fixes for ap = %d, want 1 (the Texas row is bbc only)", got)
	}
	if got := len(l.FixesFor("bbc")); got != 2 {
		t.Errorf("fixes for bbc = %d, want 2", got)
	}
}

func TestReadLabelsErrors(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"too-many-columns.tsv", "too-many-columns.tsv:1: debris row wants 2 to 2"},
		{"unknown-kind.tsv", `unknown-kind.tsv:3: unknown row kind "smile"`},
		{"unknown-style.tsv", `unknown-style.tsv:1: unknown style "cnn"`},
		{"same-fix.tsv", `same-fix.tsv:1: fix row: WRONG and RIGHT are both "same"`},
		{"clean-with-text.tsv", `clean-with-text.tsv:1: unknown style "extra"`},
		{"empty-column.tsv", "empty-column.tsv:1: keep row has an empty column"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := ReadLabelsFile(filepath.Join("testdata", "labels", tt.file))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// A clean row limited to styles holds only under those styles.
func TestCleanRowStyles(t *testing.T) {
	l, err := ReadLabels(strings.NewReader("clean\tap\n"), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !l.CleanFor("ap") || l.CleanFor("bbc") {
		t.Errorf("CleanFor: ap %v, bbc %v; want true, false", l.CleanFor("ap"), l.CleanFor("bbc"))
	}
	if _, err := ReadLabels(strings.NewReader("clean\tnope\n"), "t.tsv"); err == nil {
		t.Error("an unknown style in a clean row parsed")
	}
}

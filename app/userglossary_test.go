package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/cleanup/names"
)

func TestWriteUserGlossary(t *testing.T) {
	path := filepath.Join(t.TempDir(), glossaryFileName)
	if got, err := readUserGlossary(path); err != nil || got != nil {
		t.Fatalf("missing file: %v, %v; want empty", got, err)
	}
	good := []names.Entry{{Canonical: "Kyiv", Variants: []string{"Kiev"}, Kind: "place", LeaveAlone: []string{"chicken Kiev"}, Basis: "house rule"}}
	if err := writeUserGlossary(path, good); err != nil {
		t.Fatal(err)
	}
	bad := []struct {
		name  string
		entry names.Entry
	}{
		{"no variants", names.Entry{Canonical: "Odesa", Kind: "place", Basis: "b"}},
		{"tab in a value", names.Entry{Canonical: "Od\tesa", Variants: []string{"Odessa"}, Kind: "place", Basis: "b"}},
		{"unknown kind", names.Entry{Canonical: "Odesa", Variants: []string{"Odessa"}, Kind: "city", Basis: "b"}},
		{"spelling twice", names.Entry{Canonical: "Kyiv City", Variants: []string{"kiev"}, Kind: "place", Basis: "b"}},
	}
	for _, tt := range bad {
		if err := writeUserGlossary(path, append(slices.Clone(good), tt.entry)); err == nil {
			t.Errorf("%s: written", tt.name)
		}
	}
	got, err := readUserGlossary(path)
	if err != nil || len(got) != 1 || got[0].Canonical != "Kyiv" || got[0].LeaveAlone[0] != "chicken Kiev" {
		t.Fatalf("after refused writes the file holds %+v, %v", got, err)
	}
	if tmp, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp")); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}

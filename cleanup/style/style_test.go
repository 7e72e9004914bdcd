package style

import (
	"strings"
	"testing"
)

func TestEveryPresetLoadsAndNamesExistingGlossaries(t *testing.T) {
	names := Names()
	for _, want := range []string{"ap", "bbc", "reuters"} {
		if _, err := Load(want); err != nil {
			t.Errorf("preset %s: %v", want, err)
		}
	}
	if len(names) < 3 {
		t.Fatalf("presets: %v", names)
	}
	for _, n := range names {
		s, err := Load(n)
		if err != nil {
			t.Fatal(err)
		}
		if s.Name != n || len(s.Glossaries) == 0 {
			t.Errorf("preset %s: %+v", n, s)
		}
	}
}

func TestUnknownPresetNamesTheChoices(t *testing.T) {
	_, err := Load("guardian-2031")
	if err == nil {
		t.Fatal("no error")
	}
	if got := err.Error(); got == "" || !strings.Contains(got, "ap") {
		t.Fatalf("error %q does not list presets", got)
	}
}

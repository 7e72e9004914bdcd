package debris

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"

	"github.com/copydesk/copydesk/assets"
)

// The shared Geneva sample must lose exactly its two Arabic tail lines.
func TestGenevaSampleLosesOnlyArabicTail(t *testing.T) {
	b := sharedtest.ReadFile(t, "samples/geneva-talks-arabic-route.txt")
	a := cleanText(t, builtin(t), string(b))
	cs := a.Changes()
	if len(cs) != 2 {
		t.Fatalf("want 2 changes, got %d: %+v", len(cs), cs)
	}
	for i, want := range []string{"التعليقات والاراء", "اضافة تعليق"} {
		if got := strings.TrimSpace(cs[i].Original); got != want || cs[i].Rule != "debris.comments" {
			t.Errorf("change %d: %s %q, want debris.comments %q", i, cs[i].Rule, got, want)
		}
	}
	want := string(b)[:strings.Index(string(b), "التعليقات والاراء")]
	if got := a.Cleaned(); got != strings.TrimRight(want, "\n") {
		t.Errorf("cleaned text ends %q", got[max(0, len(got)-80):])
	}
}

// The built-in sample shows every kind of debris the GUI demo relies on.
func TestBuiltinSample(t *testing.T) {
	_, text := assets.Sample()
	a := cleanText(t, builtin(t), text)
	var rules []string
	for _, c := range a.Changes() {
		rules = append(rules, c.Rule)
	}
	want := "debris.navigation debris.ads debris.related debris.share debris.comments debris.comments"
	if got := strings.Join(rules, " "); got != want {
		t.Errorf("rules %s, want %s", got, want)
	}
	if !strings.Contains(a.Cleaned(), "Share prices of several grain traders rose") {
		t.Error("a content sentence starting with Share was removed")
	}
}

package cli

import (
	"fmt"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"
)

// TestSharedSample cleans the team's sample article end to end: the JSON
// changes rebuild the text from the original, and cleaning the cleaned
// text again changes nothing.
func TestSharedSample(t *testing.T) {
	sharedSample := sharedtest.Path(t, "samples/geneva-talks-arabic-route.txt")
	code, out, errs := run(t, "", "clean", "--to", "json", sharedSample, sharedSample)
	if code != 0 || errs != "" {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	r := records(t, out)[0]
	var b strings.Builder
	pos := 0
	for _, c := range r.Changes {
		b.WriteString(r.Original[pos:c.Start] + c.Replacement)
		pos = c.End
	}
	b.WriteString(r.Original[pos:])
	if b.String() != r.Text {
		t.Error("applying the changes to original does not give text")
	}

	code, again, errs := run(t, r.Text, "clean", "--from", "txt", "-")
	if !strings.HasSuffix(r.Text, "\n") {
		again = strings.TrimSuffix(again, "\n") // txt output adds a final newline
	}
	// Suggestions were not applied, so the second run offers them again.
	unchanged := fmt.Sprintf(" 0 changes applied, %d suggestion", len(r.Suggestions))
	if code != 0 || !strings.Contains(errs, unchanged) || again != r.Text {
		t.Errorf("cleaning the cleaned text again changed it (code %d, stderr %q)", code, errs)
	}
}

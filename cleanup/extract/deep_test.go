package extract

import (
	"strings"
	"testing"
)

// TestNeverRemovesEverything checks that a page whose every block looks
// like boilerplate keeps its best block(s) rather than coming back empty.
func TestNeverRemovesEverything(t *testing.T) {
	tests := []struct {
		name string
		page string
		keep string
	}{
		{"deep nesting", strings.Repeat("<div>", 10000) + "deep text" + strings.Repeat("</div>", 10000), "deep text"},
		{"shallow short line", "<html><body><div>deep text</div></body></html>", "deep text"},
		{"only a nav", "<html><body><nav><a href=/>Home</a></nav></body></html>", "Home"},
		{"deep nesting in a body", "<html><body>" + strings.Repeat("<div class=x>", 10000) + "deep text", "deep text"},
		{"only a headline", "<html><body><h1>Grain talks resume</h1></body></html>", "Grain talks resume"},
		{"only a comment box", `<html><body><div class="comments">Comments (3)</div></body></html>`, "Comments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extracted(t, tt.page, "test.html")
			if !strings.Contains(a.Cleaned(), tt.keep) {
				t.Errorf("cleaned text %q lost %q (original %q)", a.Cleaned(), tt.keep, clip(a.Original()))
			}
		})
	}
}

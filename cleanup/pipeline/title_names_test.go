package pipeline

import (
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// A lone surname in a title that is not the text's first line (an HTML
// headline) follows the person the body names in full.
func TestTitleSurnameFollowsTheBody(t *testing.T) {
	a := cleanup.NewArticle("a.html", "Antony Blinken said on Monday that the talks in Geneva were useful.\n")
	a.Title = "Blinkin: talks were useful"
	newAP(t).CleanBatch([]*cleanup.Article{a})
	if a.Title != "Blinken: talks were useful" {
		t.Fatalf("title %q", a.Title)
	}
	if a.Cleaned() != a.Original() {
		t.Fatalf("body changed: %q", a.Cleaned())
	}
}

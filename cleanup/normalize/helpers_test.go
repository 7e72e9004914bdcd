package normalize

import (
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// clean runs passes over text through a real article and checks the model's
// invariants after each.
func clean(t testing.TB, text string, passes ...cleanup.Pass) *cleanup.Article {
	t.Helper()
	a := cleanup.NewArticle("test", text)
	for _, p := range passes {
		d := a.NewDraft()
		p.Run(d)
		if n := d.Commit(); n != 0 {
			t.Fatalf("%s: %d proposals dropped on %q", p.Name(), n, text)
		}
		if err := a.Check(); err != nil {
			t.Fatalf("%s on %q: %v", p.Name(), text, err)
		}
	}
	return a
}

// rules lists the rule of every change, in order.
func rules(a *cleanup.Article) []string {
	var out []string
	for _, c := range a.Changes() {
		out = append(out, c.Rule)
	}
	return out
}

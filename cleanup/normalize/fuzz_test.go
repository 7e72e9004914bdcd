package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// FuzzPasses runs both passes through a real article and checks the
// model's invariants: valid output, revert-all gives the original, and
// cleaning the cleaned text (or re-running on the article) changes nothing.
func FuzzPasses(f *testing.F) {
	for _, s := range []string{
		"Kyіv  said\u200b no.\r\n\r\n\r\n",
		"e\u200b\u0301 \u0627\u0640\u0654 «\u00A0Oui\u00A0»",
		"👩\u200D💻 می\u200Cخواهم \u2029 Кiев",
		"\uFEFF\u202Eabc\u202C — “q” \x00\x85",
		"\n\n  \t\n",
		"\u1100\u1161\u11A8 a\u0316\u0300 \u212B a" + strings.Repeat("\u0301", 40),
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, opts uint8) {
		o := Options{StraightQuotes: opts&1 != 0, ASCIIDashes: opts&2 != 0}
		passes := []cleanup.Pass{New(o), NewTidy()}
		a := clean(t, s, passes...)
		out := a.Cleaned()
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		for _, p := range passes {
			d := a.NewDraft()
			p.Run(d)
			if d.Pending() != 0 {
				t.Fatalf("%s not idempotent on the article of %q", p.Name(), s)
			}
		}
		if again := clean(t, out, passes...); len(again.Changes()) != 0 {
			t.Fatalf("cleaning %+q again changed %+v (input %+q)", out, again.Changes(), s)
		}
		a.RevertAll()
		if a.Cleaned() != a.Original() {
			t.Fatalf("revert-all differs for %q", s)
		}
	})
}

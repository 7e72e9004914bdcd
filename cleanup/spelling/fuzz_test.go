package spelling

import (
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// The pass keeps the engine's invariants on any text: a valid log, valid
// UTF-8, and a second run applies nothing new.
func FuzzPass(f *testing.F) {
	for _, s := range []string{
		"The defence programme's centre, 5 per cent.",
		"\"Towards the DEFENCE,\" said the Ministry of Defence. www.defence.uk #colour",
		"Le programme de la défense est prêt.",
		"neighbour’s e-mail web  site OKAY per\ncent",
	} {
		f.Add(s)
	}
	passes := map[string]*Pass{}
	for name := range styles {
		passes[name] = pass(f, name)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for name, p := range passes {
			a := clean(p, s)
			if err := a.Check(); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !utf8.ValidString(a.Cleaned()) {
				t.Fatalf("%s: invalid UTF-8", name)
			}
			for _, c := range clean(p, a.Cleaned()).Changes() {
				if c.State == cleanup.Applied {
					t.Fatalf("%s: second run applied %q → %q on %q", name, c.Original, c.Replacement, a.Cleaned())
				}
			}
		}
	})
}

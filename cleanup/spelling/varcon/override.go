package varcon

import (
	"fmt"
	"io"
	"strings"

	"github.com/copydesk/copydesk/cleanup/tsv"
)

// Override is a hand-reviewed correction of a derived row, for what the
// tables cannot know (a source spelling that is an unrelated word, a
// sense VarCon does not list).
type Override struct {
	Word     string
	Dialects []string // dialect names, or "*" for all
	Action   string   // "suggest" or "skip"
	Reason   string
}

// OverrideHeader is the header of assets/spelling/overrides.tsv.
var OverrideHeader = []string{"word", "dialects", "action", "reason"}

// ReadOverrides reads the override table; name is used in messages.
func ReadOverrides(r io.Reader, name string) ([]Override, error) {
	var out []Override
	err := tsv.Each(r, name, OverrideHeader, func(_ int, f []string) error {
		o := Override{Word: strings.TrimSpace(f[0]), Action: strings.TrimSpace(f[2]), Reason: strings.TrimSpace(f[3])}
		for _, d := range strings.Split(f[1], ",") {
			d = strings.TrimSpace(d)
			if _, ok := Letters[d]; !ok && d != "*" {
				return fmt.Errorf("unknown dialect %q", d)
			}
			o.Dialects = append(o.Dialects, d)
		}
		if o.Word == "" || o.Reason == "" {
			return fmt.Errorf("word and reason are required")
		}
		if o.Action != "suggest" && o.Action != "skip" {
			return fmt.Errorf("action must be suggest or skip, not %q", o.Action)
		}
		out = append(out, o)
		return nil
	})
	return out, err
}

// Apply changes the rules of dialect name by the overrides that name it.
func Apply(rules []Rule, dialect string, os []Override) []Rule {
	out := rules[:0]
	for _, r := range rules {
		keep := true
		for _, o := range os {
			if o.Word != r.From || !o.covers(dialect) {
				continue
			}
			if o.Action == "skip" {
				keep = false
			} else if r.List == Safe {
				r.List, r.Why = Suggest, o.Reason
			}
		}
		if keep {
			out = append(out, r)
		}
	}
	return out
}

func (o Override) covers(dialect string) bool {
	for _, d := range o.Dialects {
		if d == "*" || d == dialect {
			return true
		}
	}
	return false
}

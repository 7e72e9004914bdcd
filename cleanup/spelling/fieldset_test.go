package spelling_test

import (
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/cleanup/spelling/fieldset"
)

// The targets, on both parts of the field set: at least 95 % of
// the British spellings converted under AP, no wrong change under any
// style, every clean article byte-identical.
const minConvertedPercent = 95

func TestFieldSet(t *testing.T) {
	for _, part := range []string{"dev", "frozen"} {
		as, err := fieldset.ReadDir(filepath.Join("testdata", "fieldset", part))
		if err != nil {
			t.Fatal(err)
		}
		scores, err := fieldset.Evaluate(as)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range fieldset.Styles {
			s := scores[st]
			t.Logf("%-6s %-7s %s", part, st, s)
			if s.Percent() < minConvertedPercent || s.Wrong != 0 || s.CleanIdentical != s.Clean || s.TrapsKept != s.Traps {
				t.Errorf("%s %s below target: %s", part, st, s)
				for _, p := range s.Problems {
					t.Log("  ", p)
				}
			}
		}
	}
}

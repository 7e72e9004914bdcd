package cleanup

import "fmt"

// State says whether a change is part of the cleaned text.
type State uint8

const (
	// Applied changes are in Cleaned().
	Applied State = iota
	// Rejected changes were turned down by the editor; Original shows through.
	Rejected
	// Suggested changes are proposals that wait for a decision.
	Suggested
)

var stateNames = [...]string{Applied: "applied", Rejected: "rejected", Suggested: "suggested"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", s)
}

// MarshalText writes the state as its name, for JSON.
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a state name.
func (s *State) UnmarshalText(b []byte) error {
	for i, n := range stateNames {
		if n == string(b) {
			*s = State(i)
			return nil
		}
	}
	return fmt.Errorf("unknown change state %q", b)
}

// Category groups rules for colour and filtering in review.
type Category string

const (
	CatExtraction Category = "extraction"
	CatUnicode    Category = "unicode"
	CatDebris     Category = "debris"
	CatNames      Category = "names"
	CatWhitespace Category = "whitespace"
	CatManual     Category = "manual"
)

// RuleManual is the rule id of edits made by hand.
const RuleManual = "manual"

// Change replaces Original[Start:End] with Replacement. Offsets are byte
// offsets into Article.Original.
type Change struct {
	ID          int      `json:"id"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Original    string   `json:"original"`
	Replacement string   `json:"replacement"`
	Rule        string   `json:"rule"`
	Category    Category `json:"category"`
	Note        string   `json:"note"`
	Confidence  float64  `json:"confidence,omitempty"`
	State       State    `json:"state"`
	// Suggestion marks a change that was proposed rather than applied by the
	// engine, so a rejected suggestion can be told from a rejected fix.
	Suggestion bool `json:"suggestion,omitempty"`
}

// overlaps reports whether two changes touch the same original bytes. Two
// insertions at one point overlap, and so does an insertion strictly inside
// another change.
func (c Change) overlaps(d Change) bool {
	if c.Start == c.End && d.Start == d.End {
		return c.Start == d.Start
	}
	if c.Start == c.End {
		return d.Start < c.Start && c.Start < d.End
	}
	if d.Start == d.End {
		return c.Start < d.Start && d.Start < c.End
	}
	return c.Start < d.End && d.Start < c.End
}

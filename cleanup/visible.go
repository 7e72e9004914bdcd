package cleanup

import (
	"fmt"
	"strings"
	"unicode"
)

// Visible makes a change that is only whitespace or invisible characters
// show up: spaces as "·", line breaks as "↵", tabs as "→", no-break
// spaces as "⍽", and format characters (zero-width, bidi controls) as
// their code point, "⟨U+200B⟩" — for review lists and reports.
func Visible(s string) string {
	blank := strings.TrimSpace(s) == ""
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cf, r):
			fmt.Fprintf(&b, "⟨U+%04X⟩", r)
		case !blank:
			b.WriteRune(r)
		case r == ' ':
			b.WriteString("·")
		case r == '\n':
			b.WriteString("↵\n")
		case r == '\t':
			b.WriteString("→")
		case r == '\u00A0':
			b.WriteString("⍽")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

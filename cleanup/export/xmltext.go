package export

import "strings"

// xmlEscape appends s as XML character data that is also safe inside a
// double-quoted attribute. Characters XML 1.0 forbids (most C0 controls,
// U+FFFE, U+FFFF) are dropped rather than replaced, and so are the C1
// controls the standard discourages: Word refuses a document holding
// either. Invalid UTF-8 comes out as U+FFFD.
func xmlEscape(b *strings.Builder, s string) {
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t', r == '\n':
			b.WriteRune(r)
		case r < 0x20, r >= 0x7f && r <= 0x9f, r == 0xFFFE, r == 0xFFFF:
			// dropped; '\r' too, as lines are split before this point
		default:
			b.WriteRune(r)
		}
	}
}

package normalize

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestInertMatchesUnicode checks the hand-written inert ranges against the
// normalization data: each must be NFC by itself, start a segment and not
// combine with a preceding character.
func TestInertMatchesUnicode(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if !inert(r) || (0xD800 <= r && r <= 0xDFFF) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("U+%04X is listed as inert but is not", r)
		}
	}
}

// TestNFCWindows checks that windows around non-inert characters find the
// same stretches as normalizing the whole text would.
func TestNFCWindows(t *testing.T) {
	for _, s := range []string{
		"Cafe\u0301", "e\u0301e\u0301 x", "\u0301start", "Ангстрем \u212B and \u2126",
		"и\u0306 й", "\u0627\u0654\u0627", "a\u0316\u0300 a\u0300\u0316", "한\u11A8", "\u1100\u1161",
	} {
		var b []byte
		pos := 0
		for _, e := range nfcEdits(s) {
			b = append(b, s[pos:e.start]...)
			b = append(b, e.c.Replacement...)
			pos = e.end
		}
		b = append(b, s[pos:]...)
		if got, want := string(b), norm.NFC.String(s); got != want {
			t.Errorf("%+q: got %+q, want %+q", s, got, want)
		}
	}
}

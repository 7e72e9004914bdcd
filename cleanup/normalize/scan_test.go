package normalize

import "testing"

// TestSkipNeverMissesAByte checks the word tests against the plain loop for
// every byte value at every position of a word.
func TestSkipNeverMissesAByte(t *testing.T) {
	base := []byte("abcdefghijklmnop")
	for pos := range 9 {
		for v := range 256 {
			s := append([]byte(nil), base...)
			s[pos] = byte(v)
			if got := skipASCII(string(s), 0); v >= 0x80 && got != pos || v < 0x80 && got != len(s) {
				t.Fatalf("skipASCII with %#x at %d = %d", v, pos, got)
			}
			if got := skipPrintable(string(s), 0); (v < 0x20 || v >= 0x7F) && got > pos {
				t.Fatalf("skipPrintable skipped %#x at %d", v, pos)
			}
			for _, other := range []int{pos - 1, pos + 1} {
				if other < 0 || !isBlank(byte(v)) {
					continue
				}
				s[other] = ' '
				if got := skipQuiet(string(s), 0, len(s)); got > min(pos, other) {
					t.Fatalf("skipQuiet skipped the pair %#x at %d and a space at %d", v, pos, other)
				}
				s[other] = base[other]
			}
		}
	}
}

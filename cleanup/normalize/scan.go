package normalize

import "github.com/copydesk/copydesk/cleanup/internal/ascii8"

// Clean text is nearly all plain ASCII, so the stages skip it eight bytes
// at a time; these word tests may report a byte that is fine (the caller
// then looks byte by byte) but never miss one that is not.

// skipASCII returns the first index from i whose byte is not ASCII, or len(s).
func skipASCII(s string, i int) int {
	for i+8 <= len(s) && ascii8.Load(s, i)&ascii8.Highs == 0 {
		i += 8
	}
	for i < len(s) && s[i] < 0x80 {
		i++
	}
	return i
}

// skipPrintable skips whole words of printable ASCII (0x20–0x7E) from i and
// returns where the byte-by-byte scan must resume.
func skipPrintable(s string, i int) int {
	for i+8 <= len(s) {
		x := ascii8.Load(s, i)
		low := (x - 0x20*ascii8.Ones) &^ x & ascii8.Highs // a byte below 0x20 (or a false alarm)
		high := (x | (x + ascii8.Ones)) & ascii8.Highs    // a byte of 0x7F or above
		if low|high != 0 {
			break
		}
		i += 8
	}
	return i
}

// lowBytes marks (in the high bit of each byte) the bytes of x below 0x21,
// which include every space, tab and line feed; a borrow may also mark a
// byte right after one of them. A test that may over-report but never
// misses a blank is all skipQuiet needs, and it is one subtraction.
func lowBytes(x uint64) uint64 {
	return (x - 0x21*ascii8.Ones) &^ x & ascii8.Highs
}

// skipQuiet skips, from i and below end, the text in which no two blank
// bytes touch: single spaces, tabs and line feeds need no tidying. It stops
// on a word that holds a pair, or so that a pair across words is seen.
func skipQuiet(s string, i, end int) int {
	for i+8 <= end {
		m := lowBytes(ascii8.Load(s, i))
		if m&(m>>8) != 0 {
			break
		}
		if m>>63 != 0 { // the last byte is blank: it may pair with the next word
			i += 7
			continue
		}
		i += 8
	}
	return i
}

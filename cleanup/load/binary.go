package load

import "bytes"

// signature names the kind of binary file head starts like, or "".
func signature(head []byte) string {
	for _, m := range signatures {
		if len(head) >= m.offset+len(m.bytes) && bytes.Equal(head[m.offset:m.offset+len(m.bytes)], m.bytes) {
			return m.kind
		}
	}
	return ""
}

// looksBinary reports data no text holds: more than a few NUL bytes, or
// many other control characters. (Scraped pages do carry the odd NUL.)
// Every page's first 64 KB pass through here, so the bytes are weighed by
// a table (NUL in the high half of the sum, other controls in the low
// half) into two sums, without a branch per byte.
func looksBinary(head []byte) bool {
	var s0, s1 uint64
	i := 0
	for ; i+2 <= len(head); i += 2 {
		s0 += binaryWeight[head[i]]
		s1 += binaryWeight[head[i+1]]
	}
	if i < len(head) {
		s0 += binaryWeight[head[i]]
	}
	s := s0 + s1
	nul, ctl := int(s>>32), int(s&(1<<32-1))
	return nul*200 > len(head) || (nul+ctl)*20 > len(head)
}

// binaryWeight is what a byte adds to looksBinary's sum: 1<<32 for NUL, 1
// for a control character text does not use (tab, line breaks, form feed
// and escape are text), 0 for the rest. The halves cannot overflow into
// each other: a head is far below 4 GB.
var binaryWeight = func() (t [256]uint64) {
	t[0] = 1 << 32
	for b := 1; b < ' '; b++ {
		if b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b {
			t[b] = 1
		}
	}
	t[0x7f] = 1
	return t
}()

// guessUTF16 recognizes UTF-16 without a byte order mark: in text, the
// high byte of each code unit takes very few values (0 for ASCII, 4 for
// Cyrillic, 6 for Arabic) and includes 0 for spaces and punctuation, while
// the low bytes vary. It returns "UTF-16LE", "UTF-16BE" or "".
func guessUTF16(head []byte) string {
	n := min(len(head), 4096) &^ 1
	if n < 8 {
		return ""
	}
	var even, odd [256]int
	for i := 0; i < n; i += 2 {
		even[head[i]]++
		odd[head[i+1]]++
	}
	units := n / 2
	switch {
	case highBytes(odd, units) && even[0]*100 < units:
		return "UTF-16LE"
	case highBytes(even, units) && odd[0]*100 < units:
		return "UTF-16BE"
	}
	return ""
}

// highBytes reports whether a byte column looks like UTF-16 high bytes:
// zero in at least 3% of units and two values covering 90% of them.
func highBytes(col [256]int, units int) bool {
	if col[0]*100 < units*3 {
		return false
	}
	first, second := 0, 0
	for _, c := range col {
		if c > first {
			first, second = c, first
		} else if c > second {
			second = c
		}
	}
	return (first+second)*10 >= units*9
}

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
func looksBinary(head []byte) bool {
	nul, ctl := 0, 0
	for _, b := range head {
		switch {
		case b == 0:
			nul++
		case b < ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b || b == 0x7f:
			ctl++
		}
	}
	return nul*200 > len(head) || (nul+ctl)*20 > len(head)
}

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

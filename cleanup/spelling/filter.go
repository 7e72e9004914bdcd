package spelling

// filter answers "might this word be in the tables?" from its length and
// first and last letters, so most words of a text skip the map lookup.
type filter struct {
	bits [32][26]uint32 // [length, at most 31][first letter] → set of last letters
}

func letterIndex(c byte) (int, bool) {
	c |= 0x20
	if c < 'a' || c > 'z' {
		return 0, false
	}
	return int(c - 'a'), true
}

func (f *filter) add(w string) {
	if len(w) == 0 {
		return
	}
	a, ok1 := letterIndex(w[0])
	z, ok2 := letterIndex(w[len(w)-1])
	if !ok1 || !ok2 {
		return
	}
	f.bits[min(len(w), 31)][a] |= 1 << z
}

func (f *filter) mayHave(w string) bool {
	if len(w) == 0 {
		return false
	}
	a, ok1 := letterIndex(w[0])
	z, ok2 := letterIndex(w[len(w)-1])
	return ok1 && ok2 && f.bits[min(len(w), 31)][a]&(1<<z) != 0
}

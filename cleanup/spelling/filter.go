package spelling

// filter answers "might this word be in the tables?" from its length and
// its first two and last two letters, folded into a 64 Kbit set, so most
// words of a text skip the map lookup (about 7 % of other words pass).
type filter struct {
	bits [1 << 10]uint64
}

// filterKey mixes the length and the outer letters of an ASCII word,
// ignoring case. ok is false for words too short to tell.
func filterKey(w string) (uint32, bool) {
	n := len(w)
	if n < 2 {
		return 0, false
	}
	a, b, y, z := uint32(w[0]|0x20), uint32(w[1]|0x20), uint32(w[n-2]|0x20), uint32(w[n-1]|0x20)
	h := uint32(n)*0x9e3779b1 ^ a*0x85ebca6b ^ b*0xc2b2ae35 ^ y*0x27d4eb2f ^ z*0x165667b1
	return (h ^ h>>15) & (1<<16 - 1), true
}

func (f *filter) add(w string) {
	if k, ok := filterKey(w); ok {
		f.bits[k>>6] |= 1 << (k & 63)
	}
}

func (f *filter) mayHave(w string) bool {
	k, ok := filterKey(w)
	return ok && f.bits[k>>6]&(1<<(k&63)) != 0
}

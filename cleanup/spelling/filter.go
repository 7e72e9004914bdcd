package spelling

// filter answers "might this word be in the tables?" from its length and
// its first two and last two letters, folded into a 256 Kbit set, so most
// words of a text skip the map lookup (a few per cent of other words pass).
type filter struct {
	bits           [1 << 12]uint64
	minLen, maxLen int
}

// filterKey mixes the length and the outer letters of an ASCII word of two
// or more letters, ignoring case, with one multiplication.
func filterKey(w string) uint32 {
	n := len(w)
	k := uint32(n)<<20 ^ uint32(w[0]|0x20)<<15 ^ uint32(w[1]|0x20)<<10 ^ uint32(w[n-2]|0x20)<<5 ^ uint32(w[n-1]|0x20)
	return (k * 0x9e3779b1) >> 14
}

func (f *filter) add(w string) {
	if len(w) < 2 {
		return
	}
	if f.minLen == 0 || len(w) < f.minLen {
		f.minLen = len(w)
	}
	f.maxLen = max(f.maxLen, len(w))
	k := filterKey(w)
	f.bits[k>>6] |= 1 << (k & 63)
}

func (f *filter) mayHave(w string) bool {
	if len(w) < f.minLen || len(w) > f.maxLen || len(w) < 2 {
		return false
	}
	k := filterKey(w)
	return f.bits[k>>6]&(1<<(k&63)) != 0
}

// Package ascii8 holds the word tricks the text passes use to skip plain
// ASCII eight bytes at a time: clean news text is nearly all ASCII.
package ascii8

const (
	// Ones has 0x01 in every byte; c*Ones repeats byte c eight times.
	Ones = 0x0101010101010101
	// Highs has the high bit of every byte set.
	Highs = 0x8080808080808080
)

// Load reads s[i:i+8] as a little-endian word; the compiler turns the
// shifts into one load.
func Load(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

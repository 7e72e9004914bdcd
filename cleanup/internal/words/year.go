package words

// HasYear reports whether s holds a run of exactly four ASCII digits from
// 1900 to 2099: a date's or a time stamp's year, not part of a longer number.
func HasYear(s string) bool {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 && (s[i:i+2] == "19" || s[i:i+2] == "20") {
			return true
		}
		i = j
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

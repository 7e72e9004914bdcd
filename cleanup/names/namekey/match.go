package namekey

// spelling is a token's lower-case text, as a string or as bytes (the
// allocation-free AppendToken keeps it in a stack buffer).
type spelling interface{ ~string | ~[]byte }

// rulesFor lists the rules whose spelling starts with r, longest first.
func (t *Table) rulesFor(r rune) []rule {
	if r >= 0 && int(r) < len(t.ascii) {
		return t.ascii[r]
	}
	return t.byFirst[r]
}

// match returns the first of rules whose spelling reads lower at pos, and
// where that spelling ends; nil when none does. A spelling marked for the
// end of a token reads only there, never as the whole token, and when it
// vanishes from the key ("h$") only after a vowel (keyEndsInVowel: the key
// built so far ends in one). A spelling with a lookahead ("c+e") reads only
// before it. Token, AppendToken and Keys all read a token with it, so that
// their keys agree.
func match[S spelling](rules []rule, lower S, pos int, keyEndsInVowel bool) (*rule, int) {
	for k := range rules {
		ru := &rules[k]
		end := pos + len(ru.spell)
		if end > len(lower) || string(lower[pos:end]) != ru.spell {
			continue
		}
		if ru.atEnd && (end != len(lower) || pos == 0 || (ru.key == "" && !keyEndsInVowel)) {
			continue
		}
		if n := end + len(ru.before); ru.before != "" && (n > len(lower) || string(lower[end:n]) != ru.before) {
			continue
		}
		return ru, end
	}
	return nil, 0
}

package variants

import (
	"strings"

	"github.com/copydesk/copydesk/cleanup/names/namekey"
)

// minSingleKey is the shortest key a one-word name needs to be clustered
// across articles on its own: shorter keys (Kim, Li, Igor → "akar") are
// shared by too many different people and words.
const minSingleKey = 5

// minLinkKey is the shortest key of a lone word that may be linked to a
// full name in its own article (Abbas to Mahmoud Abbas): the full name
// makes it less of a guess, but Far is still not War.
const minLinkKey = 4

// near reports whether two spellings with equal keys are near enough to
// be one name. The key lets every vowel stand for every other, which
// merges Paris and Peres. So the vowel runs that differ, not counting the
// Russian-route i/y swaps (Dmitry/Dmytro), are budgeted: in a name of
// several words, up to half of all its vowel runs (Muhammad bin Salman /
// Mohammed bin Salman: the other words vouch for it); a one-word name
// must pass strictWord, and a short one may not differ in a vowel at all.
func near(keys *namekey.Table, g givenNames, a, b string) bool {
	cost, runs, words := vowelCost(keys, g, a, b)
	switch {
	case words == 0:
		return false
	case words > 1:
		return cost <= max(1, runs/2)
	case cost > 0 && len(keys.Token(a)) <= minSingleKey:
		return false // Hamad/Hamid: a short word's vowels are all it has
	}
	return strictWord(keys, a, b)
}

// strictWord judges a name of one word, where no other word vouches for
// it (Voters is not Waters, Syria not Siri): a distinctive key and at most
// one difference of any kind, not counting the Russian route's i/y or a
// doubled letter (Kharkov/Kharkiv, Gritsenko/Hrytsenko); with a
// difference, a key of at least minSingleKey.
func strictWord(keys *namekey.Table, a, b string) bool {
	aw, bw := nameWords(keys, a), nameWords(keys, b)
	if len(aw) != 1 || len(bw) != 1 || len(keys.Token(aw[0])) < minLinkKey {
		return false
	}
	diffs, ok := keys.Diffs(aw[0], bw[0])
	if !ok {
		return false
	}
	n := 0
	for _, d := range diffs {
		if !freeDiff(d.From, d.To) {
			n++
		}
	}
	// A short word one letter off is too often another word (Rate is
	// not Rutte): a letter of difference needs a distinctive key.
	if n == 1 && len(keys.Token(aw[0])) < minSingleKey {
		return false
	}
	return n <= 1
}

// freeDiff: differences the Russian route's i/y or doubling explain. The
// route's g/h is not free here: it also turns Gordon into Horton.
func freeDiff(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	switch {
	case a == b,
		vowelsOnly(a) && vowelsOnly(b) && iySwap(a, b),
		undouble(a) == undouble(b):
		return true
	}
	return false
}

// undouble collapses a doubled letter (ss → s).
func undouble(s string) string {
	if len(s) == 2 && s[0] == s[1] {
		return s[:1]
	}
	return s
}

// vowelCost counts the vowel runs that differ between two spellings and
// the vowel runs of a; words is 0 when the keys differ.
func vowelCost(keys *namekey.Table, g givenNames, a, b string) (cost, runs, words int) {
	aw, bw := nameWords(keys, a), nameWords(keys, b)
	if len(aw) != len(bw) {
		return 0, 0, 0
	}
	for i := range aw {
		runs += vowelRuns(aw[i])
		if g.same(keys, aw[i], bw[i]) {
			continue // Oleh/Oleg: the given-name table vouches for it
		}
		word, ok := keys.Diffs(aw[i], bw[i])
		if !ok {
			return 0, 0, 0
		}
		for _, d := range word {
			if vowelsOnly(d.From) && vowelsOnly(d.To) && !iySwap(d.From, d.To) {
				cost++
			}
		}
	}
	return cost, runs, len(aw)
}

// nameWords are the words of a name that have a key (al- vanishes).
func nameWords(keys *namekey.Table, s string) []string {
	var out []string
	for _, w := range namekey.Split(s) {
		if keys.Token(w) != "" {
			out = append(out, w)
		}
	}
	return out
}

const vowels = "aeiouyáàâäãåāéèêëēíìîïīóòôöõøōúùûüūýÿı"

func vowelsOnly(s string) bool {
	return s != "" && strings.Trim(strings.ToLower(s), vowels) == ""
}

// iySwap: the two spellings differ only by i/y (and a doubled or dropped
// i/y at the end), the Russian route's and KMU's disagreement.
func iySwap(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(s)
		s = strings.ReplaceAll(s, "y", "i")
		s = strings.ReplaceAll(s, "ii", "i")
		return s
	}
	return norm(a) == norm(b)
}

func vowelRuns(w string) int {
	n, in := 0, false
	for _, r := range strings.ToLower(w) {
		v := strings.ContainsRune(vowels, r)
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

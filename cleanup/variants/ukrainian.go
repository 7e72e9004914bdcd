package variants

import (
	"sort"
	"strings"
)

// contextWindow is how far (bytes) from a name a word such as Ukraine or
// Kyiv may be for the name to count as Ukrainian.
const contextWindow = 400

// kmuShape scores how much a spelling looks like KMU 2010 output: points
// for what only KMU writes (y for и between consonants as in Mykhailo and
// Klymenko, h for г as in Ihor, -yi/-ii endings, ia/iu/ie inside a word),
// and a veto for what KMU never writes (g for г, -sky/-iy/-yy, j, w, x,
// q, ya/yu/ye inside a word, ë).
func kmuShape(spelling string) (score int, veto bool) {
	for _, w := range strings.FieldsFunc(strings.ToLower(spelling), func(r rune) bool { return r == ' ' || r == '-' }) {
		s, v := kmuWord(w)
		score += s
		veto = veto || v
	}
	return score, veto
}

func kmuWord(w string) (score int, veto bool) {
	cons := func(i int) bool { return i >= 0 && i < len(w) && strings.IndexByte("bcdfghjklmnpqrstvwxz", w[i]) >= 0 }
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 'y' && cons(i-1) && cons(i+1):
			score++
		case c == 'h' && i > 0 && strings.IndexByte("kscztgz", w[i-1]) < 0:
			score++
		case c == 'h' && i == 0 && len(w) > 1 && cons(1):
			score++ // Hryhorii
		case c == 'g' && !strings.HasPrefix(w[max(0, i-1):], "zgh"):
			veto = true
		case strings.IndexByte("jwxq", c) >= 0:
			veto = true
		}
		if i > 0 && c == 'y' && i+1 < len(w) && strings.IndexByte("aueo", w[i+1]) >= 0 {
			veto = true
		}
		if i > 0 && c == 'i' && i+1 < len(w) && strings.IndexByte("aue", w[i+1]) >= 0 && cons(i-1) {
			score++
		}
	}
	switch {
	case strings.HasSuffix(w, "yi") || strings.HasSuffix(w, "ii"):
		score++
	case strings.HasSuffix(w, "ky") || strings.HasSuffix(w, "iy") || strings.HasSuffix(w, "yy"):
		veto = true
	}
	if strings.Contains(w, "ë") {
		veto = true
	}
	return score, veto
}

// kmuChoice returns the one spelling that has the KMU shape and beats all
// others, or -1.
func kmuChoice(spellings []string) int {
	best, bestScore, runnerUp := -1, 0, 0
	for i, s := range spellings {
		score, veto := kmuShape(s)
		if veto {
			continue
		}
		switch {
		case score > bestScore:
			runnerUp, best, bestScore = bestScore, i, score
		case score > runnerUp:
			runnerUp = score
		}
	}
	if bestScore == 0 || runnerUp == bestScore {
		return -1
	}
	return best
}

// nearContext reports whether one of the sorted offsets lies within the
// window around [start, end).
func nearContext(offsets []int, start, end int) bool {
	k := sort.SearchInts(offsets, start-contextWindow)
	return k < len(offsets) && offsets[k] <= end+contextWindow
}

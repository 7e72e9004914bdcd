package extract

import (
	"hash/maphash"
	"unicode"
	"unicode/utf8"
)

// bodyIndex holds the word trigrams of a page's JSON-LD articleBody, so
// that each block can be checked against what the publisher says the
// article is, in time linear in the text.
type bodyIndex struct {
	seed     maphash.Seed
	trigrams map[uint64]struct{}
}

func newBodyIndex(articleBody string) *bodyIndex {
	if len(articleBody) < 200 {
		return nil
	}
	ix := &bodyIndex{seed: maphash.MakeSeed(), trigrams: map[uint64]struct{}{}}
	ix.each(articleBody, func(h uint64) { ix.trigrams[h] = struct{}{} })
	if len(ix.trigrams) < 20 {
		return nil
	}
	return ix
}

// share is the fraction of a text's trigrams found in the articleBody, or
// -1 when the text is too short to tell.
func (ix *bodyIndex) share(text string) float64 {
	n, hit := 0, 0
	ix.each(text, func(h uint64) {
		n++
		if _, ok := ix.trigrams[h]; ok {
			hit++
		}
	})
	if n < 3 {
		return -1
	}
	return float64(hit) / float64(n)
}

// each calls f with the hash of every run of three consecutive words,
// lower-cased; words are runs of letters and digits.
func (ix *bodyIndex) each(text string, f func(uint64)) {
	var words [3]uint64
	n := 0
	var h maphash.Hash
	h.SetSeed(ix.seed)
	inWord := false
	flushWord := func() {
		words[0], words[1], words[2] = words[1], words[2], h.Sum64()
		h.Reset()
		n++
		if n >= 3 {
			f(words[0]*31*31 + words[1]*31 + words[2])
		}
	}
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			var buf [utf8.UTFMax]byte
			h.Write(buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))])
			inWord = true
		} else if inWord {
			flushWord()
			inWord = false
		}
	}
	if inWord {
		flushWord()
	}
}

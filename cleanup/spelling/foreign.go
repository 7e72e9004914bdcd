package spelling

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Verdicts on segments, worked out on first need.
const (
	english int8 = iota + 1
	notEnglish
)

// foreign reports whether the word at p stands in a sentence or
// quotation that is not English: mostly non-Latin letters, or more foreign
// function words (le, der, que …) than English ones. Only the sentences
// that hold a candidate word are read, once each.
func (r *run) foreign(p int) bool {
	sc := r.sc
	ss, se := segment(r.text, p)
	v, ok := sc.segVerdict[ss]
	if !ok {
		v = verdict(r.profile(ss, se).foreignText())
		sc.segVerdict[ss] = v
	}
	return v == notEnglish
}

func verdict(foreign bool) int8 {
	if foreign {
		return notEnglish
	}
	return english
}

// segment returns the sentence or quotation around p: the text between
// the nearest sentence ends, quotation marks or line breaks.
func segment(t string, p int) (int, int) {
	s := 0
	for i := p - 1; i >= 0; i-- {
		if c := t[i]; c < 0x80 {
			if segmentEnd[c] {
				s = i + 1
				break
			}
		} else if c >= 0xC0 && segmentMark(t[i:]) {
			_, n := utf8.DecodeRuneInString(t[i:])
			s = i + n
			break
		}
	}
	for i := p; i < len(t); i++ {
		if c := t[i]; c < 0x80 {
			if segmentEnd[c] {
				return s, i
			}
		} else if c >= 0xC0 && segmentMark(t[i:]) {
			return s, i
		}
	}
	return s, len(t)
}

// segmentEnd marks the ASCII bytes that end a segment.
var segmentEnd = func() (b [128]bool) {
	for _, c := range []byte(".!?:;\"\n") {
		b[c] = true
	}
	return
}()

// segmentMark reports whether s starts with a quotation mark or an
// ellipsis.
func segmentMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '“', '”', '«', '»', '„', '…':
		return true
	}
	return false
}

// profile counts letters and function words in t[from:to]. English
// function words are counted only when there are foreign ones to weigh
// them against.
func (r *run) profile(from, to int) counts {
	var c counts
	r.eachWord(from, to, func(w string, latin, other int) {
		c.latin += latin
		c.other += other
		if (other > 0 || w[0] >= 0x80 || r.p.foreignFilter.mayHave(w)) && r.stopword(w) == stopForeign {
			c.foreign++
		}
	})
	if c.foreign >= minForeignStopwords {
		r.eachWord(from, to, func(w string, _, _ int) {
			if r.p.englishFilter.mayHave(w) && r.stopword(w) == stopEnglish {
				c.english++
			}
		})
	}
	return c
}

// eachWord calls f for every word of t[from:to] with its count of Latin
// and other letters.
func (r *run) eachWord(from, to int, f func(w string, latin, other int)) {
	t := r.text
	for i := from; i < to; {
		c := t[i]
		if c < 0x80 && !isLetterByte(c) {
			i++
			continue
		}
		if c >= 0x80 {
			if ru, n := utf8.DecodeRuneInString(t[i:]); !unicode.IsLetter(ru) {
				i += n
				continue
			}
		}
		j, latin, other := i, 0, 0
		for j < to {
			c := t[j]
			if c < 0x80 {
				if !isLetterByte(c) {
					break
				}
				latin++
				j++
				continue
			}
			ru, n := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsLetter(ru) && !unicode.Is(unicode.Mn, ru) {
				break
			}
			if unicode.Is(unicode.Latin, ru) || unicode.Is(unicode.Mn, ru) {
				latin++
			} else {
				other++
			}
			j += n
		}
		f(t[i:j], latin, other)
		i = j
	}
}

// stopword looks a word up in the function-word list.
func (r *run) stopword(w string) int8 {
	if len(w) < 32 {
		var buf [32]byte
		b := buf[:0]
		ascii := true
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 0x80 {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		if ascii {
			return r.p.stop[string(b)]
		}
	}
	return r.p.stop[strings.ToLower(w)]
}

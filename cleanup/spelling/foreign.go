package spelling

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foreign reports whether token i stands in a line, sentence or quotation
// that is not English: mostly non-Latin letters, or more foreign function
// words (le, der, que …) than English ones. Worked out on first need and
// kept per line and per segment.
func (r *run) foreign(i int) bool {
	t := r.sc.toks[i]
	if r.lineForeign == nil {
		r.lineForeign, r.segForeign = map[int32]bool{}, map[int32]bool{}
	}
	f, ok := r.lineForeign[t.line]
	if !ok {
		f = r.profile(i, func(u token) bool { return u.line == t.line }).foreignText()
		r.lineForeign[t.line] = f
	}
	if f {
		return true
	}
	f, ok = r.segForeign[t.segment]
	if !ok {
		f = r.profile(i, func(u token) bool { return u.segment == t.segment }).foreignText()
		r.segForeign[t.segment] = f
	}
	return f
}

// profile counts letters and function words over the run of tokens
// around i for which same holds.
func (r *run) profile(i int, same func(token) bool) counts {
	toks := r.sc.toks
	a, b := i, i+1
	for a > 0 && same(toks[a-1]) {
		a--
	}
	for b < len(toks) && same(toks[b]) {
		b++
	}
	var c counts
	for _, t := range toks[a:b] {
		w := r.sc.text[t.start:t.base]
		if t.ascii {
			c.latin += len(w)
		} else {
			for len(w) > 0 {
				ru, n := utf8.DecodeRuneInString(w)
				w = w[n:]
				if unicode.Is(unicode.Latin, ru) || unicode.Is(unicode.Mn, ru) || ru == '\'' || ru == '’' {
					c.latin++
				} else {
					c.other++
				}
			}
			w = r.sc.text[t.start:t.base]
		}
		switch r.p.stop[strings.ToLower(w)] {
		case stopEnglish:
			c.english++
		case stopForeign:
			c.foreign++
		}
	}
	return c
}

package spelling

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of the text.
type token struct {
	e          *entry // what the tables say about the word (candidates only)
	start, end int32  // the word, with a possessive 's
	base       int32  // end of the word without the possessive
	sep        byte   // what joins it to the previous word: ' ', '-', or 0
	capFirst   bool
	allCaps    bool // two or more letters, every one upper case
	lower      bool // every letter lower case
	ascii      bool
	quoted     bool // inside a direct quotation (candidates only)
	code       bool // inside `code` (candidates only)
}

// counts tallies the evidence that a stretch of text is not English.
type counts struct{ latin, other, english, foreign int }

func (c counts) foreignText() bool {
	return c.other > c.latin || (c.foreign >= minForeignStopwords && c.foreign > c.english)
}

// minForeignStopwords is how many foreign function words (le, der, que …)
// a sentence needs, with more of them than English ones, to count as not
// English.
const minForeignStopwords = 2

// scanner finds, in one pass over the bytes, the words the tables may
// name; everything else about a word's surroundings is read from the
// text around it only when the word turns out to matter.
type scanner struct {
	text   string
	cands  []token
	words  map[string]*entry
	filter *filter
	keyBuf []byte
	// state of the left-to-right reading of quotation marks and code
	cursor         int
	quoted, inCode bool
	lineVerdict    map[int]int8 // by line start
	segVerdict     map[int]int8 // by segment start
	lineClean      map[int]bool
	// hits is the proposal buffer of the run using the scanner, kept
	// with the token buffer between runs.
	hits []hit
}

func (s *scanner) reset(text string) {
	s.text = text
	s.cands = s.cands[:0]
	clear(s.segVerdict)
	if s.segVerdict == nil {
		s.segVerdict = map[int]int8{}
	}
}

// scan collects the candidate words: ASCII words whose lower-case form,
// without a possessive, is in the tables.
func (s *scanner) scan() {
	t := s.text
	f := s.filter
	quoted, code := false, false
	for i := 0; i < len(t); {
		// Between words, follow quotation marks, backticks and line
		// breaks, which end both.
		for i < len(t) && !asciiLetter[t[i]] {
			c := t[i]
			if !quoteStop[c] {
				i++
				continue
			}
			if c < 0x80 {
				switch c {
				case '\n':
					quoted, code = false, false
				case '"':
					quoted = !quoted
				case '`':
					code = !code
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(t[i:])
			switch r {
			case '“', '«', '„':
				quoted = true
			case '”', '»':
				quoted = false
			}
			i += n
		}
		if i == len(t) {
			break
		}
		start := i
		j := i + 1
		for {
			for j < len(t) && asciiLetter[t[j]] {
				j++
			}
			// an apostrophe between letters stays in the word (don't, 's)
			if j+1 < len(t) && t[j] == '\'' && asciiLetter[t[j+1]] {
				j += 2
				continue
			}
			break
		}
		end := j
		i = j
		base := end
		if end+4 <= len(t) && t[end] == 0xE2 && t[end:end+3] == "’" && (t[end+3] == 's' || t[end+3] == 'S') && (end+4 == len(t) || !isLetterAt(t, end+4)) {
			end += 4
		} else if end-start > 2 && t[end-2] == '\'' && (t[end-1] == 's' || t[end-1] == 'S') {
			base = end - 2
		}
		n := base - start
		if n < f.minLen || n > f.maxLen || n < 2 {
			continue
		}
		if k := filterKey(t[start:base]); f.bits[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		if nonASCIILetterBefore(t, start) || (end < len(t) && t[end] >= 0x80 && isLetterAt(t, end)) {
			continue
		}
		tok := wordAt(t, start, end, base)
		tok.quoted, tok.code = quoted, code
		if tok.e = s.lookup(tok); tok.e != nil {
			s.cands = append(s.cands, tok)
		}
	}
}

// wordAt describes the ASCII word t[start:end] (base: without 's).
func wordAt(t string, start, end, base int) token {
	tok := token{start: int32(start), end: int32(end), base: int32(base), lower: true, allCaps: true, ascii: true}
	letters := 0
	for k := start; k < base; k++ {
		c := t[k]
		switch {
		case 'a' <= c && c <= 'z':
			tok.allCaps = false
			letters++
		case 'A' <= c && c <= 'Z':
			tok.lower = false
			if k == start {
				tok.capFirst = true
			}
			letters++
		}
	}
	if letters < 2 {
		tok.allCaps = false
	}
	return tok
}

// lookup finds the entry of the lower-case word without its possessive,
// without allocating.
func (s *scanner) lookup(tok token) *entry {
	w := s.text[tok.start:tok.base]
	if tok.lower {
		return s.words[w]
	}
	s.keyBuf = s.keyBuf[:0]
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		s.keyBuf = append(s.keyBuf, c)
	}
	return s.words[string(s.keyBuf)]
}

// sentenceStart reports whether a word at p begins a sentence or a line:
// only spaces, opening quotes or brackets between it and a full stop,
// question or exclamation mark, colon, ellipsis or line start.
func sentenceStart(t string, p int) bool {
	for p > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:p])
		switch r {
		case ' ', '\t', '\r', '\u00a0', '"', '\'', '“', '‘', '«', '„', '(', '[', '—', '–':
			p -= n
			continue
		case '\n', '.', '!', '?', ':', '…':
			return true
		}
		return false
	}
	return true
}

// prevWord returns the word before the one starting at p on the same line,
// and whether the two are joined by spaces or one hyphen only.
func prevWord(t string, p int) (token, bool) {
	q := p
	for q > 0 && (t[q-1] == ' ' || t[q-1] == '\t') {
		q--
	}
	if q > 0 && t[q-1] == '-' && q == p {
		q--
	}
	if q == p || q == 0 {
		return token{}, false
	}
	end := q
	for q > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:q])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			break
		}
		q -= n
	}
	if q == end {
		return token{}, false
	}
	return describe(t, q, end), true
}

// nextWord returns the word after the one ending at p on the same line,
// with the separator that joins them (' ' or '-'), if only spaces or one
// hyphen come between.
func nextWord(t string, p int) (token, bool) {
	q := p
	sep := byte(0)
	if q < len(t) && t[q] == '-' {
		sep = '-'
		q++
	} else {
		for q < len(t) && (t[q] == ' ' || t[q] == '\t') {
			sep = ' '
			q++
		}
	}
	if sep == 0 || q >= len(t) {
		return token{}, false
	}
	start := q
	for q < len(t) {
		r, n := utf8.DecodeRuneInString(t[q:])
		if !unicode.IsLetter(r) && !((r == '\'' || r == '’') && q+n < len(t) && isLetterAt(t, q+n)) {
			break
		}
		q += n
	}
	if q == start {
		return token{}, false
	}
	tok := describe(t, start, q)
	tok.sep = sep
	return tok, true
}

// describe reads the case of any word t[start:end].
func describe(t string, start, end int) token {
	tok := token{start: int32(start), end: int32(end), base: int32(end), lower: true, allCaps: true, ascii: true}
	letters := 0
	for k, r := range t[start:end] {
		if r >= 0x80 {
			tok.ascii = false
		}
		switch {
		case unicode.IsUpper(r):
			tok.lower = false
			if k == 0 {
				tok.capFirst = true
			}
			letters++
		case unicode.IsLower(r):
			tok.allCaps = false
			letters++
		}
	}
	if letters < 2 {
		tok.allCaps = false
	}
	return tok
}

func nonASCIILetterBefore(t string, p int) bool {
	if p == 0 || t[p-1] < 0x80 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:p])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isLetterAt(t string, i int) bool {
	c := t[i]
	if c < 0x80 {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// guarded reports whether the word at p is in a run of non-space text that
// is a URL, an e-mail address, a hashtag, a handle, a path or a domain: no
// spelling there is ours to change.
func guarded(t string, p int) bool {
	lo, hi := p, p
	for lo > 0 && !isSpaceByte(t[lo-1]) {
		lo--
	}
	for hi < len(t) && !isSpaceByte(t[hi]) {
		hi++
	}
	chunk := t[lo:hi]
	for k := 0; k < len(chunk); k++ {
		switch chunk[k] {
		case '/', '@', '#', '\\', '_', '=', '<', '>', '`', '{', '}', '|', '~':
			return true
		case '.':
			// a dot between two letters: a domain or a file name
			if k > 0 && k+1 < len(chunk) && isLetterByte(chunk[k-1]) && isLetterByte(chunk[k+1]) {
				return true
			}
		}
	}
	return false
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func isLetterByte(b byte) bool { return asciiLetter[b] }

// asciiLetter and quoteStop classify bytes for the two hot loops.
var asciiLetter, quoteStop [256]bool

func init() {
	for c := 'a'; c <= 'z'; c++ {
		asciiLetter[c], asciiLetter[c-'a'+'A'] = true, true
	}
	for _, c := range []byte{'\n', '"', '`'} {
		quoteStop[c] = true
	}
	for c := 0x80; c < 0x100; c++ {
		quoteStop[c] = true
	}
}

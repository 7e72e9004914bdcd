package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of the text. Hyphens and spaces split words, and the
// separator is kept so that "al-Qaeda" and "al Qaeda" stay different keys.
type token struct {
	start, end int
	hash       uint64 // FNV-1a of the lower-cased word
	sep        byte   // join to the previous token: ' ', '-', or 0 (none)
	capFirst   bool   // first letter is upper case
	allCaps    bool   // two or more letters, none lower case
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

// fnvWord feeds the normalized form of a word: lower case, typographic
// apostrophes as '.
func fnvWord(h uint64, w string) uint64 {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = fnvByte(h, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		r = foldRune(r)
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:n] {
			h = fnvByte(h, b)
		}
	}
	return h
}

func foldRune(r rune) rune {
	if isApostrophe(r) {
		return '\''
	}
	return unicode.ToLower(r)
}

// normalize is the string form fnvWord hashes.
func normalize(w string) string {
	return strings.Map(foldRune, w)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// byteClass sorts bytes for the tokenizer's fast path; every byte of a
// multi-byte character is otherByte and goes the slow way.
var byteClass = func() (c [256]uint8) {
	for b := 'a'; b <= 'z'; b++ {
		c[b] = lowerByte
	}
	for b := 'A'; b <= 'Z'; b++ {
		c[b] = upperByte
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = digitByte
	}
	for b := utf8.RuneSelf; b < len(c); b++ {
		c[b] = multiByte
	}
	return c
}()

const (
	otherByte uint8 = iota
	lowerByte
	upperByte
	digitByte
	multiByte
)

// tokenize splits text[from:to] into words, appending to toks. An
// apostrophe inside a word stays (Mu'ammar, O'Brien) except a possessive
// 's, which is left outside so that Kharkov's matches Kharkov.
//
// It runs once per byte of every article, so it is one loop: ASCII
// letters and digits, nearly all of English prose, are read in place, and
// only non-ASCII characters and apostrophes go out of line (wordRune).
func tokenize(text string, from, to int, toks []token) []token {
	text = text[:to]
	prevEnd := -1
	for i := from; i < to; {
		switch byteClass[text[i]] {
		case otherByte:
			i++
			continue
		case multiByte:
			if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
				i += size
				continue
			}
		}
		start, h := i, uint64(fnvOffset)
		letters, lower, upper, capFirst := 0, false, false, false
	word:
		for i < to {
			// Most bytes are lower-case ASCII letters: hash them in a
			// loop of their own.
			run := i
			for i < to && byteClass[text[i]] == lowerByte {
				h = fnvByte(h, text[i])
				i++
			}
			if i > run {
				lower = true
				letters += i - run
				if i == to {
					break
				}
			}
			c := text[i]
			switch byteClass[c] {
			case upperByte:
				capFirst = capFirst || letters == 0
				upper = true
				letters++
				c += 'a' - 'A'
			case digitByte:
			case otherByte:
				if c != '\'' {
					break word
				}
				fallthrough
			default:
				n, hr, kind := wordRune(text, i, h)
				if n == 0 {
					break word
				}
				if kind != notLetter {
					if letters == 0 {
						capFirst = kind == upperLetter || kind == titleLetter
					}
					letters++
					upper = upper || kind == upperLetter
					lower = lower || kind == lowerLetter
				}
				i, h = i+n, hr
				continue
			}
			h = fnvByte(h, c)
			i++
		}
		t := token{start: start, end: i, hash: h, capFirst: capFirst, allCaps: upper && !lower && letters >= 2}
		if prevEnd >= 0 {
			if start-prevEnd == 1 && text[prevEnd] == ' ' {
				t.sep = ' '
			} else {
				t.sep = joiner(text[prevEnd:start])
			}
		}
		prevEnd = i
		toks = append(toks, t)
	}
	return toks
}

// What kind of character wordRune read.
type runeKind uint8

const (
	notLetter runeKind = iota // a digit, a combining mark or an inner apostrophe
	lowerLetter
	upperLetter
	titleLetter
	otherLetter // a letter without case (Arabic, CJK …)
)

// wordRune reads the character at text[i] inside a word, when it is not
// an ASCII letter or digit: it returns its length in bytes (0 when the
// word ends before it), the hash h continued over it, and its kind.
func wordRune(text string, i int, h uint64) (int, uint64, runeKind) {
	r, size := utf8.DecodeRuneInString(text[i:])
	if isApostrophe(r) && innerApostrophe(text, i+size) {
		return size, fnvByte(h, '\''), notLetter
	}
	// ʼ is a letter to Unicode: not joining two parts, it is read as one.
	if !isWordRune(r) {
		return 0, h, notLetter
	}
	h = fnvWord(h, text[i:i+size])
	switch {
	case !unicode.IsLetter(r):
		return size, h, notLetter
	case unicode.IsUpper(r):
		return size, h, upperLetter
	case unicode.IsLower(r):
		return size, h, lowerLetter
	case unicode.IsTitle(r):
		return size, h, titleLetter
	}
	return size, h, otherLetter
}

// innerApostrophe reports whether an apostrophe ending at i joins two parts
// of one word: a letter follows, and it is not a possessive 's.
func innerApostrophe(text string, i int) bool {
	r, size := utf8.DecodeRuneInString(text[i:])
	if size == 0 || !isWordRune(r) {
		return false
	}
	if r == 's' || r == 'S' {
		next, n := utf8.DecodeRuneInString(text[i+size:])
		return n > 0 && isWordRune(next)
	}
	return true
}

// joiner classifies the gap between two tokens.
func joiner(gap string) byte {
	switch gap {
	case " ":
		return ' '
	case "-":
		return '-'
	}
	for _, r := range gap {
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return 0
		}
	}
	return ' '
}

// phrase is a glossary spelling split like text: lower-cased words and the
// separators between them.
type phrase struct {
	words []string
	seps  []byte // seps[i] joins words[i] to words[i-1]; seps[0] unused
}

func splitPhrase(s string) phrase {
	var p phrase
	for _, t := range tokenize(s, 0, len(s), nil) {
		p.words = append(p.words, normalize(s[t.start:t.end]))
		p.seps = append(p.seps, t.sep)
	}
	return p
}

// key is the normalized string the hash of a phrase stands for.
func (p phrase) key() string {
	var b strings.Builder
	for i, w := range p.words {
		if i > 0 {
			b.WriteByte(p.seps[i])
		}
		b.WriteString(w)
	}
	return b.String()
}

// hash matches the n-gram hash the pass computes over text tokens.
func (p phrase) hash() uint64 {
	h := uint64(fnvOffset)
	for i, w := range p.words {
		if i > 0 {
			h = fnvByte(h, p.seps[i])
		}
		h = fnvWord(h, w)
	}
	return h
}

func words(s string) []string { return splitPhrase(s).words }

// indexWords finds needle as consecutive words in hay.
func indexWords(hay, needle []string) int {
	for i := 0; i+len(needle) <= len(hay) && len(needle) > 0; i++ {
		match := true
		for j := range needle {
			if hay[i+j] != needle[j] {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// protectPhrase splits a leave-alone phrase; a "*" word is kept as a
// wildcard for a capitalized word.
func protectPhrase(s string) phrase {
	var p phrase
	for _, f := range strings.Fields(s) {
		if f == "*" {
			p.words = append(p.words, "*")
			p.seps = append(p.seps, ' ')
			continue
		}
		q := splitPhrase(f)
		p.words = append(p.words, q.words...)
		p.seps = append(p.seps, q.seps...)
	}
	return p
}

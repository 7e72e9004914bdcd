package spelling

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of the text with what the pass needs to know about
// where it stands.
type token struct {
	e          *entry // what the tables say about the word, nil for nothing
	start, end int32  // the word, with a possessive 's
	base       int32  // end of the word without the possessive
	segment    int32  // index of its sentence or quotation in segments
	line       int32  // index of its line in lines
	sep        byte   // what joins it to the previous token: ' ', '-', or 0
	sentence   bool   // first word of a sentence or line
	quoted     bool   // inside a direct quotation
	code       bool   // inside `code`
	capFirst   bool
	allCaps    bool // every letter upper case
	lower      bool // every letter lower case
	ascii      bool
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

// scanner splits a text into tokens in one pass.
type scanner struct {
	text      string
	toks      []token
	segments  int // sentences and quotations begun so far
	lines     int
	words     map[string]*entry
	keyBuf    []byte
	filter    *filter
	inCode    bool
	quoted    bool
	sentence  bool
	separator byte
}

func (s *scanner) scan() {
	s.toks = s.toks[:0]
	s.segments, s.lines = 0, 0
	s.sentence, s.quoted, s.inCode, s.separator = true, false, false, 0
	t := s.text
	for i := 0; i < len(t); {
		c := t[i]
		if c < 0x80 {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				i = s.word(i)
				continue
			case c == '\n':
				s.lines++
				s.newSegment()
				s.sentence, s.quoted, s.inCode = true, false, false
				s.separator = 0
			case c == ' ' || c == '\t' || c == '\r':
				if s.separator == 0 || s.separator == '-' {
					s.separator = ' '
				}
			case c == '-':
				if s.separator == 0 {
					s.separator = '-'
				} else {
					s.separator = 1
				}
			case c == '"':
				s.quoted = !s.quoted
				s.newSegment()
				s.separator = 1
			case c == '`':
				s.inCode = !s.inCode
				s.separator = 1
			case c == '.' || c == '!' || c == '?' || c == ':' || c == ';':
				s.sentence = c != ';'
				s.newSegment()
				s.separator = 1
			case c == '(' || c == ')' || c == '[' || c == ']' || c == '\'':
				// brackets and a straight single quote keep the sentence state
				s.separator = 1
			default:
				s.separator = 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		switch {
		case unicode.IsLetter(r):
			i = s.word(i)
			continue
		case r == '“' || r == '«' || r == '„':
			s.quoted = true
			s.newSegment()
		case r == '”' || r == '»':
			s.quoted = false
			s.newSegment()
		case r == '\u00a0' || r == '\u2009' || r == '\u202f':
			if s.separator == 0 {
				s.separator = ' '
			}
			i += n
			continue
		case r == '…':
			s.sentence = true
			s.newSegment()
		}
		s.separator = 1
		i += n
	}
}

func (s *scanner) newSegment() { s.segments++ }

// word reads the word starting at i and returns where it ends.
func (s *scanner) word(i int) int {
	t := s.text
	tok := token{start: int32(i), sentence: s.sentence, quoted: s.quoted, ascii: true, lower: true, allCaps: true,
		segment: int32(s.segments), line: int32(s.lines)}
	if s.separator == ' ' || s.separator == '-' {
		tok.sep = s.separator
	}
	tok.code = s.inCode
	j, letters := i, 0
	for j < len(t) {
		c := t[j]
		if c < 0x80 {
			switch {
			case 'a' <= c && c <= 'z':
				tok.allCaps = false
			case 'A' <= c && c <= 'Z':
				tok.lower = false
				if j == i {
					tok.capFirst = true
				}
			case c == '\'' && j+1 < len(t) && isLetterAt(t, j+1):
				j++
				continue
			default:
				goto done
			}
			letters++
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[j:])
		if r == '’' && j+n < len(t) && isLetterAt(t, j+n) {
			j += n
			continue
		}
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		tok.ascii = false
		if unicode.IsUpper(r) {
			tok.lower = false
			if j == i {
				tok.capFirst = true
			}
		} else if unicode.IsLower(r) {
			tok.allCaps = false
		}
		letters++
		j += n
	}
done:
	tok.end, tok.base = int32(j), int32(j)
	w := t[i:j]
	switch {
	case len(w) > 2 && (w[len(w)-2:] == "'s" || w[len(w)-2:] == "'S"):
		tok.base = int32(j - 2)
	case len(w) > 4 && w[len(w)-4:] == "’s":
		tok.base = int32(j - 4)
	}
	if letters < 2 {
		tok.allCaps = false
	}
	if tok.ascii && s.filter.mayHave(w[:tok.base-tok.start]) {
		tok.e = s.lookup(tok)
	}
	s.toks = append(s.toks, tok)
	s.sentence, s.separator = false, 0
	return j
}

// lookup finds the entry of the lower-case word without its possessive,
// without allocating for ASCII words.
func (s *scanner) lookup(tok token) *entry {
	w := s.text[tok.start:tok.base]
	if tok.lower {
		return s.words[w]
	}
	if !tok.ascii {
		return s.words[strings.ToLower(w)]
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

func isLetterAt(t string, i int) bool {
	c := t[i]
	if c < 0x80 {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r)
}

// guarded reports whether the token is in code or in a run of non-space
// text that is a URL, an e-mail address, a hashtag, a handle, a path or a
// domain: no spelling there is ours to change.
func (s *scanner) guarded(tok token) bool {
	return tok.code || s.chunkGuard(int(tok.start)) > int(tok.start)
}

func (s *scanner) chunkGuard(i int) int {
	t := s.text
	lo, hi := i, i
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
			return hi
		case '.':
			// a dot between two letters: a domain or a file name
			if k > 0 && k+1 < len(chunk) && isLetterByte(chunk[k-1]) && isLetterByte(chunk[k+1]) {
				return hi
			}
		}
	}
	return i
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

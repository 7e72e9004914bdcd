package spelling

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of the text with what the pass needs to know about
// where it stands.
type token struct {
	start, end int  // the word, with a possessive 's
	base       int  // end of the word without the possessive
	sep        byte // what joins it to the previous token: ' ', '-', or 0
	segment    int  // index of its sentence or quotation in segments
	line       int  // index of its line in lines
	sentence   bool // first word of a sentence or line
	quoted     bool // inside a direct quotation
	guarded    bool // inside a URL, address, hashtag, handle or code
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
	segments  []counts
	lines     []counts
	stop      map[string]bool
	keyBuf    []byte
	guardEnd  int // end of the current guarded chunk
	inCode    bool
	quoted    bool
	sentence  bool
	separator byte
}

func (s *scanner) scan() {
	s.toks = s.toks[:0]
	s.segments = append(s.segments[:0], counts{})
	s.lines = append(s.lines[:0], counts{})
	s.sentence, s.quoted, s.inCode, s.guardEnd, s.separator = true, false, false, -1, 0
	t := s.text
	for i := 0; i < len(t); {
		c := t[i]
		if c < 0x80 {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				i = s.word(i)
				continue
			case c == '\n':
				s.lines = append(s.lines, counts{})
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

func (s *scanner) newSegment() {
	if s.segments[len(s.segments)-1] != (counts{}) {
		s.segments = append(s.segments, counts{})
	}
}

// word reads the word starting at i and returns where it ends.
func (s *scanner) word(i int) int {
	t := s.text
	tok := token{start: i, sentence: s.sentence, quoted: s.quoted, ascii: true, lower: true, allCaps: true,
		segment: len(s.segments) - 1, line: len(s.lines) - 1}
	if s.separator == ' ' || s.separator == '-' {
		tok.sep = s.separator
	}
	if i >= s.guardEnd {
		s.guardEnd = s.chunkGuard(i)
	}
	tok.guarded = s.inCode || i < s.guardEnd
	j, letters, latin := i, 0, 0
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
			latin++
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
		if unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Mn, r) {
			latin++
		}
		letters++
		j += n
	}
done:
	tok.end, tok.base = j, j
	w := t[i:j]
	switch {
	case len(w) > 2 && (w[len(w)-2:] == "'s" || w[len(w)-2:] == "'S"):
		tok.base = j - 2
	case len(w) > 4 && w[len(w)-4:] == "’s":
		tok.base = j - 4
	}
	if letters < 2 {
		tok.allCaps = false
	}
	line, seg := &s.lines[len(s.lines)-1], &s.segments[len(s.segments)-1]
	line.latin += latin
	line.other += letters - latin
	seg.latin += latin
	seg.other += letters - latin
	if key := s.key(tok); key != "" {
		if en, ok := s.stop[key]; ok {
			if en {
				line.english++
				seg.english++
			} else {
				line.foreign++
				seg.foreign++
			}
		}
	}
	s.toks = append(s.toks, tok)
	s.sentence, s.separator = false, 0
	return j
}

// key is the lower-case word without its possessive; it reuses a buffer,
// so it is valid until the next call.
func (s *scanner) key(tok token) string {
	w := s.text[tok.start:tok.base]
	if tok.lower {
		return w
	}
	if !tok.ascii {
		return toLowerString(w)
	}
	s.keyBuf = s.keyBuf[:0]
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		s.keyBuf = append(s.keyBuf, c)
	}
	return string(s.keyBuf)
}

func isLetterAt(t string, i int) bool {
	c := t[i]
	if c < 0x80 {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r)
}

// chunkGuard looks at the run of non-space text around i and returns its
// end when it is a URL, an e-mail address, a hashtag, a handle, a path or
// a domain (no spelling there is ours to change), or i when it is not.
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

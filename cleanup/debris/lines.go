package debris

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup/internal/ascii8"
)

// A line is one non-blank line of the draft text. Start and End bound its
// content (without the newline) in Text() coordinates.
type line struct {
	start, end int
	text       string // trimmed content
	words      int    // whitespace-separated fields
}

// splitLines returns the non-blank lines of s.
func splitLines(s string) []line {
	// At most one line per newline and one more: sized once, not grown.
	out := make([]line, 0, strings.Count(s, "\n")+1)
	for pos := 0; pos < len(s); {
		end := strings.IndexByte(s[pos:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += pos
		}
		if t := strings.TrimFunc(s[pos:end], unicode.IsSpace); t != "" {
			out = append(out, line{start: pos, end: end, text: t, words: countWords(t)})
		}
		pos = end + 1
	}
	return out
}

// countWords counts the whitespace-separated fields of s. Every line of an
// article is counted, so runs of ASCII are counted eight bytes at a time:
// a word starts at each non-space byte that follows a space.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := ascii8.Load(s, i); x&ascii8.Highs == 0 {
				sp := asciiSpaceBytes(x)
				before := sp << 8 // each byte learns whether the one before it is a space
				if !in {
					before |= 0x80
				}
				n += bits.OnesCount64(^sp & before & ascii8.Highs)
				in = sp>>63 == 0
				i += 8
				continue
			}
		}
		var sp bool
		if c := s[i]; c < utf8.RuneSelf {
			sp = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
			i += size
		}
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// asciiSpaceBytes sets the high bit of each byte of x that is an ASCII
// space (\t \n \v \f \r or ' '). Every byte of x must be below 0x80, so
// no sum carries into the next byte.
func asciiSpaceBytes(x uint64) uint64 {
	fromTab := (x + (0x80-'\t')*ascii8.Ones) & ascii8.Highs      // byte >= '\t'
	pastReturn := (x + (0x80-'\r'-1)*ascii8.Ones) & ascii8.Highs // byte > '\r'
	notBlank := (x ^ ' '*ascii8.Ones) + 0x7f*ascii8.Ones         // high bit set unless the byte is ' '
	return fromTab&^pastReturn | ^notBlank&ascii8.Highs
}

// asciiSpace is unicode.IsSpace for ASCII, so counting the words of
// English prose needs no call per byte.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = unicode.IsSpace(c)
	}
	return t
}()

// Lines longer than this are paragraphs, whatever else they look like.
const maxDebrisWords = 60

// prose reports whether a line reads like a paragraph of the article:
// sentences that end like one, or a very long line. Headlines (even long
// machine-translated ones) and debris are short or unpunctuated.
func prose(l line) bool {
	return l.words >= 25 || (l.words >= 5 && endsSentence(l.text))
}

// endsSentence reports whether s ends with sentence punctuation, looking
// past closing quotes and brackets.
func endsSentence(s string) bool { return strings.ContainsRune(".!?؟。…", lastMark(s)) }

// endsQuestion reports whether s ends with ? or !: headlines end that way,
// statements do not.
func endsQuestion(s string) bool { return strings.ContainsRune("?!؟", lastMark(s)) }

// lastMark is the last character of s past closing quotes, brackets and
// spaces.
func lastMark(s string) rune {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune(`"'”’»)]`, r) || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// sentenceLike guards the hard rule: a line that reads as a sentence is
// content even when it opens with a debris word.
func sentenceLike(l line) bool { return l.words >= 6 && endsSentence(l.text) }

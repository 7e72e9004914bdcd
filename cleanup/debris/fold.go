package debris

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A token is one folded word of a line: folded[start:end], where folded is
// the whole line folded, its words joined by single spaces, so a run of
// tokens is a substring and needs no allocation to look up. Punct records
// whether a separator (":", "|", "»", "-") follows the word: "Tags: Ukraine" reads as a label, "Tags Ukraine" does not.
type token struct {
	folded     string
	start, end int
	punct      bool
	digit      bool // every character is a digit
}

func (t token) word() string { return t.folded[t.start:t.end] }

// tokenize splits s into folded words. Folding makes spelling variants of
// one phrase meet: case, accents and Arabic diacritics are dropped, the
// hamza/alef/ya/ta-marbuta forms are unified, Persian letters map to their
// Arabic twins, a zero-width non-joiner counts as a space, Arabic-Indic
// digits become ASCII, and every run of punctuation, bullets, arrows or
// spaces separates words.
func tokenize(s string) []token {
	f := folder{toks: make([]token, 0, 8), buf: make([]byte, 0, len(s)+1)}
	return f.tokenize(s)
}

// A folder tokenizes line after line into the same two buffers, so a pass
// over an article allocates only each line's folded string. The tokens it
// returns are good until its next call.
type folder struct {
	toks []token
	buf  []byte
}

func (fl *folder) tokenize(s string) []token {
	toks, buf := fl.toks[:0], fl.buf[:0]
	start, digits := 0, true
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		f := foldOne(r)
		switch f.class {
		case dropped:
			continue
		case letter, digit:
			if f.text != "" {
				buf = append(buf, f.text...)
			} else {
				buf = utf8.AppendRune(buf, f.r)
			}
			digits = digits && f.class == digit
			continue
		}
		if len(buf) > start {
			toks = append(toks, token{start: start, end: len(buf), digit: digits})
			buf = append(buf, ' ')
			start = len(buf)
		}
		digits = true
		if f.class == punct && len(toks) > 0 && strings.ContainsRune(labelSeparators, r) {
			toks[len(toks)-1].punct = true
		}
	}
	if len(buf) > start {
		toks = append(toks, token{start: start, end: len(buf), digit: digits})
	}
	fl.toks, fl.buf = toks, buf
	folded := string(buf)
	for i := range toks {
		toks[i].folded = folded
	}
	return toks
}

// labelSeparators end a label such as "Tags:" or "Read also |". Quotes
// and brackets do not: "More “Questions” for you" is a headline.
const labelSeparators = ":：|-–—»›>→•·/"

type charClass uint8

const (
	dropped charClass = iota
	letter
	digit
	space
	punct
)

// foldedRune is what one input rune becomes: its class, and for letters and
// digits either text (its folded decomposition, "é" → "e", "ß" → "ss") or,
// when text is empty, the single rune r.
type foldedRune struct {
	class charClass
	text  string
	r     rune
}

// foldTable holds the folding of the first 2048 code points (Latin, Greek,
// Cyrillic, Hebrew, Arabic), worked out once so the common case needs no
// normalization at run time.
var foldTable [0x800]foldedRune

func init() {
	for r := range rune(len(foldTable)) {
		foldTable[r] = decomposeFold(r)
	}
}

func foldOne(r rune) foldedRune {
	if 0 <= r && r < rune(len(foldTable)) {
		return foldTable[r]
	}
	if norm.NFD.PropertiesString(string(r)).Decomposition() != nil {
		return decomposeFold(r)
	}
	return foldedRune{class: classOf(foldRune(r)), r: foldRune(r)}
}

// decomposeFold folds the canonical decomposition of r, dropping marks:
// "أ" is alef + hamza above, and becomes alef.
func decomposeFold(r rune) foldedRune {
	var text []byte
	class := dropped
	for _, x := range norm.NFD.String(string(r)) {
		x = foldRune(x)
		c := classOf(x)
		switch {
		case c == letter || c == digit:
			if x == 'ß' {
				text = append(text, "ss"...)
			} else {
				text = utf8.AppendRune(text, x)
			}
			if class != letter {
				class = c
			}
		case class == dropped:
			class = c
		}
	}
	return foldedRune{class: class, text: string(text)}
}

func classOf(r rune) charClass {
	switch {
	case r == 0:
		return dropped
	case unicode.IsLetter(r):
		return letter
	case unicode.IsDigit(r):
		return digit
	case unicode.IsSpace(r):
		return space
	}
	return punct
}

// foldRune maps one rune of NFD text to its folded form, 0 to drop it.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	switch r {
	case 'ى', 'ی', 'ې': // alef maksura, Persian ye → ya
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ٱ':
		return 'ا'
	case 'ک':
		return 'ك'
	case 'ı':
		return 'i'
	case 'ـ': // tatweel stretches a word without changing it
		return 0
	case '\u200c': // Persian writes "دیدگاه‌ها" with a joiner or a space
		return ' '
	}
	if '٠' <= r && r <= '٩' {
		return '0' + r - '٠'
	}
	if '۰' <= r && r <= '۹' {
		return '0' + r - '۰'
	}
	if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) {
		return 0
	}
	return unicode.ToLower(r)
}

// fold is the key of a phrase: its folded words joined by single spaces.
func fold(s string) string { return join(tokenize(s)) }

// join is the key of a run of tokens. Adjacent tokens are a substring of
// the folded line; others are copied.
func join(toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	contiguous := true
	for i := 1; i < len(toks) && contiguous; i++ {
		contiguous = toks[i].folded == toks[0].folded && toks[i].start == toks[i-1].end+1
	}
	if contiguous {
		return toks[0].folded[toks[0].start:toks[len(toks)-1].end]
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.word())
	}
	return b.String()
}

// withoutNumbers drops counters such as "Comments (12)" or "0 Shares".
func withoutNumbers(toks []token) []token { return appendWithoutNumbers(nil, toks) }

// appendWithoutNumbers is withoutNumbers gathered in dst's room, or toks
// itself when it holds no number.
func appendWithoutNumbers(dst, toks []token) []token {
	if !slices.ContainsFunc(toks, func(t token) bool { return t.digit }) {
		return toks
	}
	for _, t := range toks {
		if !t.digit {
			dst = append(dst, t)
		}
	}
	return dst
}

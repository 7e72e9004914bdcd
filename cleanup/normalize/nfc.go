package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/cleanup"
)

// nfcEdits rewrites the stretches of s that are not in Unicode NFC. Most
// characters are inert (see inert) and skipped without a lookup; x/text's
// quick check looks only at the windows around the others, and only the
// segments it flags are normalized and compared.
func nfcEdits(s string) []edit {
	var spans [][2]int // stretches to rewrite; adjacent ones are joined
	for i := 0; i < len(s); {
		from, to, found := nextWindow(s, i)
		if !found {
			break
		}
		for k := from; k < to; {
			k += norm.NFC.QuickSpanString(s[k:to])
			if k == to {
				break
			}
			// s[k:] starts a segment that may not be normal; segments
			// normalize independently, so look at this one alone.
			j := k + norm.NFC.NextBoundaryInString(s[k:to], true)
			if j <= k {
				j = to
			}
			if seg := s[k:j]; !norm.NFC.IsNormalString(seg) {
				if n := len(spans); n > 0 && spans[n-1][1] == k {
					spans[n-1][1] = j
				} else {
					spans = append(spans, [2]int{k, j})
				}
			}
			k = j
		}
		i = to
	}
	out := make([]edit, len(spans))
	for n, sp := range spans {
		orig := s[sp[0]:sp[1]]
		out[n] = edit{sp[0], sp[1], cleanup.Change{
			Replacement: norm.NFC.String(orig), Rule: "unicode.nfc", Category: cleanup.CatUnicode,
			Note: nfcNote(orig), Confidence: 1, State: cleanup.Applied,
		}}
	}
	return out
}

func nfcNote(orig string) string {
	for _, r := range orig {
		if unicode.IsMark(r) {
			return "accent typed as a separate combining mark joined to its letter (Unicode NFC; search and names match)"
		}
	}
	return "character replaced by its standard Unicode equivalent (Unicode NFC; search and names match)"
}

// nextWindow finds, from i on, the first character that is not inert and
// returns the stretch the quick check must see around it.
func nextWindow(s string, i int) (from, to int, found bool) {
	prev := i
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			j := skipASCII(s, i)
			prev, i = j-1, j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !inert(r) {
			break
		}
		prev = i
		i += n
	}
	if i == len(s) {
		return 0, 0, false
	}
	to = i
	for to < len(s) {
		r, n := utf8.DecodeRuneInString(s[to:])
		if inert(r) {
			break
		}
		to += n
	}
	return prev, to, true
}

// inert reports characters that are NFC, never combine with what precedes
// them and so always start a normalization segment: the common letters of
// the scripts Copydesk meets. Anything else goes to the quick check. The
// list is verified against x/text in nfc_test.go.
func inert(r rune) bool {
	switch {
	case r < 0x300: // ASCII, Latin-1, Latin Extended-A/B
		return true
	case 0x391 <= r && r <= 0x3C9: // Greek letters
		return true
	case 0x400 <= r && r <= 0x45F: // Cyrillic letters
		return true
	case 0x621 <= r && r <= 0x64A: // Arabic letters
		return true
	case 0x2010 <= r && r <= 0x2027: // dashes, quotes, bullets, ellipsis
		return true
	case 0x4E00 <= r && r <= 0x9FFF: // CJK ideographs
		return true
	}
	return false
}

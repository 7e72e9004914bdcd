package romanize

import "unicode"

// Lang is the language a Cyrillic word is written in, as far as its
// letters tell.
type Lang uint8

const (
	Unknown Lang = iota
	Ukrainian
	Russian
)

func (l Lang) String() string {
	switch l {
	case Ukrainian:
		return "Ukrainian"
	case Russian:
		return "Russian"
	}
	return "unknown"
}

// LangOf tells Ukrainian from Russian by the letters only one of them has:
// і ї є ґ are Ukrainian, ы э ъ ё Russian. A word with both, or neither,
// is Unknown and the caller decides from context.
func LangOf(word string) Lang {
	var uk, ru bool
	for _, r := range word {
		switch unicode.ToLower(r) {
		case 'і', 'ї', 'є', 'ґ':
			uk = true
		case 'ы', 'э', 'ъ', 'ё':
			ru = true
		}
	}
	switch {
	case uk && !ru:
		return Ukrainian
	case ru && !uk:
		return Russian
	}
	return Unknown
}

// IsCyrillic reports whether r is a Cyrillic letter.
func IsCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }

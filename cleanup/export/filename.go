package export

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxStem bounds a file name's stem in bytes, leaving room for a "-NN"
// collision number and the extension within about 100 bytes.
const MaxStem = 80

// SafeName turns a title into a file-name stem that is safe on Linux,
// macOS and Windows: letters, marks and digits of any script are kept
// (lower-cased), every run of anything else becomes one "-", so no path
// separators, dots, control, format or bidi characters survive; Windows
// device names get a "_" suffix; the result is at most MaxStem bytes.
// It returns "" when nothing usable is left.
func SafeName(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_') {
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		if b.Len()+utf8.RuneLen(r) > MaxStem {
			break
		}
		b.WriteRune(r)
	}
	s := strings.TrimRight(b.String(), "-")
	if reservedOnWindows(s) {
		s += "_"
	}
	return s
}

// reservedOnWindows reports device names that Windows refuses as file
// names whatever the extension (CON, NUL, COM1, LPT9 …); SafeName never keeps the
// superscript digits that make COM¹ a device too.
func reservedOnWindows(stem string) bool {
	switch strings.ToUpper(stem) {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	if len(stem) != 4 {
		return false
	}
	prefix := strings.ToUpper(stem[:3])
	return (prefix == "COM" || prefix == "LPT") && stem[3] >= '0' && stem[3] <= '9'
}

// stemFor picks a name for an article: its title, else its source file's
// name without extension (feed entries keep their #N), else "article".
func stemFor(title, source string) string {
	if s := SafeName(title); s != "" {
		return s
	}
	base := path.Base(strings.ReplaceAll(source, `\`, "/"))
	entry := ""
	if i := strings.LastIndexByte(base, '#'); i >= 0 {
		base, entry = base[:i], base[i:]
	}
	for _, name := range []string{strings.TrimSuffix(base, path.Ext(base)), base} {
		if s := SafeName(name + entry); s != "" {
			return s
		}
	}
	return "article"
}

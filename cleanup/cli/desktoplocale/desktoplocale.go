// Package desktoplocale keeps Fyne from logging "Error parsing user locale
// C" on systems whose locale is C.UTF-8 (Debian's default) by setting
// LANGUAGE=en for the process before Fyne reads the locale.
//
// Fyne reads the locale while its packages initialise, before main runs,
// so the fix is this package's init: the desktop build imports it for that
// effect alone. It imports nothing outside the standard library, and Go
// initialises packages in import-path order among those whose imports are
// ready, so it runs before Fyne's translation set-up, which waits on
// packages that sort after it (github.com/nicksnyder/go-i18n).
package desktoplocale

import (
	"os"
	"strings"
)

func init() {
	if k, v := Fix(os.Getenv); k != "" {
		os.Setenv(k, v)
	}
}

// FallbackLanguage is what Fix sets LANGUAGE to.
const FallbackLanguage = "en"

// Fix returns the environment change ("LANGUAGE", "en") that
// keeps Fyne from logging "Error parsing user locale C" at start-up, or
// "" when none is needed. Fyne reads the first non-empty of LC_ALL,
// LC_MESSAGES and LANG; exactly "C" or "POSIX" (or nothing) it treats as
// English, but any other value it cuts at "." and parses as a language tag,
// so Debian's default C.UTF-8 fails. For such values Fyne consults LANGUAGE
// first, so setting LANGUAGE=en (English messages, which Copydesk's window
// is in anyway) fixes it without touching the character set LANG and LC_*
// give child processes.
func Fix(getenv func(string) string) (key, value string) {
	loc := ""
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = getenv(k); loc != "" {
			break
		}
	}
	if loc == "" || loc == "C" || loc == "POSIX" {
		return "", ""
	}
	if lang := getenv("LANGUAGE"); lang != "" {
		loc = lang // Fyne reads LANGUAGE first when it is set
	}
	first, _, _ := strings.Cut(loc, ":")
	base, _, _ := strings.Cut(first, ".")
	base, _, _ = strings.Cut(base, "@")
	if base == "C" || base == "POSIX" || base == "" {
		return "LANGUAGE", FallbackLanguage
	}
	return "", ""
}

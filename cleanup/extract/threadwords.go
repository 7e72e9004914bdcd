package extract

import (
	"bufio"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/assets"
)

// threadWords are the words of assets/extract/comments.tsv: relative
// times, thread-header counts and comment controls. They strengthen the
// structural signal; a thread is found without them.
type threadWords struct {
	time, count, control []string
}

var loadThreadWords = sync.OnceValues(func() (*threadWords, error) {
	b, err := assets.FS.ReadFile("extract/comments.tsv")
	if err != nil {
		return nil, err
	}
	return parseThreadWords(string(b))
})

func parseThreadWords(src string) (*threadWords, error) {
	w := &threadWords{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 4 || f[2] == "" {
			return nil, fmt.Errorf("comments.tsv:%d: want kind, language, phrase, gloss", line)
		}
		p := strings.ToLower(f[2])
		switch f[0] {
		case "time":
			w.time = append(w.time, p)
		case "count":
			w.count = append(w.count, p)
		case "control":
			w.control = append(w.control, p)
		default:
			return nil, fmt.Errorf("comments.tsv:%d: unknown kind %q (want time, count or control)", line, f[0])
		}
	}
	return w, sc.Err()
}

// hasWord reports whether lower (lower-cased text) holds one of the
// phrases as whole words.
func hasWord(lower string, phrases []string) bool {
	for _, p := range phrases {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], p)
			if i < 0 {
				break
			}
			i += from
			end := i + len(p)
			before, _ := utf8.DecodeLastRuneInString(lower[:i])
			after, _ := utf8.DecodeRuneInString(lower[end:])
			if (i == 0 || !wordRune(before)) && (end == len(lower) || !wordRune(after)) {
				return true
			}
			from = end
		}
	}
	return false
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

package extract

import (
	"fmt"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/internal/words"
	"github.com/copydesk/copydesk/cleanup/tsv"
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
	err := tsv.Each(strings.NewReader(src), "comments.tsv", []string{"kind", "language", "phrase", "gloss"}, func(_ int, f []string) error {
		if f[2] == "" {
			return fmt.Errorf("empty phrase")
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
			return fmt.Errorf("unknown kind %q (want time, count or control)", f[0])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return w, nil
}

// hasWord reports whether lower (lower-cased text) holds one of the
// phrases as whole words.
func hasWord(lower string, phrases []string) bool {
	for _, p := range phrases {
		if words.Contains(lower, p) {
			return true
		}
	}
	return false
}

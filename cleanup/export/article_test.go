package export

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// sampleText has a name to fix, a name to suggest, a dash rejected in
// review and an Arabic/English debris tail, with multi-byte text on both
// sides of every change.
const sampleText = "Kiev talks: «зерно» — grain\n\n" +
	"Dmytro Kuleba met Igor Klimenko in Kiev on Monday.\n" +
	"Талks go on.\n\n" +
	"أضف تعليقا\nShare this article\n"

// span finds the n-th (0-based) occurrence of sub in s.
func span(t testing.TB, s, sub string, n int) (int, int) {
	t.Helper()
	off := 0
	for ; n > 0; n-- {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			t.Fatalf("%q not found", sub)
		}
		off += i + len(sub)
	}
	i := strings.Index(s[off:], sub)
	if i < 0 {
		t.Fatalf("%q not found", sub)
	}
	return off + i, off + i + len(sub)
}

func add(t testing.TB, a *cleanup.Article, sub string, n int, c cleanup.Change) {
	t.Helper()
	c.Start, c.End = span(t, a.Original(), sub, n)
	if _, err := a.Add(c); err != nil {
		t.Fatal(err)
	}
}

func sampleArticle(t testing.TB) *cleanup.Article {
	a := cleanup.NewArticle("in/kiev-talks.html", sampleText)
	a.Title = `Kiev talks: "grain" round #2`
	a.URL = "https://example.com/news?id=1&lang=en"
	a.Meta["date"] = "2024-05-06"
	a.Meta["lang"] = "en"
	a.Meta["style"] = "ap"
	glossary := cleanup.Change{Replacement: "Kyiv", Rule: "names.glossary", Category: cleanup.CatNames, Note: "AP style: Kyiv, not Kiev", Confidence: 1}
	add(t, a, "Kiev", 0, glossary)
	add(t, a, "Kiev", 1, glossary)
	add(t, a, "Igor Klimenko", 0, cleanup.Change{Replacement: "Ihor Klymenko", Rule: "names.variant", Category: cleanup.CatNames,
		Note: "transliteration variant of Ihor Klymenko", Confidence: 0.7, State: cleanup.Suggested})
	add(t, a, "—", 0, cleanup.Change{Replacement: "-", Rule: "unicode.dash", Category: cleanup.CatUnicode, Note: "em dash", State: cleanup.Rejected})
	add(t, a, "\n\nأضف تعليقا\nShare this article", 0, cleanup.Change{Rule: "debris.comments", Category: cleanup.CatDebris,
		Note: "Arabic: 'add a comment' — comment-section widget; share prompt", Confidence: 0.9})
	if err := a.Check(); err != nil {
		t.Fatal(err)
	}
	return a
}

func secondArticle() *cleanup.Article {
	a := cleanup.NewArticle("in/feed.jsonl#2", "Ankara hosts grain talks.\nNo title here")
	a.Meta["lang"] = "en"
	return a
}

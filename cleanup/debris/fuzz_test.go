package debris

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// FuzzPass feeds arbitrary text to the pass: it must not panic and must
// keep every invariant (see checkInvariants).
func FuzzPass(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", "\n", "Comments", "Share\n\nx", "© \n\n#a #b", "a » b » c\n", "Published 2022\r\n\r\n",
		"اضافة تعليق\n\n" + body + "\nاقرأ أيضاً: خبر\n",
		body + "\n\u200c\n\nکلیدواژه‌ها: x\n",
	} {
		f.Add(s)
	}
	lex := builtin(f)
	f.Fuzz(func(t *testing.T, text string) {
		cleanText(t, lex, text)
	})
}

// FuzzRepeated splits the input into articles of one site at form feeds
// and runs the batch pass twice: the log must stay valid and the second
// run must apply nothing new.
func FuzzRepeated(f *testing.F) {
	f.Add("a\n\nShared line\n\fb\n\nShared line\n\fc\n\nShared line\n")
	f.Add(strings.Repeat(article(1, "", "\nOur journalism depends on you\n")+"\f", 6))
	f.Fuzz(func(t *testing.T, batch string) {
		var as []*cleanup.Article
		for _, text := range strings.Split(batch, "\f") {
			as = append(as, cleanup.NewArticle("fuzz", text))
		}
		run := func() {
			ds := make([]*cleanup.Draft, len(as))
			for i, a := range as {
				ds[i] = a.NewDraft()
			}
			NewRepeated().RunBatch(ds)
			for _, d := range ds {
				d.Commit()
			}
		}
		run()
		applied := make([]int, len(as))
		for i, a := range as {
			if err := a.Check(); err != nil {
				t.Fatal(err)
			}
			if !utf8.ValidString(a.Cleaned()) {
				t.Fatalf("invalid UTF-8: %q", a.Cleaned())
			}
			applied[i], _ = a.Counts()
		}
		run()
		for i, a := range as {
			if n, _ := a.Counts(); n != applied[i] {
				t.Fatalf("article %d: second run applied %d more", i, n-applied[i])
			}
			a.RevertAll()
			if a.Cleaned() != a.Original() {
				t.Fatalf("revert-all: %q", a.Cleaned())
			}
		}
	})
}

// FuzzClassifierFeatures feeds arbitrary lines to the feature code: no
// panic, and every feature finite.
func FuzzClassifierFeatures(f *testing.F) {
	for _, s := range []string{"", "a | b | c", "Comments (3)", "(12", "©", "@", "#x", "12) x", "ْﺐِﺒْﺣَﺃ", "相关阅读", "a\u0300b"} {
		f.Add(s)
	}
	c := NewClassifier(builtin(f), nil, nil)
	stop, _ := Shipped()
	c.stop = stop
	f.Fuzz(func(t *testing.T, s string) {
		l := line{text: s, words: countWords(s)}
		lf := c.facts(l, bodyInfo{script: scriptLatin, lang: 0}, &scratch{})
		for i, v := range lf.x {
			if v != v || v > 1e9 || v < -1e9 {
				t.Fatalf("%s = %v for %q", featureNames[i], v, s)
			}
		}
		_ = c.lineLanguage(&lf)
	})
}

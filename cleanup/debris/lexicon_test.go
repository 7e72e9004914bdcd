package debris

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestEveryRowMatchesItself builds the smallest line each row is meant to
// catch and checks the lexicon flags it, as that row or as another row
// with the same folded phrase (the same words may be both a line and a
// word of a share row).
func TestEveryRowMatchesItself(t *testing.T) {
	lex := builtin(t)
	langs := map[string]int{}
	for _, e := range lex.Entries() {
		langs[e.Lang]++
		text := e.Phrase
		switch e.Kind {
		case KindDated:
			text += " 12.01.2022 10:30"
		case KindCrumb:
			text += " » World"
		case KindLabel:
			text += ": Ukraine, Russia"
		case KindPrefix:
			text += " Wheat prices rise on world markets"
		}
		l := splitLines(text)[0]
		got := lex.matchLexicon(l, tokenize(l.text))
		if got == nil {
			t.Errorf("%s: %q (%s) does not match itself", e.Source, text, e.Kind)
			continue
		}
		if got != e && got.Key != e.Key && !strings.HasPrefix(e.Key, got.Key+" ") {
			t.Errorf("%s: %q matched %s (%q) instead", e.Source, text, got.Source, got.Phrase)
		}
		if e.Lang != "en" && e.Gloss == "" {
			t.Errorf("%s: %q has no English gloss", e.Source, e.Phrase)
		}
		if lex.describe(e.Category) == e.Category {
			t.Errorf("%s: category %q has no description", e.Source, e.Category)
		}
	}
	for _, code := range []string{"ar", "en", "fr", "ru", "uk", "es", "de", "tr", "fa", "it"} {
		if langs[code] < 50 {
			t.Errorf("%s.tsv has %d rows, want a broad list (≥ 50)", code, langs[code])
		}
		if lex.language(code) == code {
			t.Errorf("language %s has no name in meta.toml", code)
		}
	}
}

func TestLoadLexiconRejectsBadRows(t *testing.T) {
	const meta = "[languages]\nxx = \"Test\"\n[categories]\nads = \"advertisement marker\"\ntags = \"article tags\"\n"
	for _, tc := range []struct {
		name, rows, want string
	}{
		{"ok", "ads\tline\tany\tAdvert\tadvert\n# comment\n\n", ""},
		{"too few columns", "ads\tline\tany\tAdvert\n", "want 5 tab-separated columns"},
		{"unknown category", "spam\tline\tany\tAdvert\tadvert\n", `category "spam"`},
		{"unknown kind", "ads\tregexp\tany\tAdvert\tadvert\n", `unknown kind "regexp"`},
		{"bad zone", "ads\tline\thead\tAdvert\tadvert\n", `zone "head"`},
		{"no letters", "ads\tline\tany\t--\tdash\n", "has no letters"},
		{"clash", "ads\tline\tany\tAdvert\tadvert\ntags\tline\tedge\tADVERT!\tadvert\n", "clashes with"},
		{"same row twice", "ads\tline\tany\tAdvert\tadvert\nads\tline\tany\tadvert\tadvert\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"d/meta.toml": {Data: []byte(meta)},
				"d/xx.tsv":    {Data: []byte(tc.rows)},
			}
			_, err := LoadLexicon(fsys, "d")
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestLoadLexiconNeedsMeta(t *testing.T) {
	fsys := fstest.MapFS{"d/xx.tsv": {Data: []byte("ads\tline\tany\tAdvert\tadvert\n")}}
	if _, err := LoadLexicon(fsys, "d"); err == nil {
		t.Fatal("loaded a lexicon without meta.toml")
	}
}

package normalize

import (
	"slices"
	"strings"
	"testing"
)

func TestNew(t *testing.T) {
	smart := Options{}
	plain := Options{StraightQuotes: true, ASCIIDashes: true}
	tests := []struct {
		name  string
		o     Options
		in    string
		want  string
		rules []string
	}{
		{"clean English untouched", smart, "The talks, “frank” and long — ended.\n", "The talks, “frank” and long — ended.\n", nil},
		{"zero-width run is one change", smart, "Ge\u200b\u200b\u200bneva", "Geneva", []string{"unicode.zero-width"}},
		{"byte-order mark", smart, "\uFEFFTitle", "Title", []string{"unicode.zero-width"}},
		{"soft hyphen", smart, "nego\u00ADtiations", "negotiations", []string{"unicode.soft-hyphen"}},
		{"bidi marks around Arabic", smart, "\u200Fاضافة تعليق\u200E (12)", "اضافة تعليق (12)", []string{"unicode.bidi-control", "unicode.bidi-control"}},
		{"bidi override", smart, "a\u202Ecba\u202C", "acba", []string{"unicode.bidi-control", "unicode.bidi-control"}},
		{"tatweel inside Arabic words", smart, "الرئيـــسية أخـبار", "الرئيسية أخبار", []string{"unicode.tatweel", "unicode.tatweel"}},
		{"nbsp and thin space", smart, "10\u00A0000 people\u2009here", "10 000 people here", []string{"unicode.odd-space", "unicode.odd-space"}},
		{"ideographic space", smart, "东京\u3000大阪", "东京 大阪", []string{"unicode.odd-space"}},
		{"nbsp in French guillemets kept", smart, "« Bonjour\u00A0» et alors\u202F?", "« Bonjour\u00A0» et alors\u202F?", nil},
		{"nbsp after opening guillemet kept", smart, "«\u00A0Oui\u00A0»", "«\u00A0Oui\u00A0»", nil},
		{"control characters", smart, "a\x00\x01b\x07c\u0085d", "abc\nd", []string{"unicode.control", "unicode.control", "whitespace.line-ending"}},
		{"tab and newline are not controls", smart, "a\tb\nc", "a\tb\nc", nil},
		{"CRLF and CR", smart, "a\r\nb\rc\r\n\r\nd", "a\nb\nc\n\nd", []string{"whitespace.line-ending", "whitespace.line-ending", "whitespace.line-ending"}},
		{"paragraph separator", smart, "a\u2029b", "a\n\nb", []string{"whitespace.line-ending"}},
		{"combining accent composed", smart, "Cafe\u0301 Jose\u0301", "Café José", []string{"unicode.nfc", "unicode.nfc"}},
		{"precomposed untouched", smart, "Café José Zürich", "Café José Zürich", nil},
		{"Arabic hamza composed", smart, "\u0627\u0654", "\u0623", []string{"unicode.nfc"}},
		{"zero-width inside accent then NFC", smart, "e\u200b\u0301", "é", []string{"unicode.nfc"}},
		{"emoji ZWJ sequence kept", smart, "Coder 👩\u200D💻 and flag 🏳️\u200D🌈, tone 👩🏽\u200D🚀", "Coder 👩\u200D💻 and flag 🏳️\u200D🌈, tone 👩🏽\u200D🚀", nil},
		{"stray ZWJ in Latin removed", smart, "Ky\u200Div", "Kyiv", []string{"unicode.zero-width"}},
		{"Persian ZWNJ kept", smart, "می\u200Cخواهم", "می\u200Cخواهم", nil},
		{"ZWNJ at a word edge removed", smart, "سلام\u200C ", "سلام ", []string{"unicode.zero-width"}},
		{"Cyrillic і in Latin word", smart, "Kyіv", "Kyiv", []string{"unicode.homoglyph"}},
		{"Cyrillic о and а in Latin word", smart, "Ukrаine and Mоscow", "Ukraine and Moscow", []string{"unicode.homoglyph", "unicode.homoglyph"}},
		{"Latin letters in Cyrillic word", smart, "Кiев и Mосква", "Кіев и Москва", []string{"unicode.homoglyph", "unicode.homoglyph"}},
		{"Greek omicron in Latin word", smart, "Athοns", "Athons", []string{"unicode.homoglyph"}},
		{"whole Cyrillic word untouched", smart, "Київ і Харків", "Київ і Харків", nil},
		{"whole Greek word untouched", smart, "Αθήνα", "Αθήνα", nil},
		{"tie without clear script left", smart, "Kі", "Kі", nil},
		{"odd letter without look-alike left", smart, "Zжx", "Zжx", nil},
		{"homoglyph with decomposed accent", smart, "Caf\u0435\u0301", "Café", []string{"unicode.nfc"}},
		{"smart quotes kept by default", smart, "‘a’ “b” „c“ – —", "‘a’ “b” „c“ – —", nil},
		{"straight quotes and ASCII dashes", plain, "“Yes,” he said — it’s 1990–91.", "\"Yes,\" he said -- it's 1990-91.", []string{"typography.quotes", "typography.quotes", "typography.dashes", "typography.quotes", "typography.dashes"}},
		{"Unicode hyphen always plain", smart, "pro\u2010Russian", "pro-Russian", []string{"typography.hyphen"}},
		{"adjacent runs of different rules", smart, "a\u200b\u00A0b", "a b", []string{"unicode.zero-width", "unicode.odd-space"}},
		{"replacement character kept", smart, "a\uFFFDb", "a\uFFFDb", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := clean(t, tt.in, New(tt.o))
			if got := a.Cleaned(); got != tt.want {
				t.Errorf("cleaned %q, want %q", got, tt.want)
			}
			if got := rules(a); !slices.Equal(got, tt.rules) {
				t.Errorf("rules %q, want %q", got, tt.rules)
			}
			again := clean(t, a.Cleaned(), New(tt.o))
			if n := len(again.Changes()); n != 0 {
				t.Errorf("second run made %d changes: %+v", n, again.Changes())
			}
			a.RevertAll()
			if a.Cleaned() != tt.in {
				t.Errorf("revert-all gave %q", a.Cleaned())
			}
		})
	}
}

func TestNotesExplainRuns(t *testing.T) {
	a := clean(t, "x\u200b\u200b\u2060y", New(Options{}))
	cs := a.Changes()
	if len(cs) != 1 {
		t.Fatalf("changes %+v", cs)
	}
	for _, want := range []string{"2× zero-width space removed", "word joiner removed"} {
		if !strings.Contains(cs[0].Note, want) {
			t.Errorf("note %q lacks %q", cs[0].Note, want)
		}
	}
}

func TestHomoglyphNoteNamesLetters(t *testing.T) {
	a := clean(t, "Kyіv", New(Options{}))
	c := a.Changes()[0]
	if c.Original != "Kyіv" || c.Replacement != "Kyiv" || !strings.Contains(c.Note, "і made Latin") {
		t.Errorf("change %+v", c)
	}
}

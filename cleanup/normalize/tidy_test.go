package normalize

import (
	"slices"
	"testing"
)

func TestTidy(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  string
		rules []string
	}{
		{"clean text untouched", "Title\n\nOne line.\nTwo.\n", "Title\n\nOne line.\nTwo.\n", nil},
		{"no final break stays so", "Title\n\nBody.", "Title\n\nBody.", nil},
		{"empty", "", "", nil},
		{"blank text emptied", " \n\t\n", "", []string{"whitespace.document-edges"}},
		{"trailing spaces and tabs", "a  \t\nb \n", "a\nb\n", []string{"whitespace.trailing", "whitespace.document-edges"}},
		{"repeated spaces inside a line", "Kyiv  said   no.", "Kyiv said no.", []string{"whitespace.repeated-space", "whitespace.repeated-space"}},
		{"indentation kept", "List:\n  - one\n    code", "List:\n  - one\n    code", nil},
		{"tabs between words kept", "a\t\tb  \tc", "a\t\tb  \tc", nil},
		{"stacked blank lines", "a\n\n\n\nb\n\n\nc", "a\n\nb\n\nc", []string{"whitespace.blank-lines", "whitespace.blank-lines"}},
		{"blank lines holding spaces", "a \n  \n\t\n  b", "a\n\n  b", []string{"whitespace.trailing", "whitespace.blank-lines"}},
		{"spaces on one blank line", "a\n   \nb", "a\n\nb", []string{"whitespace.trailing"}},
		{"leading blank lines", "\n\n  \nTitle\n", "Title\n", []string{"whitespace.document-edges"}},
		{"leading indentation of first line kept", "  Title", "  Title", nil},
		{"trailing blank lines keep one break", "Body.\n\n\n  \n", "Body.\n", []string{"whitespace.document-edges"}},
		{"trailing spaces without break", "Body.  ", "Body.", []string{"whitespace.document-edges"}},
		{"gap left by debris removal", "Share this  \n\n\n\nKyiv said  no.\n\n\n", "Share this\n\nKyiv said no.\n", []string{"whitespace.trailing", "whitespace.blank-lines", "whitespace.repeated-space", "whitespace.document-edges"}},
		{"non-ASCII around spaces", "مرحبا  بكم \nКиїв", "مرحبا بكم\nКиїв", []string{"whitespace.repeated-space", "whitespace.trailing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := clean(t, tt.in, NewTidy())
			if got := a.Cleaned(); got != tt.want {
				t.Errorf("cleaned %q, want %q", got, tt.want)
			}
			if got := rules(a); !slices.Equal(got, tt.rules) {
				t.Errorf("rules %q, want %q", got, tt.rules)
			}
			if again := clean(t, a.Cleaned(), NewTidy()); len(again.Changes()) != 0 {
				t.Errorf("second run changed %+v", again.Changes())
			}
		})
	}
}

package cleanup

import "testing"

func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kyiv", "Kyiv"},
		{"", ""},
		{"a  b\n", "a  b\n"},
		{"  ", "··"},
		{"\n\n", "↵\n↵\n"},
		{"\t\u00a0", "→⍽"},
		{"\u200b", "⟨U+200B⟩"},
		{"Ky\u200Biv\u202E", "Ky⟨U+200B⟩iv⟨U+202E⟩"},
	}
	for _, tt := range tests {
		if got := Visible(tt.in); got != tt.want {
			t.Errorf("Visible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

package names

import "testing"

// A lone surname hyphenated to its particle, or opening a sentence, takes
// the house surname whole and capitalised; a style whose full-name fix
// keeps the surname teaches nothing for lone mentions.
func TestLoneSurnameWithParticle(t *testing.T) {
	const text = "Sisi receives envoys\n\nPresident Abdel Fattah al-Sisi met envoys.\n\nLater al-Sisi said more. Sisi added that the talks went well.\n"
	for _, tc := range []struct{ style, want string }{
		{"ap", "El-Sissi receives envoys\n\nPresident Abdel-Fattah el-Sissi met envoys.\n\nLater el-Sissi said more. El-Sissi added that the talks went well.\n"},
		{"bbc", "Sisi receives envoys\n\nPresident Abdul Fattah al-Sisi met envoys.\n\nLater al-Sisi said more. Sisi added that the talks went well.\n"},
	} {
		t.Run(tc.style, func(t *testing.T) {
			if got := clean(preset(t, tc.style), text).Cleaned(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

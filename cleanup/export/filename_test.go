package export

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSafeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kyiv talks resume in Geneva", "kyiv-talks-resume-in-geneva"},
		{"../../etc/passwd", "etc-passwd"},
		{`..\..\Windows\System32`, "windows-system32"},
		{"C:\\boot.ini", "c-boot-ini"},
		{"   ", ""},
		{"...", ""},
		{"CON", "con_"},
		{"nul", "nul_"},
		{"Com1", "com1_"},
		{"lpt9", "lpt9_"},
		{"com10", "com10"},
		{"console", "console"},
		{"a<b>c:d\"e|f?g*h", "a-b-c-d-e-f-g-h"},
		{"tab\there\nnew\x00null\x7f", "tab-here-new-null"},
		{"invoice\u202Etxt.exe", "invoice-txt-exe"},
		{"zero\u200Bwidth", "zero-width"},
		{"مفاوضات جنيف", "مفاوضات-جنيف"},
		{"Київ: переговори", "київ-переговори"},
		{"snake_case_title", "snake_case_title"},
		{"bad \xff byte", "bad-byte"},
		{"---Kyiv---", "kyiv"},
		{strings.Repeat("word ", 40), strings.TrimSuffix(strings.Repeat("word-", 16), "-")},
	}
	for _, tt := range tests {
		if got := SafeName(tt.in); got != tt.want {
			t.Errorf("SafeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSafeNameCutsOnCharacters(t *testing.T) {
	got := SafeName(strings.Repeat("ж", 100))
	if len(got) > MaxStem || !utf8.ValidString(got) || len(got) != 80 {
		t.Errorf("got %d bytes, valid=%v", len(got), utf8.ValidString(got))
	}
}

func TestStemFor(t *testing.T) {
	tests := []struct{ title, source, want string }{
		{"Grain talks", "in/a.html", "grain-talks"},
		{"", "in/page.html", "page"},
		{"!!!", `C:\in\page.html`, "page"},
		{"", "in/feed.jsonl#12", "feed-12"},
		{"", "-", "article"},
		{"", "", "article"},
		{"", "in/.hidden", "hidden"},
	}
	for _, tt := range tests {
		if got := stemFor(tt.title, tt.source); got != tt.want {
			t.Errorf("stemFor(%q, %q) = %q, want %q", tt.title, tt.source, got, tt.want)
		}
	}
}

func FuzzSafeName(f *testing.F) {
	for _, s := range []string{"Kyiv talks", "../x", "CON", "a\u202Eb", "مفاوضات", strings.Repeat("ж", 60), "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := SafeName(s)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 %q", got)
		}
		if len(got) > MaxStem+1 { // +1 for the "_" after a device name
			t.Fatalf("%d bytes: %q", len(got), got)
		}
		if got == "" {
			return
		}
		if reservedOnWindows(got) || strings.HasPrefix(got, "-") || strings.HasSuffix(got, "-") {
			t.Fatalf("unsafe stem %q", got)
		}
		for _, r := range got {
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_' || r == '-') {
				t.Fatalf("%q kept %U", got, r)
			}
		}
		if again := SafeName(got); again != got {
			t.Fatalf("not idempotent: %q → %q → %q", s, got, again)
		}
	})
}

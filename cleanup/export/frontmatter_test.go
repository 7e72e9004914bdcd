package export

import (
	"bytes"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/cleanup"
)

// TestFrontMatterRoundTrips reads the front matter back with a YAML
// parser: hostile values must come back as the same strings.
func TestFrontMatterRoundTrips(t *testing.T) {
	values := []string{
		"plain", "no", "on", "null", "~", "123", "1e3", "2024-05-06", "0x1F",
		`He said: "go"`, `back\slash`, "---", "...", "- item", "key: value", "# not a comment",
		"&anchor", "*alias", "!tag", "{flow: map}", "[a, b]", "| block", "> folded", "@at", "`tick`",
		"line one\nline two\n---\nevil: true", "tab\there", "\x00\x07\x1b", "\u2028\u2029\u0085",
		"\ufeffBOM", " leading and trailing ", "كييف", "Київ", "bad \xff byte",
	}
	for _, v := range values {
		a := cleanup.NewArticle("in/x.txt", "body\n")
		a.Title = v
		a.Meta["date"] = v
		a.Meta["on"] = v         // a key YAML reads as a boolean
		a.Meta["Odd key: x"] = v // a key that needs quoting
		var out bytes.Buffer
		if err := Write(&out, MD, a); err != nil {
			t.Fatal(err)
		}
		fm, body, ok := strings.Cut(strings.TrimPrefix(out.String(), "---\n"), "\n---\n\n")
		if !ok || body != "body\n" {
			t.Fatalf("%q: front matter not closed properly:\n%s", v, out.String())
		}
		var got map[string]string
		if err := yaml.Unmarshal([]byte(fm), &got); err != nil {
			t.Fatalf("%q: %v\n%s", v, err, fm)
		}
		want := strings.ToValidUTF8(v, "\uFFFD")
		for _, k := range []string{"title", "date", "on", "Odd key: x"} {
			if got[k] != want {
				t.Errorf("%q: %s read back as %q", v, k, got[k])
			}
		}
		if got["source"] != "in/x.txt" || len(got) != 5 {
			t.Errorf("%q: fields %v", v, got)
		}
	}
}

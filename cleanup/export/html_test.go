package export

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/cleanup"
)

func hostileArticle() *cleanup.Article {
	text := "<script>alert(1)</script>\n\n" +
		`<img src=x onerror="alert(2)">` + "\n\n" +
		"</p></article><iframe src=//evil></iframe>\n\n" +
		"&lt;b&gt; and ]]> and <!-- comment -->\n"
	a := cleanup.NewArticle(`in/<svg onload=alert(3)>.html`, text)
	a.Title = `</title><script>alert(4)</script>`
	a.URL = "javascript:alert(5)"
	a.Meta["lang"] = `en" onmouseover="alert(6)`
	a.Meta["date"] = `<b onclick=alert(7)>`
	return a
}

// TestHTMLEscapesEverything parses the page and checks that no scraped
// markup became an element, an event handler or a script URL.
func TestHTMLEscapesEverything(t *testing.T) {
	var out bytes.Buffer
	if err := Write(&out, HTML, hostileArticle()); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for n := range doc.Descendants() {
		switch n.Type {
		case html.TextNode:
			text.WriteString(n.Data)
		case html.ElementNode:
			switch n.Data {
			case "script", "img", "iframe", "svg", "b":
				t.Errorf("scraped <%s> became an element", n.Data)
			}
			for _, at := range n.Attr {
				if strings.HasPrefix(at.Key, "on") {
					t.Errorf("<%s> got event handler %s=%q", n.Data, at.Key, at.Val)
				}
				if at.Key == "href" && strings.Contains(strings.ToLower(at.Val), "javascript") {
					t.Errorf("script URL in href: %q", at.Val)
				}
				if at.Key == "lang" {
					t.Errorf("invalid lang %q kept", at.Val)
				}
			}
		}
	}
	for _, s := range []string{"<script>alert(1)</script>", `onerror="alert(2)"`, "</p></article><iframe", "&lt;b&gt;", "<!-- comment -->", "</title><script>alert(4)</script>"} {
		if !strings.Contains(text.String(), s) {
			t.Errorf("%q does not come out as visible text", s)
		}
	}
}

func TestHTMLLang(t *testing.T) {
	fr := cleanup.NewArticle("a", "Bonjour")
	fr.Meta["language"] = "fr" // as the loader names it
	ar := cleanup.NewArticle("b", "مرحبا")
	ar.Meta["lang"] = "ar"
	tests := []struct {
		name string
		as   []*cleanup.Article
		want string
	}{
		{"one", []*cleanup.Article{fr}, `<html lang="fr">`},
		{"same", []*cleanup.Article{fr, fr}, `<html lang="fr">`},
		{"mixed", []*cleanup.Article{fr, ar}, "<html>"},
		{"none", []*cleanup.Article{cleanup.NewArticle("c", "x")}, "<html>"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		if err := WriteBatch(&out, HTML, tt.as); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), tt.want) {
			t.Errorf("%s: no %s in\n%s", tt.name, tt.want, out.String()[:80])
		}
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want [][]string
	}{
		{"", nil},
		{"one", [][]string{{"one"}}},
		{"a\nb\n\n\nc\n", [][]string{{"a", "b"}, {"c"}}},
		{"\r\n  \r\na\r\n \t\r\nb", [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		got := paragraphs(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if strings.Join(got[i], "|") != strings.Join(tt.want[i], "|") {
				t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
			}
		}
	}
}

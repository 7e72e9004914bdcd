package extract

import (
	"strings"
	"testing"
)

func TestRenderBlocks(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"paragraphs", "<p>One  two\n three.</p><p>Four.</p>", "One two three.\n\nFour."},
		{"inline markup joins", "<p>a<b>b</b> <i>c</i>d</p>", "ab cd"},
		{"text around a block", "<div>intro<p>para</p>tail</div>", "intro\n\npara\n\ntail"},
		{"br is a line break", "<p>line one<br>line two<br><br>three</p>", "line one\nline two\nthree"},
		{"headings", "<h1>Title</h1><h2>Sub</h2><p>Body.</p>", "Title\n\nSub\n\nBody."},
		{"lists", "<ul><li>a</li><li><p>b</p></li></ul><ol><li>c</li></ol>", "- a\n\n- b\n\n- c"},
		{"table rows", "<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ana</td><td>30</td></tr></table>", "Name | Age\n\nAna | 30"},
		{"layout cell", "<table><tr><td><p>Left.</p></td><td><p>Right.</p></td></tr></table>", "Left.\n\nRight."},
		{"blockquote and caption", "<blockquote><p>Quote.</p></blockquote><figure><img src=x><figcaption>Cap.</figcaption></figure>", "Quote.\n\nCap."},
		{"pre keeps lines", "<pre>a  b\n\n   c</pre>", "a  b\n   c"},
		{"invisible content skipped", "<script>x()</script><style>p{}</style><p>Text.</p><noscript>on</noscript><template>t</template>", "Text."},
		{"templates stay unseen when only rendering", `<div itemprop="articleBody"><script type="text/template"><p>Post.</p></script></div><p>Body.</p>`, "Body."},
		{"empty blocks vanish", "<div> </div><p>&nbsp;</p><p>\u200b</p><p>x</p>", "x"},
		{"entities", "<p>caf&eacute; &amp; &lt;b&gt;</p>", "café & <b>"},
		{"invalid utf-8 repaired", "<p>a\xffb</p>", "a\uFFFDb"},
		{"empty page", "", ""},
		{"ruby readings left out", "<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>法律<rt>ほうりつ</rt></ruby></p>", "子どもへの法律"},
		{"arabic", "<p dir=rtl>مرحبا   بالعالم</p>", "مرحبا بالعالم"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := PageWith([]byte(tt.html), "t", Options{RenderOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Original(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	page := `<html lang="uk"><head><title>Doc title | Site</title>
<meta property="og:site_name" content="Site">
<meta name="description" content="About the talks.">
<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"Talks resume","datePublished":"2024-01-02","author":[{"name":"A. Writer"},{"name":"B. Writer"}],"url":"https://ex.com/talks"}]}</script>
<script type="application/ld+json">{broken</script>
</head><body><h1>Talks resume</h1><time datetime="2023-12-31">yesterday</time><p>Body text of the article goes here.</p></body></html>`
	a, err := Page([]byte(page), "t")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"date": "2024-01-02", "author": "A. Writer, B. Writer", "language": "uk", "site": "Site", "description": "About the talks."}
	for k, v := range want {
		if a.Meta[k] != v {
			t.Errorf("Meta[%s] = %q, want %q", k, a.Meta[k], v)
		}
	}
	if a.Title != "Talks resume" || a.URL != "https://ex.com/talks" {
		t.Errorf("title %q url %q", a.Title, a.URL)
	}
	if got, want := a.Cleaned(), "Talks resume\n\nBody text of the article goes here."; got != want {
		t.Errorf("cleaned %q, want the headline as the first line: %q", got, want)
	}
}

// The headline is the article text's first line when the page's metadata
// names it; an h1 that is only the site's logo stays out, and so does what
// stood above the headline.
func TestHeadlineInText(t *testing.T) {
	body := `<p>The delegations met again on Tuesday to discuss the corridor across the Black Sea, officials said.</p>`
	tests := []struct {
		name, html, title, text string
	}{
		{"h1 matches og:title",
			`<head><meta property="og:title" content="Grain talks resume | Daily"></head><body><nav><a href=/>Home</a></nav><h1>Grain talks resume</h1>` + body + `</body>`,
			"Grain talks resume", "Grain talks resume\n\nThe delegations"},
		{"logo h1 is not the headline",
			`<head><meta property="og:title" content="Grain talks resume"></head><body><h1>Daily</h1><div class=story><h2>Grain talks resume</h2>` + body + `</div></body>`,
			"Grain talks resume", "Grain talks resume\n\nThe delegations"},
		{"kicker above the headline goes",
			`<head><title>Grain talks resume - Daily</title></head><body><div><p>World</p><h1>Grain talks resume</h1>` + body + `</div></body>`,
			"Grain talks resume", "Grain talks resume\n\nThe delegations"},
		{"no title anywhere: first h1",
			`<body><h1>Grain talks resume</h1>` + body + `</body>`,
			"Grain talks resume", "Grain talks resume\n\nThe delegations"},
		{"prose above the h1 keeps it out",
			`<head><title>Grain talks resume</title></head><body><div>` + body + `<h1>Grain talks resume</h1>` + body + `</div></body>`,
			"Grain talks resume", "The delegations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extracted(t, tt.html, "t")
			if a.Title != tt.title {
				t.Errorf("title %q, want %q", a.Title, tt.title)
			}
			if got := a.Cleaned(); !strings.HasPrefix(got, tt.text) {
				t.Errorf("text %q, want it to open with %q", got, tt.text)
			}
			if strings.Contains(a.Cleaned(), "Daily") || strings.Contains(a.Cleaned(), "World\n") {
				t.Errorf("site name or kicker left in: %q", a.Cleaned())
			}
		})
	}
}

func TestMetadataFallbacks(t *testing.T) {
	tests := []struct {
		name, html, title, url string
	}{
		{"og", `<head><meta property="og:title" content="OG"><meta property="og:url" content="https://a/b"></head><h1>H</h1>`, "OG", "https://a/b"},
		{"canonical and h1", `<head><link rel="canonical" href="https://c/d"><title>T</title></head><h1>H</h1>`, "H", "https://c/d"},
		{"document title", `<head><title> Only  title </title></head><p>x</p>`, "Only title", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Page([]byte(tt.html), "t")
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.URL != tt.url {
				t.Errorf("got title %q url %q, want %q %q", a.Title, a.URL, tt.title, tt.url)
			}
		})
	}
}

// A page must never hang or crash on hostile shapes; extraction stays
// linear in the input.
func TestHostilePages(t *testing.T) {
	deep := strings.Repeat("<div>", 10000) + "deep text." + strings.Repeat("</div>", 10000)
	tests := []struct {
		name, html, contains string
	}{
		{"10000 nested divs", deep, "deep text."},
		{"10000 nested inline", strings.Repeat("<span>", 10000) + "inline text.", "inline text."},
		{"unclosed tags", "<p><b><i><table><tr><td>cell<p>para", "cell"},
		{"many paragraphs", strings.Repeat("<p>A sentence that is long enough to count as prose in a page.</p>", 20000), "A sentence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extracted(t, tt.html, "t")
			if !strings.Contains(a.Original(), tt.contains) {
				t.Errorf("original lacks %q", tt.contains)
			}
		})
	}
}

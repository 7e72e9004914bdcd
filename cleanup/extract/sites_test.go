package extract

import "testing"

const sitePage = `<html><head><link rel="canonical" href="https://www.news.example.com/a/1"></head><body>
<div class="story"><h1>Headline here</h1>
<p>First paragraph of the story, long enough to be prose for the scorer.</p>
<div class="print-box-x">Buy our print edition today and save money on it.</div>
<p>Second paragraph of the story, also long enough to be counted as prose.</p></div>
<div class="teasers"><p>Another story teaser that is long enough to look like prose.</p></div>
</body></html>`

func TestSiteRules(t *testing.T) {
	tests := []struct {
		name, rules string
		keep, drop  []string
	}{
		{"no rules", ``, []string{"First paragraph", "Buy our print"}, nil},
		{"drop on matching host", `[[site]]
host = "news.example.com"
drop = [".print-box-x"]`, []string{"First paragraph", "Second paragraph"}, []string{"Buy our print"}},
		{"subdomain of a rule host", `[[site]]
host = "example.com"
drop = [".print-box-x"]`, nil, []string{"Buy our print"}},
		{"other host untouched", `[[site]]
host = "other.org"
drop = [".print-box-x"]`, []string{"Buy our print"}, nil},
		{"keep wins over heuristics", `[[site]]
host = "news.example.com"
keep = [".teasers"]`, []string{"Another story teaser"}, []string{"First paragraph"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules, err := ParseSiteRules(tt.rules)
			if err != nil {
				t.Fatal(err)
			}
			a, err := PageWith([]byte(sitePage), "t", Options{Sites: rules})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, a)
			wantText(t, a.Cleaned(), tt.keep, tt.drop)
		})
	}
}

func TestSiteRulesErrors(t *testing.T) {
	for _, src := range []string{
		"[[site]]\ndrop = [\"p\"]",                   // no host
		"[[site]]\nhost = \"a.b\"\ndrop = [\"p[[\"]", // bad selector
		"[[site]]\nhost = \"a.b\"\nkeep = [\"::x\"]", // bad selector
		"[[site]\nhost = 1",                          // bad TOML
	} {
		if _, err := ParseSiteRules(src); err == nil {
			t.Errorf("no error for %q", src)
		}
	}
}

func TestDefaultSiteRulesLoad(t *testing.T) {
	rs, err := DefaultSiteRules()
	if err != nil {
		t.Fatal(err)
	}
	if rs.Merge(nil) != rs {
		t.Error("merging nothing should change nothing")
	}
}

func TestVocabularyMatching(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		classID, rule string // rule "" means no drop
		keep          bool
	}{
		{"comments-area", "comments", false},
		{"تعليقات-القراء", "comments", false},
		{"блок-комментариев", "comments", false},
		{"social-share", "share", false},
		{"main-nav", "navigation", false},
		{"canvas", "", false}, // "nav" only as a whole token part
		{"ad", "ads", false},
		{"header-ad-slot", "ads", false},
		{"shadow lead", "", false}, // "ad" is not a substring match
		{"has-sidebar single-post", "", false},
		{"entry-content", "", true},
		{"article-body comments-enabled", "", true},
		{"hidden", "hidden", false},
		{"field--label-hidden", "", false}, // "==hidden": the label is hidden, not the text
		{"col-md-4 hidden-print", "", false},
		{"wp-caption-text", "caption", false},
		{"jetpack-slideshow-noscript robots-nocontent", "hidden", false}, // shown only without JavaScript
		{"elementor-widget elementor-widget-text-editor", "", false},     // "ignore" row
		{"widget widget_recent_entries", "sidebar", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got := v.judge(tt.classID)
		rule := ""
		if got.drop != nil {
			rule = got.drop.rule
		}
		if rule != tt.rule || got.keep != tt.keep {
			t.Errorf("judge(%q) = drop %q keep %v, want %q %v", tt.classID, rule, got.keep, tt.rule, tt.keep)
		}
	}
}

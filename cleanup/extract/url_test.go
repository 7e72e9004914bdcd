package extract

import (
	"strings"
	"testing"
)

func TestBareURLBlocksGo(t *testing.T) {
	body := strings.Repeat("<p>The ministry said the talks would resume next week in Geneva, officials confirmed on Monday.</p>", 4)
	page := `<html><body><article><h1>Talks resume</h1>` + body +
		`<div><span>https://news.example/world/talks-resume-123.php</span></div>` + body + `<p>Read the report at https://news.example/report and tell us what you think of it.</p></article></body></html>`
	a := extracted(t, page, "t.html")
	got := a.Cleaned()
	if strings.Contains(got, "talks-resume-123.php") {
		t.Errorf("bare URL kept: %q", got)
	}
	if !strings.Contains(got, "Read the report at https://news.example/report") {
		t.Errorf("sentence with a link lost: %q", got)
	}
	var seen bool
	for _, c := range a.Changes() {
		if c.Rule == "extract.url" {
			seen = true
		}
	}
	if !seen {
		t.Error("no extract.url change")
	}
}

func TestBareURL(t *testing.T) {
	for in, want := range map[string]bool{
		"https://news.example/a-b-1.php": true,
		" http://x.example/ ":            true,
		"www.example.com/page":           true,
		"See https://x.example":          false,
		"https://x.example and more":     false,
		"Kyiv":                           false,
	} {
		if got := bareURL(in); got != want {
			t.Errorf("bareURL(%q) = %v", in, got)
		}
	}
}

package export

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

func titled(title, source, text string) *cleanup.Article {
	a := cleanup.NewArticle(source, text)
	a.Title = title
	return a
}

func TestDirNamesAndCollisions(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "out") // created on demand
	d, err := NewDir(dir, TXT)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		a    *cleanup.Article
		want string
	}{
		{titled("Grain talks", "in/a.html", "one"), "grain-talks.txt"},
		{titled("Grain Talks!", "in/b.html", "two"), "grain-talks-2.txt"},
		{titled("grain talks", "in/c.html", "three"), "grain-talks-3.txt"},
		{titled("../../escape", "in/d.html", "four"), "escape.txt"},
		{titled("CON", "in/e.html", "five"), "con_.txt"},
		{titled("", "in/feed.jsonl#3", "six"), "feed-3.txt"},
		{titled("\u202E\x00", "-", "seven"), "article.txt"},
	}
	for _, tt := range tests {
		path, err := d.Write(tt.a)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Dir(path) != dir || filepath.Base(path) != tt.want {
			t.Errorf("%q written to %s, want %s", tt.a.Title, path, filepath.Join(dir, tt.want))
		}
		if b, err := os.ReadFile(path); err != nil || string(b) != tt.a.Cleaned() {
			t.Errorf("%s holds %q (%v)", path, b, err)
		}
	}
	var names []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != len(tests) || slices.ContainsFunc(names, func(n string) bool { return strings.HasSuffix(n, ".tmp") }) {
		t.Errorf("folder holds %q", names)
	}
}

func TestDirNeverWritesOverAnInput(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "grain-talks.md")
	link := filepath.Join(dir, "grain-talks-2.md")
	if err := os.WriteFile(input, []byte("the input"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(input, link); err != nil { // the same file under another name
		t.Skip("no hard links here:", err)
	}
	d, err := NewDir(dir, MD)
	if err != nil {
		t.Fatal(err)
	}
	d.Protect(input, filepath.Join(dir, "missing.txt"), dir)
	path, err := d.Write(titled("Grain talks", input, "cleaned"))
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(path) != "grain-talks-3.md" {
		t.Errorf("written to %s", path)
	}
	if b, _ := os.ReadFile(input); string(b) != "the input" {
		t.Errorf("input now holds %q", b)
	}
}

func TestDirReplacesItsOwnEarlierOutput(t *testing.T) {
	dir := t.TempDir()
	for _, text := range []string{"first run", "second run"} {
		d, err := NewDir(dir, TXT)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := d.Write(titled("Same", "in/a.txt", text)); err != nil {
			t.Fatal(err)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "same.txt")); string(b) != "second run" {
		t.Errorf("got %q", b)
	}
}

func TestNewDirErrors(t *testing.T) {
	if _, err := NewDir(t.TempDir(), "pdf"); err == nil {
		t.Error("unknown format accepted")
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	if _, err := NewDir(file, TXT); err == nil {
		t.Error("a file accepted as the output folder")
	}
}

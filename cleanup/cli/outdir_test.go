package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestOutDir covers -o: a missing folder is created, hostile titles are
// made safe, equal titles are numbered, a missing path and a bad feed
// line are named on stderr while every other article is still written.
func TestOutDir(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	code, out, errs := run(t, "", "clean", "-o", dir, "testdata/in", "testdata/missing.txt", "--to", "md")
	if code != 1 || out != "" {
		t.Errorf("code %d, stdout %q", code, out)
	}
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	want := []string{
		"copydesk: testdata/in/feed.jsonl:4: ",
		"copydesk: testdata/missing.txt: ",
		"wrote 6 files to " + dir + string(filepath.Separator) + " (2 errors)",
	}
	if len(lines) != len(want) {
		t.Fatalf("stderr:\n%s", errs)
	}
	for i := range want {
		if !strings.HasPrefix(lines[i], want[i]) {
			t.Errorf("stderr line %d = %q, want %q…", i+1, lines[i], want[i])
		}
	}
	names := dirNames(t, dir)
	wantNames := []string{
		"con_.md", "etc-passwd.md", "grain-talks-resume-in-kyiv-2.md", "grain-talks-resume-in-kyiv.md",
		"script-alert-1-script.md", "переговори-в-києві.md",
	}
	if !slices.Equal(names, wantNames) {
		t.Errorf("wrote %q, want %q", names, wantNames)
	}
	if got := dirNames(t, parent); !slices.Equal(got, []string{"out"}) {
		t.Errorf("files escaped the output folder: %q", got)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "grain-talks-resume-in-kyiv-2.md"))
	if !strings.Contains(string(b), "another agency") {
		t.Errorf("second article holds %q", b)
	}
}

func TestOutDirNeverReplacesAnInput(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("testdata/in/grain.txt")
	if err != nil {
		t.Fatal(err)
	}
	input := filepath.Join(dir, "grain-talks-resume-in-kyiv.txt") // the name its output would get
	if err := os.WriteFile(input, src, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, "", "clean", "-o", dir, input)
	if code != 0 || !strings.HasPrefix(errs, "wrote 1 file to ") {
		t.Errorf("code %d, stderr %q", code, errs)
	}
	if b, _ := os.ReadFile(input); string(b) != string(src) {
		t.Errorf("input changed to %q", b)
	}
	if _, err := os.Stat(filepath.Join(dir, "grain-talks-resume-in-kyiv-2.txt")); err != nil {
		t.Error(err)
	}
}

func TestOutDirThatIsAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "taken")
	os.WriteFile(file, nil, 0o644)
	code, _, errs := run(t, "", "clean", "-o", file, "testdata/in/grain.txt")
	if code != 1 || !strings.HasPrefix(errs, "copydesk: -o "+file+": ") {
		t.Errorf("code %d, stderr %q", code, errs)
	}
}

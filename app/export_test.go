package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportBatch(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "session.json"))
	openFixtures(t, u)
	u.selectChange(changeByRule(t, u, "names.glossary").ID)
	u.rejectSelected()
	u.exportDialog()
	if u.exporting == nil || u.exporting.format.Selected == "" {
		t.Fatal("export dialog offers no format")
	}
	out := t.TempDir()
	u.startExport(scopeBatch, "txt", out)
	u.wait()
	files, _ := filepath.Glob(filepath.Join(out, "*.txt"))
	if len(files) != 3 {
		t.Fatalf("wrote %v", files)
	}
	var all string
	for _, f := range files {
		b, _ := os.ReadFile(f)
		all += string(b)
	}
	if !strings.Contains(all, "Officials in Kiev") || strings.Contains(all, "Advertisement") {
		t.Errorf("export does not follow the review:\n%s", all)
	}
	if !strings.Contains(u.status.Text, "Wrote 3 files") {
		t.Errorf("status %q", u.status.Text)
	}
}

func TestExportOneArticle(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "session.json"))
	openFixtures(t, u)
	out := t.TempDir()
	u.startExport(scopeArticle, "md", out)
	u.wait()
	files, _ := filepath.Glob(filepath.Join(out, "*"))
	if len(files) != 1 {
		t.Fatalf("wrote %v", files)
	}
	// The front matter names the house style, as the CLI's does.
	if b, _ := os.ReadFile(files[0]); !strings.Contains(string(b), `style: "ap"`) {
		t.Errorf("no style in the front matter:\n%s", b)
	}
}

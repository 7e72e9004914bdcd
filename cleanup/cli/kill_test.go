package cli

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestKillDuringExport starts the real CLI in a subprocess exporting a big
// batch to -o DIR, kills it with SIGKILL once files appear, and checks
// that every file under a final name is a complete export and that what
// is left besides is a hidden temporary file that no export format
// claims.
func TestKillDuringExport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a big batch; skipped with -short")
	}
	dir := t.TempDir()
	var feed bytes.Buffer
	para := strings.Repeat("Dmytro Kuleba met Igor Klimenko in Kiev on Monday to discuss grain. ", 60)
	const articles = 600 // 30 of the child's windows
	for i := range articles {
		fmt.Fprintf(&feed, `{"title":"Report %d","text":%q}`+"\n", i, para+"\n\n"+para)
	}
	in := filepath.Join(dir, "feed.jsonl")
	if err := os.WriteFile(in, feed.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "docx"} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(dir, "out-"+format)
			cmd := exec.Command(os.Args[0], "clean", "--to", format, "-o", out, "--report", filepath.Join(out, "report.html"), in)
			cmd.Env = append(os.Environ(), childEnv+"=1")
			if err := os.MkdirAll(out, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			for deadline := time.Now().Add(time.Minute); ; time.Sleep(5 * time.Millisecond) {
				if entries, _ := os.ReadDir(out); len(entries) >= 40 || time.Now().After(deadline) {
					break
				}
			}
			cmd.Process.Kill()
			cmd.Wait()
			finals := 0
			for _, name := range dirNames(t, out) {
				path := filepath.Join(out, name)
				switch {
				case strings.HasPrefix(name, ".copydesk-") && strings.HasSuffix(name, ".tmp"):
					// a temporary file: hidden and with no export's extension
				case name == "report.html":
					t.Error("the report appeared although the export was killed")
				case strings.HasSuffix(name, "."+format):
					finals++
					checkComplete(t, path, format)
				default:
					t.Errorf("unexpected file %q", name)
				}
			}
			if finals == 0 || finals == articles {
				t.Errorf("%d files written: the kill did not land mid-export", finals)
			}
		})
	}
}

// checkComplete fails unless path holds a whole export.
func checkComplete(t *testing.T, path, format string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	switch format {
	case "json":
		var r struct{ Text string }
		if err := json.Unmarshal(data, &r); err != nil || !strings.Contains(r.Text, "Kyiv") {
			t.Errorf("%s is not a complete export: %v", path, err)
		}
	case "docx":
		z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil || len(z.File) != 7 {
			t.Errorf("%s is not a complete docx: %v", path, err)
		}
	}
}

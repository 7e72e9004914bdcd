package cli

import (
	"strings"
	"testing"
)

// TestBinaryToTerminal refuses docx on a terminal, where ZIP bytes would be
// garbage, and writes it when stdout is a file or pipe.
func TestBinaryToTerminal(t *testing.T) {
	code, out, errs := runIn(t, defaultWindow, true, "", "clean", "--to", "docx", "testdata/in/grain.txt")
	if code != 2 || out != "" || !strings.HasPrefix(errs, "copydesk clean: --to docx is a binary file; give -o DIR or redirect standard output to a file\n") {
		t.Errorf("terminal: code %d, %d bytes out, stderr %q", code, len(out), errs)
	}
	code, out, errs = runIn(t, defaultWindow, false, "", "clean", "--to", "docx", "testdata/in/grain.txt")
	if code != 0 || !strings.HasPrefix(out, "PK\x03\x04") || errs != "" {
		t.Errorf("pipe: code %d, stdout starts %q, stderr %q", code, out[:min(len(out), 4)], errs)
	}
	code, out, _ = runIn(t, defaultWindow, true, "", "clean", "--to", "md", "testdata/in/grain.txt")
	if code != 0 || !strings.Contains(out, "Kyiv") {
		t.Errorf("md to a terminal: code %d", code)
	}
}

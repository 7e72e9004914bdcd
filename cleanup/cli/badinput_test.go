package cli

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// write creates a file under the current folder, with its folders.
func write(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func truncatedGzip() []byte {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write(bytes.Repeat([]byte("Grain talks resume in Kyiv on Monday.\n"), 200))
	z.Close()
	return b.Bytes()[:b.Len()/2]
}

// TestBadInput runs a hostile batch through the CLI, one bad input at a
// time next to a good article: each bad input gets one specific stderr
// line naming the file (and line), or loads repaired, and the good
// article is always written. The streaming window is small, so an article
// bigger than a whole window needs only a small file.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name  string
		files map[string][]byte // created before the run
		paths []string          // given on the command line, before good.txt
		err   string            // the stderr line, or "" when the input loads
		loads string            // text that must reach an output file
		root  bool              // meaningless as root
	}{
		{name: "empty file", files: map[string][]byte{"empty.txt": nil}, paths: []string{"empty.txt"},
			err: "copydesk: empty.txt: empty file"},
		{name: "PNG", files: map[string][]byte{"pic.png": []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")}, paths: []string{"pic.png"},
			err: "copydesk: pic.png: not an article: looks like a PNG image"},
		{name: "PDF named .txt", files: map[string][]byte{"doc.txt": []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")}, paths: []string{"doc.txt"},
			err: "copydesk: doc.txt: not an article: looks like a PDF document"},
		{name: "zip", files: map[string][]byte{"a.zip": []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00")}, paths: []string{"a.zip"},
			err: "copydesk: a.zip: not an article: looks like a ZIP archive"},
		{name: "invalid UTF-8", files: map[string][]byte{"latin.txt": []byte("Le caf\xe9 de Kiev\n\nOn y parle de bl\xe9.\n")}, paths: []string{"latin.txt"},
			loads: "On y parle de blé."},
		{name: "UTF-16 text", files: map[string][]byte{"utf16.txt": []byte("\xff\xfeH\x00e\x00l\x00l\x00o\x00 \x00K\x00y\x00i\x00v\x00\n\x00")}, paths: []string{"utf16.txt"},
			loads: "Hello Kyiv"},
		{name: "truncated gzip", files: map[string][]byte{"cut.txt.gz": truncatedGzip()}, paths: []string{"cut.txt.gz"},
			err: "copydesk: cut.txt.gz: truncated gzip data (unexpected end of file)"},
		{name: "truncated HTML", files: map[string][]byte{"cut.html": []byte("<html><head><title>Cut</title></head><body><p>Half a paragraph of grain news")},
			paths: []string{"cut.html"}, loads: "Half a paragraph of grain news"},
		{name: "10,000-deep HTML", files: map[string][]byte{"deep.html": []byte("<html><body>" + strings.Repeat("<div>", 10000) +
			"<p>Deep in the page, the grain talks went on for a third day in Kyiv.</p>" + strings.Repeat("</div>", 10000))},
			paths: []string{"deep.html"}, loads: "the grain talks went on"},
		{name: "text 16 times a window", files: map[string][]byte{"big.txt": bytes.Repeat([]byte("Grain talks resume in Kyiv on Monday, officials said.\n\n"), 16*smallWindow.bytes/55)},
			paths: []string{"big.txt"}, loads: strings.Repeat("Grain talks resume in Kyiv on Monday, officials said.\n\n", 16*smallWindow.bytes/55-1)},
		{name: "JSONL with a broken line", files: map[string][]byte{"feed.jsonl": []byte(`{"title":"A","text":"First feed article."}` + "\n" +
			`{"title": broken` + "\n" + `{"title":"C","text":"Third feed article."}` + "\n")}, paths: []string{"feed.jsonl"},
			err: "copydesk: feed.jsonl:2: invalid JSON at byte 11: invalid character 'b' looking for beginning of value", loads: "Third feed article."},
		{name: "JSON body under an unknown field", files: map[string][]byte{"odd.json": []byte(`{"title":"Odd","contents":{"value":"body"}}`)}, paths: []string{"odd.json"},
			err: "copydesk: odd.json: no article text: fields are contents, title; want one of text,"},
		{name: "unreadable file", files: map[string][]byte{"secret.txt": []byte("Secret.")}, paths: []string{"secret.txt"},
			err: "copydesk: secret.txt: permission denied", root: true},
		{name: "symlink loop", files: map[string][]byte{"loop/inside.txt": []byte("Inside the loop folder.\n")}, paths: []string{"loop"},
			err: "copydesk: loop/back: symlink loop back to loop, not followed", loads: "Inside the loop folder."},
		{name: "name with newlines", files: map[string][]byte{"new\nline.txt": nil, "new\nline 2.txt": []byte("A name\nwith newlines.\n")},
			paths: []string{"new\nline.txt", "new\nline 2.txt"}, err: `copydesk: "new\nline.txt": empty file`, loads: "A name\nwith newlines."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.root && os.Geteuid() == 0 {
				t.Skip("root reads any file, so permissions cannot make one unreadable")
			}
			t.Chdir(t.TempDir())
			write(t, "good.txt", []byte("Good article\n\nThe good article is always written.\n"))
			for name, data := range tt.files {
				write(t, name, data)
			}
			switch tt.name {
			case "unreadable file":
				os.Chmod("secret.txt", 0)
			case "symlink loop":
				if err := os.Symlink(".", filepath.Join("loop", "back")); err != nil {
					t.Skip("no symlinks here:", err)
				}
			}
			code, _, errs := runIn(t, smallWindow, false, "", append([]string{"clean", "-o", "out"}, append(tt.paths, "good.txt")...)...)
			lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
			wantCode := 0
			if tt.err != "" {
				wantCode = 1
				if len(lines) != 2 || !strings.HasPrefix(lines[0], tt.err) {
					t.Errorf("stderr %q, want one line starting %q", errs, tt.err)
				}
			}
			if code != wantCode || !strings.HasPrefix(lines[len(lines)-1], "wrote ") {
				t.Errorf("code %d, stderr %q", code, errs)
			}
			outputs := readOutputs(t, "out")
			if !strings.Contains(outputs, "The good article is always written.") {
				t.Error("the good article was not written")
			}
			if tt.loads != "" && !strings.Contains(outputs, tt.loads) {
				t.Errorf("no output holds %q", tt.loads)
			}
		})
	}
}

// readOutputs concatenates every file in dir.
func readOutputs(t *testing.T, dir string) string {
	t.Helper()
	var all strings.Builder
	for _, name := range dirNames(t, dir) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		all.Write(b)
	}
	return all.String()
}

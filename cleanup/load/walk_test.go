package load

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// tree builds a folder from name → content; a content starting with "->"
// makes a symlink to the rest, "/" makes an empty folder.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		switch {
		case strings.HasPrefix(content, "->"):
			err = os.Symlink(strings.TrimPrefix(content, "->"), p)
		case content == "/":
			err = os.MkdirAll(p, 0o755)
		default:
			err = os.WriteFile(p, []byte(content), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// walkNames loads paths and returns sources relative to root and errors
// with root cut out.
func walkNames(root string, paths []string, o Options) (srcs, errs []string) {
	Walk(paths, o,
		func(a *cleanup.Article) { srcs = append(srcs, strings.TrimPrefix(a.Source, root+"/")) },
		func(err error) { errs = append(errs, strings.ReplaceAll(err.Error(), root+"/", "")) })
	return srcs, errs
}

func TestWalkFolders(t *testing.T) {
	body := "Some article text.\n"
	tests := []struct {
		name  string
		files map[string]string
		paths []string // relative to the tree; none means the root
		srcs  []string
		errs  []string
	}{
		{
			name: "sorted recursive, hidden and unsupported skipped",
			files: map[string]string{
				"b.txt": body, "a.md": body, "sub/c.html": "<p>Page.</p>", "sub/d.jsonl": `{"text":"x"}` + "\n",
				"z/e.json.gz": gz(`{"text":"y"}`), ".hidden.txt": body, ".git/f.txt": body, "photo.jpg": "\xff\xd8\xff", "notes": body, "README": body,
			},
			srcs: []string{"a.md", "b.txt", "sub/c.html", "sub/d.jsonl#1", "z/e.json.gz"},
		},
		{
			name:  "named files are tried whatever they are",
			files: map[string]string{"photo.jpg": "\xff\xd8\xff\xe0", "notes": body, ".hidden.txt": body},
			paths: []string{"photo.jpg", "notes", ".hidden.txt"},
			srcs:  []string{"notes", ".hidden.txt"},
			errs:  []string{"photo.jpg: not an article: looks like a JPEG image"},
		},
		{
			name:  "symlink loop",
			files: map[string]string{"a/x.txt": body, "a/loop": "->..", "a/self": "->."},
			srcs:  []string{"a/x.txt"},
			errs:  []string{"a/loop: symlink loop back to", "a/self: symlink loop back to"},
		},
		{
			name:  "symlinked folder and file are followed",
			files: map[string]string{"real/x.txt": body, "view/link": "->../real", "view/y.txt": "->../real/x.txt"},
			paths: []string{"view"},
			srcs:  []string{"view/link/x.txt", "view/y.txt"},
		},
		{
			name:  "broken symlink",
			files: map[string]string{"gone.txt": "->nowhere.txt", "ok.txt": body},
			srcs:  []string{"ok.txt"},
			errs:  []string{"gone.txt: broken symlink: no such file or directory"},
		},
		{
			name:  "empty folder",
			files: map[string]string{"empty": "/"},
			paths: []string{"empty"},
		},
		{
			name:  "newline in a file name",
			files: map[string]string{"two\nlines.txt": "", "fine.txt": body},
			srcs:  []string{"fine.txt"},
			errs:  []string{`"two\nlines.txt": empty file`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := tree(t, tt.files)
			paths := []string{root}
			if tt.paths != nil {
				paths = nil
				for _, p := range tt.paths {
					paths = append(paths, filepath.Join(root, p))
				}
			}
			srcs, errs := walkNames(root, paths, Options{})
			if !slices.Equal(srcs, tt.srcs) {
				t.Errorf("sources %q, want %q", srcs, tt.srcs)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors %q, want %q", errs, tt.errs)
			}
			for i, e := range errs {
				if !strings.Contains(e, tt.errs[i]) {
					t.Errorf("error %q, want %q", e, tt.errs[i])
				}
			}
		})
	}
}

// TestWalkSpecialFiles checks that a FIFO in a folder is skipped rather
// than opened (which would block for ever).
func TestWalkSpecialFiles(t *testing.T) {
	root := tree(t, map[string]string{"a.txt": "Text.\n"})
	if err := syscall.Mkfifo(filepath.Join(root, "pipe.txt"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	srcs, errs := walkNames(root, []string{root}, Options{})
	if !slices.Equal(srcs, []string{"a.txt"}) || len(errs) > 0 {
		t.Errorf("sources %q errors %q", srcs, errs)
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads everything")
	}
	root := tree(t, map[string]string{"secret.txt": "Text.\n", "locked/a.txt": "Text.\n"})
	os.Chmod(filepath.Join(root, "secret.txt"), 0)
	os.Chmod(filepath.Join(root, "locked"), 0)
	defer os.Chmod(filepath.Join(root, "locked"), 0o755)
	_, errs := walkNames(root, []string{root}, Options{})
	want := []string{"locked: permission denied", "secret.txt: permission denied"}
	if !slices.Equal(errs, want) {
		t.Errorf("errors %q, want %q", errs, want)
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name, from, in string
		formats        []string
		errs           []string
	}{
		{"text", "", "Title line\n\nBody.\n", []string{"txt"}, nil},
		{"markdown", "", "# Title\n\nBody.\n", []string{"md"}, nil},
		{"html", "", "<!DOCTYPE html><p>Body.</p>", []string{"html"}, nil},
		{"json", "", `{"title": "T", "text": "Body."}`, []string{"json"}, nil},
		{"json array", "", `[{"text": "a"}, {"text": "b"}]`, []string{"json", "json"}, nil},
		{"jsonl", "", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n", []string{"jsonl", "jsonl"}, nil},
		{"gzip jsonl", "", gz("{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), []string{"jsonl", "jsonl"}, nil},
		{"forced", "md", "<p>Body.</p>", []string{"md"}, nil},
		{"less-than text", "", "<3 from Geneva\n", []string{"txt"}, nil},
		{"empty", "", "", nil, []string{"<stdin>: empty file"}},
		{"jsonl error names stdin", "jsonl", "{\"text\": \"a\"}\nnope\n", []string{"jsonl"}, []string{"<stdin>:2: invalid JSON"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var formats, errs []string
			Walk([]string{"-"}, Options{From: tt.from, Stdin: strings.NewReader(tt.in)},
				func(a *cleanup.Article) {
					formats = append(formats, a.Format)
					if !strings.HasPrefix(a.Source, StdinName) {
						t.Errorf("source %q", a.Source)
					}
				},
				func(err error) { errs = append(errs, err.Error()) })
			if !slices.Equal(formats, tt.formats) {
				t.Errorf("formats %q, want %q", formats, tt.formats)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors %q, want %q", errs, tt.errs)
			}
			for i, e := range errs {
				if !strings.Contains(e, tt.errs[i]) {
					t.Errorf("error %q, want %q", e, tt.errs[i])
				}
			}
		})
	}
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func TestProjectFile(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"README.md", true},
		{"readme.txt", true},
		{"LICENSE", true},
		{"Licence.markdown", true},
		{"CHANGELOG.md", true},
		{"changelog.blog.zwischenbilanz.html.gz", false}, // a news page in trafilatura-eval
		{"changelog.blog.txt", false},
		{"README.html", false},
		{"readme-first.txt", false},
		{"story.txt", false},
	}
	for _, tt := range tests {
		if got := projectFile(tt.name); got != tt.want {
			t.Errorf("projectFile(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

package cli

import (
	"strings"
	"testing"
)

// TestFolderSkipsNonArticles: a folder's images, PDFs and project files are
// not loaded, and one stderr line names them; a README named on the command
// line is loaded.
func TestFolderSkipsNonArticles(t *testing.T) {
	t.Chdir(t.TempDir())
	write(t, "in/story.txt", []byte("Grain talks\n\nTalks resume in Kiev.\n"))
	write(t, "in/picture.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	write(t, "in/doc.pdf", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))
	write(t, "in/README.md", []byte("# About this folder\n\nScraped on Monday.\n"))
	write(t, "in/notes.xyz", []byte("a file of another kind"))
	write(t, "in/.hidden.png", []byte("\x89PNG\r\n\x1a\n"))
	write(t, "in/changelog.blog.txt", []byte("A blog post\n\nThe changelog of a city council, as news.\n"))

	code, out, errs := run(t, "", "clean", "--to", "jsonl", "in")
	want := "copydesk: skipped 4 files that are not articles: in/README.md (project file), in/doc.pdf (PDF document), in/notes.xyz (.xyz file), in/picture.png (PNG image) (name a file to load it anyway)\n"
	if code != 0 || errs != want {
		t.Errorf("code %d, stderr\n%q\nwant\n%q", code, errs, want)
	}
	if strings.Count(out, "\n") != 2 || !strings.Contains(out, "Talks resume in Kyiv.") || !strings.Contains(out, "The changelog of a city council") {
		t.Errorf("stdout %q, want story.txt and changelog.blog.txt", out)
	}

	code, out, errs = run(t, "", "clean", "--to", "jsonl", "in/README.md")
	if code != 0 || errs != "" || !strings.Contains(out, "Scraped on Monday.") {
		t.Errorf("README named: code %d, stderr %q, stdout %q", code, errs, out)
	}
}

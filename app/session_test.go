package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/review"
)

func TestSessionRestore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "session.json")
	u := newTestUI(t, path)
	openFixtures(t, u)
	u.selectChange(changeByRule(t, u, "debris.ads").ID)
	u.rejectSelected()
	u.applyEdit(1, strings.Replace(u.doc().Art.Cleaned()[u.review.blocks[1].CleanStart:u.review.blocks[1].CleanEnd], "next week", "on Monday", 1))
	u.showDoc(1)
	u.wait()
	want := []string{}
	for _, d := range u.b.Docs {
		want = append(want, d.Art.Cleaned())
	}

	// The file is versioned JSON with the sources and the decisions.
	var s sessionFile
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &s); err != nil || s.Version != review.SessionVersion || len(s.Sources) != 1 || s.Current != 1 {
		t.Fatalf("session file %s: %v", data, err)
	}

	// A new window with no paths comes back where the editor left off.
	v := newTestUI(t, path)
	v.start(nil)
	v.wait()
	if v.cur != 1 || len(v.b.Docs) != 3 {
		t.Fatalf("restored at article %d of %d", v.cur, len(v.b.Docs))
	}
	for i, d := range v.b.Docs {
		if got := d.Art.Cleaned(); got != want[i] {
			t.Errorf("article %d restored as\n%q\nwant\n%q", i, got, want[i])
		}
	}
	// Restored decisions can be undone like fresh ones.
	if got := len(v.b.Docs[0].Events); got != 2 {
		t.Errorf("article 0 has %d events after restore", got)
	}
}

func TestSessionIgnoresChangedFile(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.txt")
	os.WriteFile(src, []byte("Talks in Kiev.\n"), 0o644)
	path := filepath.Join(dir, "session.json")
	u := newTestUI(t, path)
	u.open([]string{src}, false)
	u.wait()
	u.selectChange(changeByRule(t, u, "names.glossary").ID)
	u.rejectSelected()
	u.wait()

	os.WriteFile(src, []byte("Talks in Kiev resumed.\n"), 0o644)
	v := newTestUI(t, path)
	v.start(nil)
	v.wait()
	if c := v.doc().Art.Changes()[0]; c.State != cleanup.Applied {
		t.Error("a decision was replayed onto a file that changed")
	}
	if !strings.Contains(v.status.Text, "1 article changed since the last session") {
		t.Errorf("status %q", v.status.Text)
	}
}

func TestSessionVersionMismatch(t *testing.T) {
	path := filepath.Join(t.TempDir(), "session.json")
	os.WriteFile(path, []byte(`{"version": 99, "sources": ["x"]}`), 0o644)
	if _, err := review.ReadSession(path); err == nil {
		t.Fatal("a session from another version was accepted")
	}
}

func TestWriteAtomicLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.json")
	for _, body := range []string{"one", "two"} {
		if err := review.WriteAtomic(path, []byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := os.ReadFile(path)
	entries, _ := os.ReadDir(dir)
	if string(got) != "two" || len(entries) != 1 {
		t.Errorf("file %q, %d entries in dir", got, len(entries))
	}
}

// A session opened with relative paths restores from any folder, and a
// file gone since is named once while the rest loads, on the right article.
func TestSessionRestoresFromAnotherFolderWithAFileMissing(t *testing.T) {
	work := t.TempDir()
	for _, f := range []string{"01-grain.txt", "02-power.txt", "03-clean.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata/batch", f))
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Join(work, "feed"), 0o755)
		os.WriteFile(filepath.Join(work, "feed", f), data, 0o644)
	}
	path := filepath.Join(t.TempDir(), "session.json")
	t.Chdir(work)
	u := newTestUI(t, path)
	u.open([]string{"feed/01-grain.txt", "feed/02-power.txt", "feed/03-clean.txt"}, false)
	u.wait()
	u.showDoc(1)
	u.selectChange(changeByRule(t, u, "names.glossary").ID)
	u.rejectSelected()
	u.wait()

	os.Remove(filepath.Join(work, "feed", "01-grain.txt"))
	t.Chdir(t.TempDir()) // another folder
	v := newTestUI(t, path)
	v.start(nil)
	v.wait()
	if v.b == nil || len(v.b.Docs) != 2 {
		t.Fatalf("restored %v", v.b)
	}
	if got := filepath.Base(v.doc().Art.Source); got != "02-power.txt" {
		t.Errorf("restored on %s, want 02-power.txt", got)
	}
	if strings.Contains(v.doc().Art.Cleaned(), "Kyiv") {
		t.Error("the decision on 02-power.txt was not replayed")
	}
	if n := strings.Count(dialogText(v), "01-grain.txt"); n != 1 {
		t.Errorf("the missing file is named %d times:\n%s", n, dialogText(v))
	}
}

// close (what SIGTERM runs, off the UI goroutine) leaves the latest save on
// disk and drops saves requested after it.
func TestSaverCloseWritesTheLatest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "session.json")
	s := review.NewSaver(path, func(err error) { t.Error(err) })
	done := make(chan struct{})
	go func() { // the UI goroutine, still saving
		for i := range 200 {
			s.Save(sessionFile{Version: review.SessionVersion, Current: i})
		}
		close(done)
	}()
	<-done
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s.Save(sessionFile{Version: review.SessionVersion, Current: -5})
	s.Flush()
	got, err := review.ReadSession(path)
	if err != nil || got.Current != 199 {
		t.Fatalf("after close the file has %+v, %v; want the last save (199)", got, err)
	}
}

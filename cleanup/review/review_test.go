package review

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/pipeline"
)

// cleaned runs the real engine (AP style) over texts.
func cleaned(t *testing.T, texts ...string) *Batch {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{Style: "ap"})
	if err != nil {
		t.Fatal(err)
	}
	var arts []*cleanup.Article
	for i, s := range texts {
		arts = append(arts, cleanup.NewArticle(filepath.Join("/feed", string(rune('a'+i))+".txt"), s))
	}
	p.CleanBatch(arts)
	return NewBatch("test", []string{"/feed"}, arts)
}

func changeOf(t *testing.T, d *Doc, orig string) cleanup.Change {
	t.Helper()
	for _, c := range d.Art.Changes() {
		if strings.TrimSpace(c.Original) == orig {
			return c
		}
	}
	t.Fatalf("no change of %q in %q", orig, d.Art.Original())
	return cleanup.Change{}
}

// The same fix across the batch leaves the rule's other fixes alone and
// undoes as one step; a replayed session gives the same texts.
func TestSameFixUndoAndSessionWithTheRealEngine(t *testing.T) {
	texts := []string{
		"Talks in Kiev\n\nOfficials in Kiev said the port of Odessa would reopen.\n",
		"Markets\n\nShares rose as talks in Kiev went on.\n",
	}
	b := cleaned(t, texts...)
	kiev := changeOf(t, b.Docs[0], "Kiev")
	if n := b.DecideSame(kiev, false, View{}); n != 3 {
		t.Fatalf("rejected %d Kiev fixes, want 3", n)
	}
	for _, d := range b.Docs {
		if strings.Contains(d.Art.Cleaned(), "Kyiv") {
			t.Errorf("%s still says Kyiv", d.Art.Source)
		}
	}
	if !strings.Contains(b.Docs[0].Art.Cleaned(), "Odesa") {
		t.Error("the Odessa fix of the same rule was taken back too")
	}

	// A fresh batch with the session replayed looks the same.
	s := b.Snapshot(1)
	again := cleaned(t, texts...)
	if stale := again.ReplaySession(&s); stale != 0 {
		t.Fatalf("%d stale articles", stale)
	}
	for i := range b.Docs {
		if got, want := again.Docs[i].Art.Cleaned(), b.Docs[i].Art.Cleaned(); got != want {
			t.Errorf("replayed %d:\n%q\nwant\n%q", i, got, want)
		}
	}
	if got := s.CurrentIn(again); got != 1 {
		t.Errorf("current article %d, want 1", got)
	}

	step, ok := b.UndoLast()
	if !ok || len(step.Docs) != 2 {
		t.Fatalf("undo step %+v", step)
	}
	for _, d := range b.Docs {
		if !strings.Contains(d.Art.Cleaned(), "Kyiv") {
			t.Errorf("%s lost Kyiv after undo", d.Art.Source)
		}
	}
}

// Rejecting everything gives back the original byte for byte.
func TestRejectEverythingIsTheOriginal(t *testing.T) {
	text := "Вести\n\nRajab Tayyip Erdogan met officials in Kiev.\u00a0Odessa\n"
	b := cleaned(t, text)
	d := b.Docs[0]
	for _, c := range d.Art.Changes() {
		if err := b.Decide(0, Event{Op: OpReject, Start: c.Start, End: c.End, Rule: c.Rule}, View{}); err != nil {
			t.Fatal(err)
		}
	}
	if got := d.Art.Cleaned(); got != text {
		t.Errorf("reject all gives\n%q\nwant\n%q", got, text)
	}
}

// CopyArticle must not share the metadata map with the live article.
func TestCopyArticleOwnsItsMeta(t *testing.T) {
	a := cleanup.NewArticle("x.txt", "text\n")
	a.Meta = map[string]string{"site": "a"}
	c := CopyArticle(a, nil)
	c.Meta["site"] = "b"
	if a.Meta["site"] != "a" {
		t.Error("the copy's metadata is the live article's")
	}
}

func TestStampStyle(t *testing.T) {
	a, b := cleanup.NewArticle("a", "x\n"), cleanup.NewArticle("b", "y\n")
	b.Meta = map[string]string{"site": "s"}
	StampStyle([]*cleanup.Article{a, b}, "bbc")
	if a.Meta["style"] != "bbc" || b.Meta["style"] != "bbc" || b.Meta["site"] != "s" {
		t.Errorf("metadata %v %v", a.Meta, b.Meta)
	}
}

// WriteDir writes one file per article and never over an input file.
func TestWriteDirProtectsInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "talks.txt")
	if err := os.WriteFile(in, []byte("Talks\n\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a := cleanup.NewArticle(in, "Talks\n\nText.\n")
	a.Title = "Talks"
	b := cleanup.NewArticle("b.txt", "Other\n\nText.\n")
	b.Title = "Other"
	var last float64
	n, fails := WriteDir([]*cleanup.Article{a, b}, "txt", dir, []string{in}, func(f float64) { last = f })
	if n != 2 || len(fails) != 0 || last == 0 {
		t.Fatalf("wrote %d, fails %v, progress %v", n, fails, last)
	}
	if got, _ := filepath.Glob(filepath.Join(dir, "*.txt")); len(got) != 3 {
		t.Errorf("files %v: want the input kept beside two exports", got)
	}
	if data, _ := os.ReadFile(in); string(data) != "Talks\n\nText.\n" {
		t.Errorf("the input was overwritten: %q", data)
	}
}

// Open with no paths cleans the built-in sample with the real engine and
// titles it by its headline, not the Arabic breadcrumb removed above it;
// a missing file is named once and the rest loads.
func TestOpen(t *testing.T) {
	noop := func(string, float64) {}
	b, err := Open(Opening{Name: "sample", Engine: pipeline.Options{Style: "ap"}, Load: LoadFiles, Clean: CleanWithPipeline}, noop)
	if err != nil || len(b.Docs) != 1 {
		t.Fatalf("sample: %v, %v", b, err)
	}
	if got := b.Docs[0].Art.Title; got != "Turkey hosts new round of talks on Black Sea grain shipments" {
		t.Errorf("sample title %q", got)
	}
	dir := t.TempDir()
	there := filepath.Join(dir, "there.txt")
	os.WriteFile(there, []byte("Talks in Kiev\n\nOfficials met.\n"), 0o644)
	gone := filepath.Join(dir, "gone.txt")
	b, err = Open(Opening{Name: "x", Sources: []string{there, gone}, All: []string{there, gone},
		Engine: pipeline.Options{Style: "ap"}, Load: LoadFiles, Clean: CleanWithPipeline}, noop)
	if b == nil || len(b.Docs) != 1 || err == nil || strings.Count(err.Error(), "gone.txt") != 1 {
		t.Fatalf("batch %v, error %v", b, err)
	}
}

// A folder's README and pictures are not articles: the window loads the
// rest and says what it skipped, as the CLI does.
func TestOpenNamesSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "story.txt"), []byte("Talks in Kiev\n\nOfficials met.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "README.md"), []byte("# About this folder\n"), 0o644)
	b, err := Open(Opening{Name: "x", Sources: []string{dir}, All: []string{dir},
		Engine: pipeline.Options{Style: "ap"}, Load: LoadFiles, Clean: CleanWithPipeline}, func(string, float64) {})
	if b == nil || len(b.Docs) != 1 {
		t.Fatalf("batch %v, error %v", b, err)
	}
	if err == nil || !strings.Contains(err.Error(), "Skipped 1 file that is not an article: "+filepath.Join(dir, "README.md")+" (project file)") {
		t.Errorf("error %v, want the README named as skipped", err)
	}
}

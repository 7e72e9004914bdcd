package pipeline

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/load"
	"github.com/copydesk/copydesk/cleanup/spelling"
)

func newAP(t testing.TB) *Pipeline {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The user's own article: the Arabic comment widget goes, the four names
// come back in house style, British "neighbour's" becomes AP's "neighbor's",
// "towards" inside a quotation is suggested as "toward" (accepted below),
// and every other byte stays.
func TestGenevaSampleComesOutRight(t *testing.T) {
	b, err := os.ReadFile(shared(t, "samples/geneva-talks-arabic-route.txt"))
	if err != nil {
		t.Fatal(err)
	}
	orig := string(b)
	want := orig
	for _, r := range [][2]string{
		{"Anthony Blinken", "Antony Blinken"},
		{"Olga Stevanishina", "Olha Stefanishyna"},
		{"Mikhailo told", "Mykhailo told"},
		{"demonstrations in Kiev", "demonstrations in Kyiv"},
		{"its neighbour's border", "its neighbor's border"},
		{"taken towards Russia", "taken toward Russia"},
	} {
		if strings.Count(want, r[0]) != 1 {
			t.Fatalf("sample changed: %q not found once", r[0])
		}
		want = strings.Replace(want, r[0], r[1], 1)
	}
	tail := strings.Index(want, "\n\nالتعليقات والاراء")
	if tail < 0 {
		t.Fatal("sample changed: Arabic comment widget not found")
	}
	want = want[:tail]
	// The scraper left no-break spaces between some sentences; they become
	// plain spaces (words unchanged).
	want = strings.ReplaceAll(want, "\u00a0", " ")
	if strings.HasSuffix(orig, "\n") {
		want += "\n"
	}

	a := cleanup.NewArticle("geneva.txt", orig)
	newAP(t).CleanBatch([]*cleanup.Article{a})
	spellings := map[string]cleanup.State{}
	for _, c := range a.Changes() {
		if c.Category == spelling.Category {
			spellings[c.Original] = c.State
		}
	}
	if len(spellings) != 2 || spellings["neighbour's"] != cleanup.Applied || spellings["towards"] != cleanup.Suggested {
		t.Errorf("spelling changes %v, want neighbour's applied and towards (in a quotation) suggested", spellings)
	}
	a.AcceptSuggestions()
	if got := a.Cleaned(); got != want {
		t.Errorf("cleaned sample differs from the expected text:\n%s", diffLines(want, got))
	}
	for _, c := range a.Changes() {
		t.Logf("%-24s %-10s %q → %q  %s", c.Rule, c.State, c.Original, c.Replacement, c.Note)
	}
	checkInvariants(t, newAP(t), a)
}

func TestBuiltInSample(t *testing.T) {
	name, text := assets.Sample()
	if text == "" {
		t.Fatal("no built-in sample")
	}
	a := cleanup.NewArticle(name, text)
	newAP(t).Clean(a)
	got := a.Cleaned()
	for _, gone := range []string{"اضافة تعليق", "التعليقات", "شارك هذا المقال", "الرئيسية", "Advertisement", "Kyіv", "Kiev", "Odessa"} {
		if strings.Contains(got, gone) {
			t.Errorf("cleaned sample still has %q", gone)
		}
	}
	for _, kept := range []string{"Share prices of several grain traders rose", "Turkey hosts new round of talks", "Kyiv", "Odesa", "Dmytro Kuleba"} {
		if !strings.Contains(got, kept) {
			t.Errorf("cleaned sample lost %q", kept)
		}
	}
	checkInvariants(t, newAP(t), a)
}

func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + itoa(i+1) + ":\n  want " + quote(wl) + "\n  got  " + quote(gl) + "\n")
		}
	}
	return b.String()
}

func TestTitleGetsNameFixes(t *testing.T) {
	a := cleanup.NewArticle("t.txt", "Talks in Kiev\n\nThe talks in Kiev went on.")
	a.Title = "Talks in Kiev"
	newAP(t).Clean(a)
	if a.Title != "Talks in Kyiv" || a.Meta["original_title"] != "Talks in Kiev" {
		t.Fatalf("title %q, original_title %q", a.Title, a.Meta["original_title"])
	}
	// Cleaning again keeps the title as loaded.
	newAP(t).Clean(a)
	if a.Meta["original_title"] != "Talks in Kiev" {
		t.Fatalf("original_title overwritten: %q", a.Meta["original_title"])
	}
}

func TestFirstLineTitleFollowsTheCleanedText(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/a.txt"
	text := "الرئيسية » أخبار عالمية\n\nTalks resume in Kiev\n\nThe talks in Kiev went on for hours, officials said.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var got *cleanup.Article
	load.Walk([]string{path}, load.Options{}, func(a *cleanup.Article) { got = a }, func(err error) { t.Fatal(err) })
	newAP(t).CleanBatch([]*cleanup.Article{got})
	if got.Title != "Talks resume in Kyiv" {
		t.Fatalf("title %q (cleaned text %q)", got.Title, got.Cleaned())
	}
}

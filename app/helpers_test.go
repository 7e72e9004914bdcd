package app

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/pipeline"
	"github.com/copydesk/copydesk/cleanup/review"
)

// testLoader reads every .txt file under the paths as one article.
func testLoader(paths []string, emit func(*cleanup.Article), fail func(error), _ func(path, what string)) {
	for _, p := range paths {
		files := []string{p}
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			files, _ = filepath.Glob(filepath.Join(p, "*.txt"))
			slices.Sort(files)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				fail(err)
				continue
			}
			emit(cleanup.NewArticle(f, string(b)))
		}
	}
}

type testRule struct {
	find string
	c    cleanup.Change
}

// rulesFile is absolute so tests may change folder.
var rulesFile, _ = filepath.Abs("testdata/rules.tsv")

// readRules loads testdata/rules.tsv, the fake engine (see testdata/README.md).
func readRules(t testing.TB) []testRule {
	f, err := os.Open(rulesFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rules []testRule
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		col := strings.Split(sc.Text(), "\t")
		state := cleanup.Applied
		if col[4] == "suggested" {
			state = cleanup.Suggested
		}
		rules = append(rules, testRule{strings.ReplaceAll(col[0], `\n`, "\n"), cleanup.Change{
			Replacement: col[1], Rule: col[2], Category: cleanup.Category(col[3]), State: state,
			Suggestion: state == cleanup.Suggested, Note: col[5]}})
	}
	return rules
}

// ruleCleaner marks every occurrence of each rule's text as a change,
// after the variants of any user glossary (which therefore win).
func ruleCleaner(rules []testRule) review.Cleaner {
	return func(o pipeline.Options, arts []*cleanup.Article) error {
		var all []testRule
		for _, g := range o.Glossaries {
			entries, err := readUserGlossary(g)
			if err != nil {
				return err
			}
			for _, e := range entries {
				for _, v := range e.Variants {
					all = append(all, testRule{v, cleanup.Change{Replacement: e.Canonical, Rule: "names.glossary",
						Category: cleanup.CatNames, State: cleanup.Applied, Note: e.Basis}})
				}
			}
		}
		all = append(all, rules...)
		for _, a := range arts {
			for _, r := range all {
				text := a.Original()
				for off := 0; ; {
					i := strings.Index(text[off:], r.find)
					if i < 0 {
						break
					}
					c := r.c
					c.Start, c.End = off+i, off+i+len(r.find)
					a.Add(c) // overlapping rules simply lose
					off = c.End
				}
			}
		}
		return nil
	}
}

// newTestUI builds the window headless over a temporary session file.
func newTestUI(t testing.TB, session string) *ui {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1200, 800))
	q := &uiQueue{}
	u := newUI(a, w, options{sessionPath: session, glossaryPath: filepath.Join(filepath.Dir(session), glossaryFileName),
		load: testLoader, clean: ruleCleaner(readRules(t)), post: q.post})
	u.drain = q.drain
	t.Cleanup(u.wait) // before the session's temp dir goes
	return u
}

// uiQueue holds what workers hand to the window until the test goroutine
// runs it, as the app's UI goroutine would.
type uiQueue struct {
	mu    sync.Mutex
	funcs []func()
}

func (q *uiQueue) post(f func()) {
	q.mu.Lock()
	q.funcs = append(q.funcs, f)
	q.mu.Unlock()
}

// drain runs the queued work; it reports whether there was any.
func (q *uiQueue) drain() bool {
	q.mu.Lock()
	fs := q.funcs
	q.funcs = nil
	q.mu.Unlock()
	for _, f := range fs {
		f()
	}
	return len(fs) > 0
}

// openFixtures loads testdata/batch and waits for it.
func openFixtures(t testing.TB, u *ui) {
	u.open([]string{"testdata/batch"}, false)
	u.wait()
	if u.b == nil || len(u.b.Docs) != 3 {
		t.Fatalf("batch not loaded: %+v", u.b)
	}
}

// changeByRule returns the first change of a rule in the current article.
func changeByRule(t testing.TB, u *ui, rule string) cleanup.Change {
	for _, c := range u.doc().Art.Changes() {
		if c.Rule == rule {
			return c
		}
	}
	t.Fatalf("no %s change in %s", rule, u.doc().Art.Source)
	return cleanup.Change{}
}

// richText flattens a RichText's segments.
func richText(r *widget.RichText) string {
	var b strings.Builder
	for i, s := range r.Segments {
		b.WriteString(unguarded(i, s.Textual()))
	}
	return b.String()
}

// unguarded is the text of segment i without its wrapGuard.
func unguarded(i int, text string) string {
	if i == 0 {
		return text
	}
	return strings.TrimPrefix(text, wrapGuard)
}

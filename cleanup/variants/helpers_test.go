package variants

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/names"
	"github.com/copydesk/copydesk/cleanup/style"
)

// houseGlossary is the AP preset's glossary, as the pipeline builds it.
func houseGlossary(t testing.TB) (*names.Glossary, *style.Style) {
	t.Helper()
	st, err := style.Load("ap")
	if err != nil {
		t.Fatal(err)
	}
	var layers [][]names.Entry
	for _, g := range st.Glossaries {
		f, err := assets.FS.Open(g)
		if err != nil {
			t.Fatal(err)
		}
		es, err := names.ReadGlossary(f, g)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		layers = append(layers, es)
	}
	return names.NewGlossary(layers...), st
}

// readBatch loads testdata/<dir>/*.txt as articles named by file.
func readBatch(t testing.TB, dir string) []*cleanup.Article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata/%s", dir)
	}
	sort.Strings(files)
	var as []*cleanup.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, cleanup.NewArticle(filepath.Base(f), string(b)))
	}
	return as
}

// run applies the pass to the articles and checks the model's invariants.
func run(t testing.TB, p *Pass, as []*cleanup.Article) {
	t.Helper()
	ds := make([]*cleanup.Draft, len(as))
	for i, a := range as {
		ds[i] = a.NewDraft()
	}
	p.RunBatch(ds)
	for _, d := range ds {
		d.Commit()
		if err := d.Article.Check(); err != nil {
			t.Fatal(err)
		}
	}
}

// edit is a change as the tests compare it.
type edit struct{ Source, Original, Replacement, Rule, State string }

func edits(as []*cleanup.Article) []edit {
	var out []edit
	for _, a := range as {
		for _, c := range a.Changes() {
			out = append(out, edit{a.Source, c.Original, c.Replacement, c.Rule, c.State.String()})
		}
	}
	return out
}

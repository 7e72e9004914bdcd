package debris

import (
	"fmt"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// article builds a page of one site: its own headline and body, plus
// shared head and tail lines.
func article(n int, head, tail string) string {
	return fmt.Sprintf("Headline number %d\n\n%sStory %d: the council met on Monday and approved the new budget after a long debate, officials said.\n\n"+
		"Members said the plan would be reviewed again in the spring, when new figures are due.\n%s", n, head, n, tail)
}

func TestRepeatedLines(t *testing.T) {
	for _, tc := range []struct {
		name              string
		articles, sharing int
		tail              string
		applied, open     int // changes per sharing article
	}{
		{"most articles share it: applied", 6, 5, "Our journalism depends on you\n", 1, 0},
		{"a few share it: suggested", 10, 3, "Our journalism depends on you\n", 0, 1},
		{"two share it: kept", 6, 2, "Our journalism depends on you\n", 0, 0},
		{"too few articles", 2, 2, "Our journalism depends on you\n", 0, 0},
		{"prose never counts", 6, 6, "The council is elected every four years by the residents of the city.\n", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var as []*cleanup.Article
			var ds []*cleanup.Draft
			for i := range tc.articles {
				tail := ""
				if i < tc.sharing {
					tail = "\n" + tc.tail
				}
				a := cleanup.NewArticle(fmt.Sprint(i), article(i, "", tail))
				a.URL = "https://news.example.org/story/" + fmt.Sprint(i)
				as = append(as, a)
				ds = append(ds, a.NewDraft())
			}
			NewRepeated().RunBatch(ds)
			for _, d := range ds {
				d.Commit()
			}
			for i, a := range as {
				if err := a.Check(); err != nil {
					t.Fatal(err)
				}
				applied, open := a.Counts()
				wantA, wantO := 0, 0
				if i < tc.sharing {
					wantA, wantO = tc.applied, tc.open
				}
				if applied != wantA || open != wantO {
					t.Errorf("article %d: %d applied, %d suggested; want %d, %d: %+v", i, applied, open, wantA, wantO, a.Changes())
				}
				if applied > 0 && a.Cleaned() != article(i, "", "") {
					t.Errorf("article %d cleaned to %q", i, a.Cleaned())
				}
			}
		})
	}
}

// Sites are told apart by their host, so one site's slogan does not hit
// another site's articles.
func TestRepeatedGroupsBySite(t *testing.T) {
	var ds []*cleanup.Draft
	for i := range 10 {
		a := cleanup.NewArticle(fmt.Sprint(i), article(i, "", "\nOur journalism depends on you\n"))
		a.URL = fmt.Sprintf("https://site%d.example/story", i%2)
		if i == 9 {
			a.Meta["site"] = "other"
		}
		ds = append(ds, a.NewDraft())
	}
	NewRepeated().RunBatch(ds)
	if n := ds[9].Pending(); n != 0 {
		t.Errorf("the lone article of site other got %d proposals", n)
	}
	if n := ds[0].Pending(); n != 1 {
		t.Errorf("article of site0 got %d proposals, want 1", n)
	}
}

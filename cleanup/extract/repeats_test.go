package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// batchPage is a page of one site: its own story, a "most read" rail in
// plain markup that passes for content, and a background paragraph that
// updates of a story share.
func batchPage(t *testing.T, host string, n int, background bool) *cleanup.Article {
	t.Helper()
	bg := ""
	if background {
		bg = `<p>The corridor was agreed in July 2022 under a deal brokered by Turkey and the United Nations, and lapsed a year later.</p>`
	}
	page := fmt.Sprintf(`<html><head><link rel="canonical" href="https://%s/story/%d"><title>Story number %d on the grain corridor</title></head><body>
<div><h1>Story number %d on the grain corridor</h1>
<p>Officials in port number %d said on Monday that loading had resumed after a pause of %d days, and that %d ships were waiting.</p>
<div><div>Most read</div>
<div><div>Ferry fares to rise in spring</div><div>Operators blamed the cost of fuel and of repairs to the quay over the winter months.</div></div>
<div><div>Council votes on cycle lanes</div><div>Four roads into the centre would get protected lanes under the plan.</div></div>
</div>
<p>Traders expect prices to fall by %d percent if the pace holds through the month, according to estimates seen by reporters.</p>%s
</div></body></html>`, host, n, n, n, n, n+2, n+10, n+3, bg)
	a, err := Page([]byte(page), fmt.Sprintf("p%d.html", n))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestSiteRepeats(t *testing.T) {
	var as []*cleanup.Article
	for n := 1; n <= 5; n++ {
		as = append(as, batchPage(t, "news.example.com", n, n <= 4))
	}
	other := batchPage(t, "other.example.org", 9, false) // alone from its site
	as = append(as, other)
	ds := make([]*cleanup.Draft, len(as))
	for i, a := range as {
		ds[i] = a.NewDraft()
	}
	NewSiteRepeats().RunBatch(ds)
	for _, d := range ds {
		d.Commit()
	}
	for i, a := range as[:5] {
		checkInvariants(t, a)
		got := a.Cleaned()
		for _, gone := range []string{"Most read", "Ferry fares to rise in spring", "Council votes on cycle lanes"} {
			if strings.Contains(got, gone) {
				t.Errorf("page %d: site furniture %q kept:\n%s", i+1, gone, got)
			}
		}
		// the rail's summaries read like prose: suggested, not applied
		a.AcceptSuggestions()
		if strings.Contains(a.Cleaned(), "Operators blamed the cost of fuel") {
			t.Errorf("page %d: the rail's summary was not even suggested for removal", i+1)
		}
		for _, kept := range []string{fmt.Sprintf("Story number %d", i+1), fmt.Sprintf("port number %d said", i+1)} {
			if !strings.Contains(got, kept) {
				t.Errorf("page %d: story text %q removed:\n%s", i+1, kept, got)
			}
		}
		if i < 4 && !strings.Contains(got, "The corridor was agreed") {
			t.Errorf("page %d: a repeated background paragraph was removed, not suggested", i+1)
		}
		suggested := false
		for _, c := range a.Changes() {
			if c.Rule == "extract.repeated" && c.Confidence == 0.5 && strings.Contains(c.Original, "The corridor was agreed") {
				suggested = true
				if !strings.Contains(c.Note, "of 5 pages from news.example.com") {
					t.Errorf("note does not say why: %q", c.Note)
				}
			}
		}
		if i < 4 && !suggested {
			t.Errorf("page %d: the repeated background paragraph was not suggested for removal", i+1)
		}
	}
	for _, c := range other.Changes() {
		if c.Rule == "extract.repeated" {
			t.Errorf("a page alone from its site lost %q", c.Original)
		}
	}
}

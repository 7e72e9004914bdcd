package extract

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup/internal/golden"

	"github.com/copydesk/copydesk/cleanup"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestFixturePages checks each fixture page's cleaned text against its
// golden file and the removal rules that must fire.
func TestFixturePages(t *testing.T) {
	tests := []struct {
		page  string
		rules []string // each must remove something
		keep  []string // must survive in the cleaned text
		drop  []string // must be gone from it
		notes []string // each must explain some removal
	}{
		{"arabic-comments.html",
			[]string{"extract.comments", "extract.footer"},
			[]string{"استئناف محادثات جنيف", "استأنف الوفدان المحادثات", "لم يتم التوصل إلى اتفاق"},
			[]string{"إضافة تعليق جديد", "التعليقات", "هذا تعليق طويل", "جميع الحقوق محفوظة"}, nil},
		{"share-bar.html",
			[]string{"extract.share", "extract.navigation", "extract.sidebar", "extract.caption"},
			[]string{"Share prices of grain traders rose", "world food security", "- Wheat exports: 12 million tonnes"},
			[]string{"Share this article", "WhatsApp", "Storm hits coast", "Business", "A cargo ship leaves"}, nil},
		{"related-arabic.html",
			[]string{"extract.related", "extract.tags", "extract.navigation"},
			[]string{"ارتفعت أسعار القمح", "البحر الأسود"},
			[]string{"اقرأ أيضا", "الذهب يسجل", "الوسوم"}, nil},
		{"cookie-banner.html",
			[]string{"extract.cookie", "extract.newsletter", "extract.ads", "extract.breadcrumbs"},
			[]string{"Les délégations se sont retrouvées", "Une nouvelle réunion est prévue"},
			[]string{"cookies", "newsletter", "Publicité", "Mentions légales", "Accueil"}, nil},
		{"teaser-rail.html",
			[]string{"extract.related", "extract.caption", "extract.tags"},
			[]string{"Delegations from both sides", "A further meeting is planned"},
			[]string{"Wheat prices climb", "November 19, 2019", "Futures rose", "Lesen Sie auch", "Palais des Nations", "Tags:", "Read More", "Background", "Timeline of the grain deal"},
			[]string{"teaser for another article", `"Lesen Sie auch" = "read also" (related)`, "photo caption or credit"}},
		{"news-roundup.html",
			[]string{"extract.navigation"},
			[]string{"Good morning!", "Grain talks resume in Geneva.", "Insurers raise premiums."},
			[]string{"Home", "Business"}, nil},
		// a fifty-photo gallery inside the story's container pulls its
		// score down only so far: the container still wins
		{"story-gaps.html",
			[]string{"extract.caption", "extract.byline"},
			[]string{"New timetable", "Residents react", "A ferry at the mainland pier", "review the timetable in the autumn"},
			[]string{"Passengers queue on the pier", "By Staff Reporter"}, nil},
		// the winner is one paragraph among siblings: the subheadings
		// between the paragraphs join it, the picture box and the links
		// after the story do not
		{"story-links.html",
			[]string{"extract.links", "extract.boilerplate"},
			[]string{"Books saved", "What comes next", "mobile library van"},
			[]string{"The reading room before the flood", "Coastal council approves"}, nil},
		// a bare comment count is not the title of a comment section that
		// swallows the story after it
		{"comment-counter.html",
			[]string{"extract.comments", "extract.sidebar"},
			[]string{"Night trains were written off", "within a few years"},
			[]string{"12", "Our columnists"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			a := loadPage(t, filepath.Join("testdata", tt.page))
			checkInvariants(t, a)
			got := a.Cleaned()
			goldenPath := filepath.Join("testdata", strings.TrimSuffix(tt.page, ".html")+".golden.txt")
			golden.Check(t, goldenPath, []byte(got), *update)
			fired, notes := map[string]bool{}, map[string]bool{}
			for _, c := range a.Changes() {
				fired[c.Rule], notes[c.Note] = true, true
				if c.Note == "" || c.Category != cleanup.CatExtraction {
					t.Errorf("change %s lacks a note or category", c.Rule)
				}
			}
			for _, r := range tt.rules {
				if !fired[r] {
					t.Errorf("rule %s did not fire; fired: %v", r, keys(fired))
				}
			}
			for _, n := range tt.notes {
				if !notes[n] {
					t.Errorf("no removal explained as %q; notes: %v", n, keys(notes))
				}
			}
			wantText(t, got, tt.keep, tt.drop)
		})
	}
}

func loadPage(t testing.TB, path string) *cleanup.Article {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Page(src, path)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// checkInvariants asserts what every extracted article must satisfy.
func checkInvariants(t testing.TB, a *cleanup.Article) {
	t.Helper()
	if err := a.Check(); err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]string{"original": a.Original(), "cleaned": a.Cleaned()} {
		if !utf8.ValidString(s) {
			t.Fatalf("%s text is not valid UTF-8", name)
		}
		if strings.Contains(s, "\n\n\n") || strings.TrimSpace(s) != s {
			t.Fatalf("%s text has stray blank lines or edge whitespace: %q", name, clip(s))
		}
	}
	saved := a.Changes()
	a.RevertAll()
	if a.Cleaned() != a.Original() {
		t.Fatal("revert-all does not give the original back")
	}
	for _, c := range saved {
		a.SetState(c.ID, c.State)
	}
}

func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

func keys(m map[string]bool) []string {
	var k []string
	for x := range m {
		k = append(k, x)
	}
	sort.Strings(k)
	return k
}

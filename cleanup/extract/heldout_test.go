package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The held-out pages in testdata/heldout were written by hand, with their
// gold, before the extractor was run on any of them: they check that the
// extraction rules added for the public corpora (lead, headings, tables,
// lists, slideshows, players, teasers, paywalls) generalise to pages no
// rule was tuned on. Each NAME.html has NAME.want.txt (one fragment a
// line, each must appear in the cleaned text) and NAME.drop.txt (one
// fragment a line, none may appear in it). Blank lines and lines starting
// with "#" are ignored.
//
// First (blind) run, before any fix, 17 pages, 127 keep and 181 drop
// lines: 11 pages passed; 12 story lines lost (8 slideshow captions, 3
// roundup entry headings, 1 blog post headline) and 11 debris lines kept
// (9 in the old table layout: navigation column, related stories, print
// links; 2 print/send links under a <br> story).
// A second batch (the r2- pages), written blind after the first fixes:
// 3 of 5 passed; 6 story lines lost (a roundup's entries in an unmarked
// container) and 1 debris line kept (a lone teaser card's summary).
// A third batch (the r3- pages), written blind after those fixes: 1 of 3
// passed; 6 story lines lost (a guide's points under same-site linked
// headings taken for teasers) and 2 debris lines kept (a navigation cell
// rendered in one block with the story).
const heldoutDir = "testdata/heldout"

// heldoutKnownMisses lists gold lines the extractor still gets wrong, by
// page and line, with the reason. They are not asserted as passing: the
// test logs them, and fails when one starts passing so the list is
// trimmed. Everything else on the page is asserted.
var heldoutKnownMisses = map[string]map[string]string{
	"slideshow-own": {
		"Margaret Dunn, 81, is carried to a rescue boat by firefighters":  captionPolicy,
		"The Town Bridge was closed to traffic at 4am":                    captionPolicy,
		"Volunteers from St Peter's Church filled more than 900 sandbags": captionPolicy,
		"Shopkeeper Raj Patel surveys the damage inside his newsagent's":  captionPolicy,
	},
	"carousel-own": {
		"Una columna de ceniza de más de cinco kilómetros":               captionPolicy,
		"Vecinos de San Miguel Los Lotes suben a un camión del Ejército": captionPolicy,
		"Socorristas de la Cruz Roja reparten mascarillas":               captionPolicy,
		"La ceniza cubre los cafetales de una finca en Alotenango":       captionPolicy,
	},
	"r3-br-linked-end": {
		"Archives": inlineRow,
		"Opinion":  inlineRow,
	},
}

// inlineRow: a layout row whose cells hold only inline text (a column of
// <br>-separated navigation links beside a <br>-separated story) renders
// as one block, "Home\nNews\n…\nContact | School board approves…", the
// way a data row's cells do; removal works on blocks, and rendering such
// cells as blocks of their own changes plain rendering (the debris model's
// training text).
const inlineRow = "navigation cell and story cell of one inline table row render as one block"

// captionPolicy: the gold keeps the captions of the story's own photo
// slideshow; the slideshow rule would keep such slides (only their
// counters go), but the slides are marked up as captions (<figcaption>,
// a "caption" class), and photo captions go with their photos everywhere
// (they describe a picture the text does not show). Keeping them here
// means overruling caption markup for any gallery without headlines of
// its own: a policy decision, not a fix.
const captionPolicy = "story's own slideshow captions go as photo captions (caption markup)"

// heldoutResult is one page's score against its gold.
type heldoutResult struct {
	lost []string // want lines missing from the cleaned text
	kept []string // drop lines present in the cleaned text
}

func scoreHeldout(t *testing.T, name string) heldoutResult {
	t.Helper()
	a := loadPage(t, filepath.Join(heldoutDir, name+".html"))
	checkInvariants(t, a)
	got := a.Cleaned()
	var r heldoutResult
	for _, s := range goldLines(t, filepath.Join(heldoutDir, name+".want.txt")) {
		if !strings.Contains(got, s) {
			r.lost = append(r.lost, s)
		}
	}
	for _, s := range goldLines(t, filepath.Join(heldoutDir, name+".drop.txt")) {
		if strings.Contains(got, s) {
			r.kept = append(r.kept, s)
		}
	}
	return r
}

func goldLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

func heldoutPages(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(heldoutDir, "*.html"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no held-out pages in %s: %v", heldoutDir, err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".html"))
	}
	sort.Strings(names)
	return names
}

func TestHeldoutPages(t *testing.T) {
	totalLost, totalKept := 0, 0
	for _, name := range heldoutPages(t) {
		t.Run(name, func(t *testing.T) {
			r := scoreHeldout(t, name)
			misses := heldoutKnownMisses[name]
			seen := map[string]bool{}
			for _, wrong := range []struct {
				what  string
				lines []string
			}{{"story line lost", r.lost}, {"debris kept", r.kept}} {
				for _, s := range wrong.lines {
					seen[s] = true
					if why, ok := misses[s]; ok {
						t.Logf("known miss, %s: %q (%s)", wrong.what, s, why)
						continue
					}
					t.Errorf("%s: %q", wrong.what, s)
				}
			}
			for s := range misses {
				if !seen[s] {
					t.Errorf("known miss %q now passes: remove it from heldoutKnownMisses", s)
				}
			}
			totalLost += len(r.lost)
			totalKept += len(r.kept)
			t.Logf("%s: %d story lines lost, %d debris lines kept", name, len(r.lost), len(r.kept))
		})
	}
	t.Logf("held-out total: %d story lines lost, %d debris lines kept", totalLost, totalKept)
}

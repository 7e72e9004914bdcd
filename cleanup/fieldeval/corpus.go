package fieldeval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/load"
	"github.com/copydesk/copydesk/cleanup/pipeline"
)

// shortLineTokens: a page line this short counts as article text only when
// it is a whole line of the gold text, since a menu item such as "World"
// occurs inside many articles.
const shortLineTokens = 4

// LineScore is the line view of a corpus of pages with gold article text:
// every line of a page's text that is not in the gold article is
// boilerplate.
type LineScore struct {
	Pages                   int
	Boilerplate, Left       int // boilerplate lines, and those still in the cleaned text
	ArticleLines, LostLines int // article lines, and those no cleaned line keeps
}

// ScoreCorpusLines cleans every page of a corpus in the ScrapingHub layout
// (ground-truth.json with {"<id>": {"articleBody": …}}, html/<id>.html.gz)
// one page at a time, and scores its lines.
func ScoreCorpusLines(p *pipeline.Pipeline, dir string) (LineScore, error) {
	var ls LineScore
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return ls, err
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		return ls, fmt.Errorf("%s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		var as []*cleanup.Article
		var loadErr error
		load.Walk([]string{filepath.Join(dir, "html", id+".html.gz")}, load.Options{},
			func(a *cleanup.Article) { as = append(as, a) }, func(err error) { loadErr = err })
		if loadErr != nil {
			return ls, loadErr
		}
		p.CleanBatch(as)
		for _, a := range as {
			ls.Pages++
			ls.add(a.Original(), a.Cleaned(), gold[id].ArticleBody)
		}
	}
	return ls, nil
}

// add scores one page's lines.
func (ls *LineScore) add(original, cleaned, gold string) {
	goldText := normSpace(gold)
	goldLines := map[string]bool{}
	for _, l := range nonEmptyLines(gold) {
		goldLines[normSpace(l)] = true
	}
	cleanedLines := map[string]bool{}
	for _, l := range nonEmptyLines(cleaned) {
		cleanedLines[normSpace(l)] = true
	}
	idx := newLineIndex(cleaned)
	for _, l := range nonEmptyLines(original) {
		line := normSpace(l)
		n := len(tokens(line))
		if n == 0 {
			continue
		}
		if goldLines[line] || n >= shortLineTokens && contains(goldText, line) {
			ls.ArticleLines++
			if !idx.kept(line) {
				ls.LostLines++
			}
			continue
		}
		ls.Boilerplate++
		if cleanedLines[line] {
			ls.Left++
		}
	}
}

// typography folds the quotes and dashes a house style may rewrite, so a
// line with its quotes straightened still counts as the same line.
var typography = strings.NewReplacer("‘", "'", "’", "'", "‚", "'", "“", `"`, "”", `"`, "„", `"`, "–", "-", "—", "-")

// normSpace collapses white space and folds typography for line matching.
func normSpace(s string) string { return typography.Replace(strings.Join(strings.Fields(s), " ")) }

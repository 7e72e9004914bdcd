package zz

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/pipeline"
)

func TestRead(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/corpus/readability-test-pages/pages/*/expected.html")
	tag := regexp.MustCompile(`(?s)<[^>]*>`)
	p, _ := pipeline.New(pipeline.Options{Style: "ap"})
	for _, f := range files {
		b, _ := os.ReadFile(f)
		txt := html.UnescapeString(tag.ReplaceAllString(string(b), "\n"))
		a := cleanup.NewArticle(filepath.Base(filepath.Dir(f)), txt)
		p.CleanBatch([]*cleanup.Article{a})
		for _, c := range a.Changes() {
			if c.Category != cleanup.CatNames {
				continue
			}
			fmt.Printf("%s [%v] %s %q -> %q\n", a.Source, c.State, c.Rule, c.Original, c.Replacement)
		}
	}
}

package zz

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/pipeline"
)

func TestScratch(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{Style: os.Getenv("STYLE")})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(os.Getenv("IN"))
	var as []*cleanup.Article
	for i, doc := range strings.Split(string(b), "\n===\n") {
		as = append(as, cleanup.NewArticle(fmt.Sprint("doc", i), doc))
	}
	p.CleanBatch(as)
	for _, a := range as {
		fmt.Println("-----", a.Source)
		for _, c := range a.Changes() {
			if c.Category != cleanup.CatNames {
				continue
			}
			fmt.Printf("[%v] %q -> %q | %s\n", c.State, c.Original, c.Replacement, c.Note)
		}
	}
}

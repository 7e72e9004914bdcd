package zz

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/pipeline"
)

func TestGold(t *testing.T) {
	b, err := os.ReadFile("/work/shared/corpus/article-extraction-benchmark/ground-truth.json")
	if err != nil {
		t.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	p, _ := pipeline.New(pipeline.Options{Style: "ap"})
	var keys []string
	for k := range gt {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		a := cleanup.NewArticle(k[:8], gt[k].ArticleBody)
		p.CleanBatch([]*cleanup.Article{a})
		for _, c := range a.Changes() {
			if c.Category != cleanup.CatNames {
				continue
			}
			fmt.Printf("%s [%v] %s %q -> %q\n", k[:8], c.State, c.Rule, c.Original, c.Replacement)
		}
	}
}

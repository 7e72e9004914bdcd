package main

import (
	"encoding/json"
	"fmt"
	"github.com/copydesk/copydesk/cleanup/extract/evaluate"
	"os"
	"path/filepath"
	"strings"
)

// scorePeers scores the published outputs of other tools, to check the
// scorer against the benchmark's own table.
func scorePeers(dir string) error {
	var gt map[string]struct{ ArticleBody string }
	if err := evaluate.ReadJSON(filepath.Join(dir, "ground-truth.json"), &gt); err != nil {
		return err
	}
	files, _ := filepath.Glob(filepath.Join(dir, "peer-outputs", "*.json"))
	fmt.Printf("%-22s %9s %9s %9s %9s\n", "tool", "precision", "recall", "F1", "accuracy")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var wrapped struct {
			Output map[string]struct{ ArticleBody string }
		}
		var plain map[string]json.RawMessage
		out := map[string]struct{ ArticleBody string }{}
		if json.Unmarshal(b, &wrapped) == nil && wrapped.Output != nil {
			out = wrapped.Output
		} else if err := json.Unmarshal(b, &plain); err == nil {
			for k, v := range plain {
				var x struct{ ArticleBody string }
				if json.Unmarshal(v, &x) == nil {
					out[k] = x
				}
			}
		}
		var s evaluate.ShingleScorer
		for _, id := range evaluate.SortedKeys(gt) {
			s.Add(gt[id].ArticleBody, out[id].ArticleBody)
		}
		r := s.Scores()
		fmt.Printf("%-22s %9.3f %9.3f %9.3f %9.3f\n", strings.TrimSuffix(filepath.Base(f), ".json"), r.P, r.R, r.F1, r.Acc)
	}
	return nil
}

package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk/cleanup/extract"
	"github.com/copydesk/copydesk/cleanup/extract/evaluate"
)

// writeOutputs writes, for each page, Copydesk's extracted text and the gold
// text side by side, so that a miss can be read with diff rather than
// guessed from a score. Trafilatura-eval pages have snippets, not a gold
// text; their gold file lists the wanted snippets, then "--- unwanted", then
// the unwanted ones.
func writeOutputs(dir string, docs []evaluate.Doc) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, d := range docs {
		out := ""
		if a, err := extract.Page(d.Page, "bench"); err == nil {
			out = a.Cleaned()
		}
		gold := d.Gold
		if d.Snippets {
			gold = strings.Join(d.With, "\n") + "\n--- unwanted\n" + strings.Join(d.Without, "\n")
		}
		name := strings.ReplaceAll(d.Name, "/", "_")
		if err := os.WriteFile(filepath.Join(dir, name+".out"), []byte(out), 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name+".gold"), []byte(gold), 0o644); err != nil {
			return err
		}
	}
	return nil
}

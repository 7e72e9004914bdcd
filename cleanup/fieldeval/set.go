package fieldeval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Parts of the field set: dev is for tuning, frozen is scored at the end.
var Parts = []string{"dev", "frozen"}

// inputExts are the input files a case folder may hold.
var inputExts = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true, ".json": true, ".jsonl": true}

// Input is one input file and its labels.
type Input struct {
	Path   string
	Labels *Labels
}

// Case is one folder of inputs cleaned together as a batch.
type Case struct {
	Part, Name string
	Inputs     []Input
}

// LoadPart reads every case of root/part (root is testdata/fieldset).
func LoadPart(root, part string) ([]Case, error) {
	dir := filepath.Join(root, part)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var cases []Case
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		c, err := loadCase(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		c.Part = part
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("%s: no cases", dir)
	}
	return cases, nil
}

// loadCase pairs every input of a case folder with its labels file; an
// input without labels, or labels without an input, is an error.
func loadCase(dir string) (Case, error) {
	c := Case{Name: filepath.Base(dir)}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return c, err
	}
	names := map[string]bool{}
	for _, e := range entries {
		names[e.Name()] = true
	}
	var inputs []string
	for n := range names {
		switch {
		case strings.HasSuffix(n, LabelsSuffix):
			if !names[strings.TrimSuffix(n, LabelsSuffix)] {
				return c, fmt.Errorf("%s: labels file without its input", filepath.Join(dir, n))
			}
		case inputExts[strings.ToLower(filepath.Ext(n))]:
			inputs = append(inputs, n)
		case !strings.HasPrefix(n, "."):
			return c, fmt.Errorf("%s: not an input or labels file", filepath.Join(dir, n))
		}
	}
	sort.Strings(inputs)
	for _, n := range inputs {
		path := filepath.Join(dir, n)
		l, err := ReadLabelsFile(path + LabelsSuffix)
		if err != nil {
			return c, err
		}
		c.Inputs = append(c.Inputs, Input{Path: path, Labels: l})
	}
	if len(c.Inputs) == 0 {
		return c, fmt.Errorf("%s: no inputs", dir)
	}
	return c, nil
}

package fieldset

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Expect is what one style must do with a label.
type Expect struct {
	To      string
	Suggest bool // proposed, not applied
}

// Label is one marked word or phrase of an article.
type Label struct {
	Start, End int // in Article.Text
	Want       map[string]Expect
}

// Article is one field-set text with its labels.
type Article struct {
	Name   string
	Text   string
	Labels []Label
	Traps  [][2]int        // spans that must stay under every style
	Styles map[string]bool // nil: every style
}

// Scored reports whether the article counts under a style.
func (a *Article) Scored(style string) bool { return a.Styles == nil || a.Styles[style] }

// Read parses one article; errors name the file.
func Read(path string) (*Article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a := &Article{Name: filepath.Base(path)}
	src := string(b)
	if strings.HasPrefix(src, "#! styles:") {
		line, rest, _ := strings.Cut(src, "\n")
		a.Styles = map[string]bool{}
		for _, s := range strings.Fields(strings.TrimPrefix(line, "#! styles:")) {
			a.Styles[s] = true
		}
		src = rest
	}
	var out strings.Builder
	for i := 0; i < len(src); {
		switch {
		case src[i] == '{':
			j := strings.IndexByte(src[i:], '}')
			if j < 0 {
				return nil, fmt.Errorf("%s: unclosed { at byte %d", path, i)
			}
			parts := strings.Split(src[i+1:i+j], "|")
			l := Label{Start: out.Len(), Want: map[string]Expect{}}
			out.WriteString(parts[0])
			l.End = out.Len()
			for _, p := range parts[1:] {
				style, to, ok := strings.Cut(p, "=")
				if !ok || style == "" || to == "" {
					return nil, fmt.Errorf("%s: label %q: want style=replacement", path, src[i:i+j+1])
				}
				e := Expect{To: to}
				if strings.HasSuffix(to, "?") {
					e = Expect{To: strings.TrimSuffix(to, "?"), Suggest: true}
				}
				l.Want[style] = e
			}
			if len(l.Want) == 0 {
				return nil, fmt.Errorf("%s: label %q names no style", path, src[i:i+j+1])
			}
			a.Labels = append(a.Labels, l)
			i += j + 1
		case strings.HasPrefix(src[i:], "<<"):
			j := strings.Index(src[i:], ">>")
			if j < 0 {
				return nil, fmt.Errorf("%s: unclosed << at byte %d", path, i)
			}
			start := out.Len()
			out.WriteString(src[i+2 : i+j])
			a.Traps = append(a.Traps, [2]int{start, out.Len()})
			i += j + 2
		default:
			out.WriteByte(src[i])
			i++
		}
	}
	a.Text = out.String()
	return a, nil
}

// ReadDir reads every .txt article of a folder, sorted by name.
func ReadDir(dir string) ([]*Article, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no articles", dir)
	}
	sort.Strings(paths)
	var as []*Article
	for _, p := range paths {
		a, err := Read(p)
		if err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	return as, nil
}

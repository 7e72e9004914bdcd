package extract

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"golang.org/x/net/html"
)

func TestZZTeasers(t *testing.T) {
	f := os.Getenv("ZZ")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	doc, _ := html.Parse(bytes.NewReader(src))
	r := render(doc)
	te := findTeasers(r)
	for i, ok := range te {
		if ok {
			e := r.elems[i]
			fmt.Printf("%d %s.%s parent=%d text=%d link=%d blocks=%d\n", i, e.node.Data, attr(e.node, "class"), e.parent, e.text, e.link, e.blocks)
		}
	}
}

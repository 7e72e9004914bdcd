package fieldset

import (
	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/spelling"
	"github.com/copydesk/copydesk/cleanup/style"
)

// Styles are the built-in styles the field set is scored under.
var Styles = []string{"ap", "bbc", "reuters"}

// PassFor builds the spelling pass of a built-in style.
func PassFor(name string) (*spelling.Pass, error) {
	st, err := style.Load(name)
	if err != nil {
		return nil, err
	}
	return spelling.New(spelling.Options{Style: st.Label(), Dialect: st.Dialect, House: st.HouseWords})
}

// Evaluate runs the pass of each style over the articles scored under it.
func Evaluate(as []*Article) (map[string]Score, error) {
	out := map[string]Score{}
	for _, name := range Styles {
		p, err := PassFor(name)
		if err != nil {
			return nil, err
		}
		var s Score
		for _, a := range as {
			if !a.Scored(name) {
				continue
			}
			c := cleanup.NewArticle(a.Name, a.Text)
			d := c.NewDraft()
			p.Run(d)
			d.Commit()
			s.Add(name, a, c)
		}
		out[name] = s
	}
	return out, nil
}

package extract

import (
	"strings"
	"testing"
)

// A chart drawn in HTML inside the story goes; a short list and a table of
// figures in the story stay.
func TestGraphicLabels(t *testing.T) {
	story := `<p>Interest payments on the national debt are expected to triple over the next decade, the budget office said on Monday.</p>`
	chart := `<div><div>Interest payments</div><div>$915</div><div>600</div><div>$263</div><div>’17</div><div>’18</div><div>’19</div><div>’20</div><div>’21</div><div>’22</div></div>`
	list := `<ul><li>Wheat: 12 million tonnes</li><li>Maize: 9 million tonnes</li><li>Barley: 3 million tonnes</li></ul>`
	table := `<table><tr><th>Year</th><th>Debt</th></tr><tr><td>2017</td><td>$263</td></tr><tr><td>2018</td><td>$325</td></tr><tr><td>2019</td><td>$375</td></tr><tr><td>2020</td><td>$345</td></tr><tr><td>2021</td><td>$352</td></tr><tr><td>2022</td><td>$475</td></tr><tr><td>2023</td><td>$658</td></tr></table>`
	page := `<html><body><div>` + story + chart + story + list + table + story + `</div></body></html>`
	a := extracted(t, page, "t")
	got := a.Cleaned()
	for _, gone := range []string{"’17", "$915", "Interest payments\n"} {
		if strings.Contains(got, gone) {
			t.Errorf("chart label %q kept:\n%s", gone, got)
		}
	}
	for _, kept := range []string{"Wheat: 12 million tonnes", "2017 | $263", "2023 | $658"} {
		if !strings.Contains(got, kept) {
			t.Errorf("story content %q removed:\n%s", kept, got)
		}
	}
}

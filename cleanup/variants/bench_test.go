package variants

import (
	"fmt"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// BenchmarkBatch1000 clusters a batch of 1,000 articles of ~2 KB, each
// with a dozen names in several spellings. The issue asks for < 1 s.
func BenchmarkBatch1000(b *testing.B) {
	gl, st := houseGlossary(b)
	p := New(gl, st)
	spellings := []string{"Oleh Hrytsenko", "Oleg Gritsenko", "Khaled al-Mishri", "Khalid al-Mishri", "Mohammed bin Salman", "Kim Jong Un"}
	texts := make([]string, 1000)
	size := 0
	for i := range texts {
		var s string
		for len(s) < 2000 {
			s += fmt.Sprintf("In Kharkiv, %s met %s on Tuesday, Ukraine's officials said; Person%d Surname%d spoke to Reuters about the grid and the budget. ",
				spellings[(i+len(s))%len(spellings)], spellings[(i*7+len(s))%len(spellings)], i%97, len(s)%13)
		}
		texts[i] = s
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		ds := make([]*cleanup.Draft, len(texts))
		for i, s := range texts {
			ds[i] = cleanup.NewArticle(fmt.Sprint(i), s).NewDraft()
		}
		p.RunBatch(ds)
		for _, d := range ds {
			d.Commit()
		}
	}
}

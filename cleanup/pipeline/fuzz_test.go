package pipeline

import (
	"testing"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
)

func FuzzPipeline(f *testing.F) {
	_, sample := assets.Sample()
	for _, s := range []string{
		sample,
		"",
		"Kіev\u00a0\u00a0said\u200b.\r\n\r\n\r\nاضافة تعليق",
		"Share prices fell.\n\nComments by the minister drew criticism.",
		"\xff\xfe bad bytes \xc3",
		"Kharkov's mayor met Anthony Blinken in Kiev.\n\nAdvertisement\n\nRead also: Something",
	} {
		f.Add(s)
	}
	p, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := cleanup.NewArticle("fuzz", s)
		p.CleanBatch([]*cleanup.Article{a})
		checkInvariants(t, p, a)
	})
}

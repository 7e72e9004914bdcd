package extract

import (
	"fmt"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/tsv"
)

// Closing appeals: how far back from the end of the kept text to look,
// and how long an appeal may be.
const (
	// appealTailBlocks: kept blocks at the end scanned for appeals; a
	// publisher's closing box holds a few (subscribe, app, follow us)
	appealTailBlocks = 6
	// appealMaxBytes: a longer block is story text that happens to quote
	// such words ("… urged voters to follow us on the road to reform")
	appealMaxBytes = 400
)

// quoteMarks: a block holding one reports speech ("“Follow us on the road
// to reform,” the minister said"), so it is the story's, not the
// publisher's.
const quoteMarks = "\"“”„«»"

var reasonAppeal = reason{"subscribe", "the publisher's appeal to the reader after the story (subscribe, support us, follow us, get the app)"}

// loadAppeals reads assets/extract/appeals.tsv, lower-cased.
var loadAppeals = sync.OnceValues(func() ([]string, error) {
	b, err := assets.FS.ReadFile("extract/appeals.tsv")
	if err != nil {
		return nil, err
	}
	return parseAppeals(string(b))
})

func parseAppeals(src string) ([]string, error) {
	var ps []string
	err := tsv.Each(strings.NewReader(src), "appeals.tsv", []string{"language", "phrase", "gloss"}, func(_ int, f []string) error {
		if f[1] == "" {
			return fmt.Errorf("empty phrase")
		}
		ps = append(ps, strings.ToLower(f[1]))
		return nil
	})
	return ps, err
}

// dropAppeals removes the publisher's appeals that close the kept text:
// "Subscribe now to our edition for the full story", "Follow us on
// Twitter", "Unterstützen Sie unseren Journalismus". They are sentences,
// so the edge trim keeps them as the story's last paragraphs; their
// wording and their place (nothing of the story after them) tell them
// apart. Walking back from the end, short lines that are not prose (the
// box's title) are passed over; the first paragraph of prose not worded
// as an appeal ends the walk, and a quotation is never one.
func dropAppeals(r *rendered, whys []*reason) {
	phrases, err := loadAppeals()
	if err != nil {
		// the list is embedded: failing here is a build mistake
		panic(err)
	}
	seen := 0
	for i := len(whys) - 1; i >= 0 && seen < appealTailBlocks; i-- {
		if whys[i] != nil {
			continue
		}
		seen++
		b := r.blocks[i]
		text := r.text[b.start:b.end]
		if b.end-b.start <= appealMaxBytes && !strings.ContainsAny(text, quoteMarks) && hasWord(strings.ToLower(text), phrases) {
			whys[i] = &reasonAppeal
			continue
		}
		if isProse(r, b) {
			return
		}
	}
}

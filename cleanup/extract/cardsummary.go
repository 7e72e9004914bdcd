package extract

// A lone teaser card among the story's paragraphs (a picture, a linked
// headline to another story, one line of summary) is no run of teasers,
// so only its headline goes, as links; its summary reads like a sentence
// of the story. The summary goes with its headline when the card holds
// nothing else.
const (
	// cardSummaryMax: bytes of a card's summary line; a story's
	// paragraph under a linked subheading is longer
	cardSummaryMax = 160
	// cardBlocks: the headline and the summary, nothing more
	cardBlocks = 2
)

var reasonCardSummary = reason{"related", "summary under a teaser's linked headline"}

// dropCardSummaries removes the summary after a linked subheading that
// went as links, when the two are all of their box.
func dropCardSummaries(r *rendered, whys []*reason) {
	for i := 0; i+1 < len(r.blocks); i++ {
		b, n := r.blocks[i], r.blocks[i+1]
		if whys[i] != &reasonLinks || whys[i+1] != nil || b.owner < 0 || n.owner < 0 || !subheading(r, b) {
			continue
		}
		box := r.elems[b.owner].parent
		if box < 0 || r.elems[n.owner].parent != box || r.elems[box].blocks != cardBlocks || n.end-n.start > cardSummaryMax || n.link > 0 {
			continue
		}
		whys[i+1] = &reasonCardSummary
	}
}

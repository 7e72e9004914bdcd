package extract

// leftoverMaxShare: share of the page's kept prose a box may hold for its
// kept lines to be the leftovers of a teaser; the story's own container
// holds far more.
const leftoverMaxShare = 0.2

// leftoverMaxPage: share of the page's kept prose all leftovers together
// may hold; past it the page is a front page of teasers, and they are
// what it has to show.
const leftoverMaxPage = 0.5

// dropTeaserLeftovers removes what a teaser box still shows once its
// linked headline is gone: the summary, the date, the kicker. A box
// ("Weitere Meldungen": picture, linked headline, date, summary) that
// stood alone or among unlike siblings escapes the teaser rails, and its
// headline alone goes as a link; the summary then reads as one more
// paragraph after the story. A box counts when it is small (teaserMaxText
// bytes), its removed linked headline comes before the kept lines, and it
// holds little of the page's kept prose, and story text comes before
// it (an opening paragraph boxed under the author's link is the story's);
// unless the leftovers are most
// of what the page keeps.
func dropTeaserLeftovers(r *rendered, whys []*reason) {
	total, firstProse := 0, -1
	for i, b := range r.blocks {
		if whys[i] == nil && isProse(r, b) {
			total += b.end - b.start
			if firstProse < 0 {
				firstProse = i
			}
		}
	}
	if total == 0 {
		return
	}
	first := firstBlocks(r)
	drop := make([]bool, len(whys))
	for i, b := range r.blocks {
		if whys[i] != nil || b.owner < 0 {
			continue
		}
		box := int32(-1)
		for a := b.owner; a >= 0 && r.elems[a].text <= teaserMaxText; a = r.elems[a].parent {
			if removedHeadline(r, whys, int(first[a]), i) {
				box = a
				break
			}
		}
		if box < 0 {
			continue
		}
		from, to := int(first[box]), int(first[box])+r.elems[box].blocks
		if from <= firstProse {
			// the story's opening under its author's or section's link
			continue
		}
		kept := 0
		for j := from; j < to; j++ {
			if whys[j] == nil && isProse(r, r.blocks[j]) {
				kept += r.blocks[j].end - r.blocks[j].start
			}
		}
		if float64(kept) > leftoverMaxShare*float64(total) {
			continue
		}
		for j := from; j < to; j++ {
			drop[j] = drop[j] || whys[j] == nil
		}
	}
	gone := 0
	for i, d := range drop {
		if d && isProse(r, r.blocks[i]) {
			gone += r.blocks[i].end - r.blocks[i].start
		}
	}
	if float64(gone) > leftoverMaxPage*float64(total) {
		return
	}
	for i, d := range drop {
		if d {
			whys[i] = &reasonTeaser
		}
	}
}

// removedHeadline reports whether a block in [from, to) went as a link
// box and opens with a headline-long link.
func removedHeadline(r *rendered, whys []*reason, from, to int) bool {
	for j := max(from, 0); j < to; j++ {
		b := r.blocks[j]
		if whys[j] != nil && linkBox(whys[j]) && b.linkFirst && b.link >= teaserMinLink {
			return true
		}
	}
	return false
}

package extract

// A news roundup (a morning briefing) is a run of teaser-shaped entries,
// each a linked headline over its summary, set between the roundup's own
// paragraphs: a greeting above the run and a sign-off below it, or an
// introduction above entries of a paragraph each (a guide). A rail of
// teasers stands alone in its box, or beside a story of its own
// (teaserStoryMin bytes of prose). Inside a marked article body the
// signals judge a run by railBeside; this shape needs no mark.
type roundups struct {
	r       *rendered
	teasers []bool
	first   []int32
	seen    map[int32]bool // per run parent: whether it is a roundup
}

// of reports whether the teasers under element p are a roundup's entries.
func (u *roundups) of(p int32) bool {
	if p < 0 {
		return false
	}
	if v, ok := u.seen[p]; ok {
		return v
	}
	v := u.shaped(p)
	u.seen[p] = v
	return v
}

func (u *roundups) shaped(p int32) bool {
	r := u.r
	before, after, run, long := false, false, false, true
	own := 0
	for c := p + 1; c < int32(len(r.elems)) && within(r, c, p); c++ {
		if r.elems[c].parent != p {
			continue
		}
		if u.teasers[c] {
			if after {
				// prose between two runs: not one roundup
				return false
			}
			run = true
			if e := &r.elems[c]; e.text-e.link <= sectionTextMin {
				long = false
			}
			continue
		}
		f := u.first[c]
		if f < 0 {
			continue
		}
		for j := f; j < f+int32(r.elems[c].blocks) && int(j) < len(r.blocks); j++ {
			if b := r.blocks[j]; roundupLine(r, b) {
				own += b.end - b.start
				if run {
					after = true
				} else {
					before = true
				}
			}
		}
	}
	return before && (after || long) && own < teaserStoryMin
}

// sectionTextMin: bytes of text besides its linked heading from which an
// entry under an introduction is a section of the story (a guide's
// points, each heading linking to the site's own story on it) even with
// no sign-off below: a teaser's summary is a line or two.
const sectionTextMin = 250

// roundupLineMin: bytes of a roundup's own line ("Good morning. Here is
// what you need to know."), shorter than a story's paragraph.
const roundupLineMin = 40

func roundupLine(r *rendered, b block) bool {
	return b.end-b.start >= roundupLineMin && linkDensity(b) < proseMaxLinks && sentence(r.text[b.start:b.end])
}

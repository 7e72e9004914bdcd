package extract

// keepBest undoes the removal of the best-scoring block(s) when every
// block of the page would go: a page that is one short line in 10,000
// nested divs, or only a menu, is still that line or that menu, and an
// empty article tells the editor nothing. Ties all stay, so two short
// lines of equal weight are not split arbitrarily.
func keepBest(r *rendered, s *signals, whys []*reason) {
	best, found := 0.0, false
	for i, why := range whys {
		if why == nil {
			return
		}
		if w := fallbackWeight(r, s, i); !found || w > best {
			best, found = w, true
		}
	}
	for i := range whys {
		if fallbackWeight(r, s, i) == best {
			whys[i] = nil
		}
	}
}

// fallbackWeight scores a block for keepBest; blocks outside any element
// (none in practice) rank last.
func fallbackWeight(r *rendered, s *signals, i int) float64 {
	b := r.blocks[i]
	if b.owner < 0 {
		return -float64(b.end-b.start) - 1
	}
	return weight(r, s, b)
}

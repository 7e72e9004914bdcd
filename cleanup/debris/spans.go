package debris

import "github.com/copydesk/copydesk/cleanup"

// proposeRemovals deletes the lines with a change, taking the blank lines
// that separate them along so the cleaned text has no gap: a line followed
// by kept text goes with the space after it, a line in the trailing run
// goes with the space before it, so the text still ends where it did.
func proposeRemovals(d *cleanup.Draft, lines []line, removals []*cleanup.Change) {
	keptAfter := make([]bool, len(lines)+1)
	for i := len(lines) - 1; i >= 0; i-- {
		keptAfter[i] = keptAfter[i+1] || removals[i] == nil
	}
	for i, c := range removals {
		if c == nil {
			continue
		}
		start, end := lines[i].start, lines[i].end
		switch {
		case keptAfter[i+1]:
			end = lines[i+1].start
		case i > 0:
			start = lines[i-1].end
		}
		d.Propose(start, end, *c)
	}
}

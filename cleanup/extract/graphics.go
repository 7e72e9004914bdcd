package extract

var reasonGraphic = reason{"graphic", "labels of a chart or map (a box of many tiny lines: axis ticks, values)"}

// A chart drawn in HTML renders as a box of tiny lines ("’17", "$915",
// "MONTHLY"); they mean nothing as text.
const (
	graphicMinBlocks = 8  // lines in the box
	graphicTinyBytes = 8  // a tiny line is at most this long
	graphicAvgBytes  = 24 // average line length of the box
	graphicTinyShare = 0.75
)

// graphicLabels reports whether an element is such a box.
func graphicLabels(r *rendered, e *elem, first int32) bool {
	if first < 0 || e.blocks < graphicMinBlocks || e.text > graphicAvgBytes*e.blocks {
		return false
	}
	tiny := 0
	for j := range e.blocks {
		if b := r.blocks[int(first)+j]; b.end-b.start <= graphicTinyBytes {
			tiny++
		}
	}
	return float64(tiny) >= graphicTinyShare*float64(e.blocks)
}

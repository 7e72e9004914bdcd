package app

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rowsView is the review's scrolling column of passages. Only the rows
// that meet the viewport exist as widgets: measuring wrapped text is what
// costs, so a 20,000-word article must not measure every paragraph to
// open. Every other row is just a height, estimated from its length until
// it is first shown and measured. Both columns of a passage sit in one
// row, so the original and the cleaned text scroll together.
type rowsView struct {
	widget.BaseWidget
	scroll   *container.Scroll
	heights  []float32 // per row, exact once measured[i]
	measured []bool
	tops     []float32 // tops[i]: y of row i; tops[n]: the total height
	width    float32   // the width heights were computed for
	shown    map[int]*rowWidget
	free     []*rowWidget
	objects  []fyne.CanvasObject
	placing  bool

	estimate func(width float32, heights []float32) // fills heights for the width
	paint    func(i int, w *rowWidget)
}

func newRowsView(estimate func(float32, []float32), paint func(int, *rowWidget)) *rowsView {
	v := &rowsView{shown: map[int]*rowWidget{}, estimate: estimate, paint: paint, tops: []float32{0}}
	v.ExtendBaseWidget(v)
	v.scroll = container.NewVScroll(v)
	v.scroll.OnScrolled = func(fyne.Position) { v.place() }
	return v
}

// reset shows n rows from the top; their widgets are recycled.
func (v *rowsView) reset(n int) {
	for i, w := range v.shown {
		delete(v.shown, i)
		v.free = append(v.free, w)
	}
	v.heights = make([]float32, n)
	v.measured = make([]bool, n)
	v.width = -1 // estimate on the next placement
	v.scroll.Offset = fyne.Position{}
	v.place()
	v.scroll.Refresh()
}

// gap is the space between rows.
func (v *rowsView) gap() float32 { return theme.Padding() }

// rowWidth leaves the scroll bar its lane, so the cleaned column's last
// letters are never drawn under it.
func (v *rowsView) rowWidth() float32 { return max(0, v.Size().Width-theme.ScrollBarSize()) }

// estimateAll gives every row a height for the current width.
func (v *rowsView) estimateAll() {
	v.width = v.rowWidth()
	v.estimate(v.width, v.heights)
	clear(v.measured)
	v.sumTops(0)
}

// sumTops recomputes row positions from row i on.
func (v *rowsView) sumTops(i int) {
	if len(v.tops) != len(v.heights)+1 {
		v.tops, i = make([]float32, len(v.heights)+1), 0
	}
	for ; i < len(v.heights); i++ {
		v.tops[i+1] = v.tops[i] + v.heights[i] + v.gap()
	}
}

// rowAt is the row at height y.
func (v *rowsView) rowAt(y float32) int {
	return sort.Search(len(v.heights), func(i int) bool { return v.tops[i+1] > y })
}

// place materializes the rows in view, measures the new ones, and recycles
// the rest.
func (v *rowsView) place() {
	if v.placing || v.Size().Width <= 0 {
		return
	}
	v.placing = true
	defer func() { v.placing = false }()
	if v.width != v.rowWidth() {
		v.estimateAll()
	}
	total := v.tops[len(v.heights)]
	top, bottom := v.scroll.Offset.Y, v.scroll.Offset.Y+v.scroll.Size().Height
	first := v.rowAt(top)
	last := first
	for i := first; i < len(v.heights) && v.tops[i] < bottom; i++ {
		w := v.shown[i]
		if w == nil {
			w = v.take()
			v.shown[i] = w
			v.paint(i, w)
		}
		v.fit(i, w)
		last = i + 1
	}
	v.objects = v.objects[:0]
	for i, w := range v.shown {
		if i < first || i >= last {
			delete(v.shown, i)
			v.free = append(v.free, w)
			continue
		}
		w.Move(fyne.NewPos(0, v.tops[i]))
		v.objects = append(v.objects, w)
	}
	if v.tops[len(v.heights)] != total {
		v.scroll.Refresh() // the content height changed: redo the bars
	}
	v.BaseWidget.Refresh()
}

// fit sizes row i's widget to the width and, the first time, measures
// the height its wrapped text really needs.
func (v *rowsView) fit(i int, w *rowWidget) {
	w.Resize(fyne.NewSize(v.width, v.heights[i]))
	if v.measured[i] {
		return
	}
	v.measured[i] = true
	if h := w.MinSize().Height; h != v.heights[i] {
		v.heights[i] = h
		v.sumTops(i)
		w.Resize(fyne.NewSize(v.width, h))
	}
}

// repaint redraws row i if it is on screen, and re-measures it.
func (v *rowsView) repaint(i int) {
	w := v.shown[i]
	if w == nil || i >= len(v.heights) {
		return
	}
	v.paint(i, w)
	v.measured[i] = false
	v.place()
}

// widgetFor is row i's widget, scrolled into view if need be.
func (v *rowsView) widgetFor(i int) *rowWidget {
	v.reveal(i)
	return v.shown[i]
}

// reveal scrolls so row i is in view, a quarter down from the top.
func (v *rowsView) reveal(i int) {
	if i < 0 || i >= len(v.heights) {
		return
	}
	if v.width != v.rowWidth() {
		v.estimateAll()
	}
	off, h := v.scroll.Offset.Y, v.scroll.Size().Height
	if top := v.tops[i]; top < off || top+v.heights[i] > off+h {
		v.scroll.ScrollToOffset(fyne.NewPos(0, max(0, min(top-h/4, v.tops[len(v.heights)]-h))))
	}
	v.place()
}

func (v *rowsView) take() *rowWidget {
	if n := len(v.free); n > 0 {
		w := v.free[n-1]
		v.free = v.free[:n-1]
		return w
	}
	return newRowWidget()
}

func (v *rowsView) MinSize() fyne.Size {
	if len(v.heights) == 0 {
		return fyne.Size{}
	}
	return fyne.NewSize(0, v.tops[len(v.heights)]-v.gap())
}

// Refresh re-measures every row: a theme or text-size change moves the
// wrapping.
func (v *rowsView) Refresh() {
	v.width = -1
	v.place()
}

func (v *rowsView) Resize(s fyne.Size) {
	v.BaseWidget.Resize(s)
	v.place()
}

func (v *rowsView) CreateRenderer() fyne.WidgetRenderer { return &rowsRenderer{v} }

// rowsRenderer draws the materialized rows, which place has positioned.
type rowsRenderer struct{ v *rowsView }

func (r *rowsRenderer) Destroy()                     {}
func (r *rowsRenderer) Layout(fyne.Size)             {}
func (r *rowsRenderer) MinSize() fyne.Size           { return r.v.MinSize() }
func (r *rowsRenderer) Objects() []fyne.CanvasObject { return r.v.objects }
func (r *rowsRenderer) Refresh()                     {}

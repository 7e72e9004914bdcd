package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// legend explains the colours of the review, one entry per category in
// the categories table, plus the selection and removed-text styles.
func legend() fyne.CanvasObject {
	entry := func(text string, col fyne.ThemeColorName, style fyne.TextStyle) widget.RichTextSegment {
		return &widget.TextSegment{Text: text + "   ", Style: widget.RichTextStyle{Inline: true, ColorName: col,
			SizeName: "", TextStyle: style}}
	}
	var segs []widget.RichTextSegment
	for _, c := range categories {
		segs = append(segs, entry(c.label, categoryColor(c.cat), fyne.TextStyle{Bold: true}))
	}
	segs = append(segs, entry("removed (dimmed)", colorRemoved, fyne.TextStyle{Italic: true}),
		entry("selected", colorSelected, fyne.TextStyle{Bold: true}),
		entry("bold both sides: a suggestion", "", fyne.TextStyle{Bold: true}))
	r := widget.NewRichText(segs...)
	r.Wrapping = fyne.TextWrapWord
	return container.NewPadded(r)
}

package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/spelling"
)

// Colour names for review highlights; reviewTheme resolves them per variant.
const (
	colorRemoved  fyne.ThemeColorName = "copydesk-removed"
	colorSelected fyne.ThemeColorName = "copydesk-selected"
)

func categoryColor(c cleanup.Category) fyne.ThemeColorName {
	return fyne.ThemeColorName("copydesk-" + string(c))
}

// categories is the one table of change categories the window colours:
// the highlights, the change list's swatches and the legend all come from
// it, so a new category (spelling, say) is one line here. Each has a
// darker shade for the light theme and a lighter one for the dark.
var categories = []struct {
	cat         cleanup.Category
	label       string
	light, dark color.NRGBA
}{
	{cleanup.CatDebris, "debris removed", color.NRGBA{0xb0, 0x2a, 0x1e, 0xff}, color.NRGBA{0xff, 0x8a, 0x7a, 0xff}},
	{cleanup.CatExtraction, "extraction", color.NRGBA{0x8a, 0x4b, 0x08, 0xff}, color.NRGBA{0xf0, 0xb0, 0x60, 0xff}},
	{cleanup.CatNames, "names", color.NRGBA{0x11, 0x5e, 0xa8, 0xff}, color.NRGBA{0x7c, 0xc0, 0xff, 0xff}},
	{cleanup.CatUnicode, "characters", color.NRGBA{0x6b, 0x2f, 0xa8, 0xff}, color.NRGBA{0xc9, 0x9b, 0xff, 0xff}},
	{cleanup.CatWhitespace, "spacing", color.NRGBA{0x4d, 0x5b, 0x66, 0xff}, color.NRGBA{0xa8, 0xb8, 0xc4, 0xff}},
	{spelling.Category, "spelling", color.NRGBA{0x00, 0x6e, 0x6e, 0xff}, color.NRGBA{0x5c, 0xd6, 0xcc, 0xff}},
	{cleanup.CatManual, "your edits", color.NRGBA{0x1e, 0x7a, 0x3c, 0xff}, color.NRGBA{0x7e, 0xe0, 0x9a, 0xff}},
}

// palette resolves the category colours and the two review colours.
var palette = func() map[fyne.ThemeColorName][2]color.NRGBA {
	p := map[fyne.ThemeColorName][2]color.NRGBA{
		colorRemoved:  {{0x8c, 0x8c, 0x8c, 0xff}, {0x8a, 0x8a, 0x8a, 0xff}},
		colorSelected: {{0xc4, 0x00, 0x7a, 0xff}, {0xff, 0x6e, 0xd0, 0xff}},
	}
	for _, c := range categories {
		p[categoryColor(c.cat)] = [2]color.NRGBA{c.light, c.dark}
	}
	return p
}()

// reviewTheme is the default theme with a fixed variant (the editor's
// choice, not the desktop's), a text scale and the highlight colours.
type reviewTheme struct {
	variant fyne.ThemeVariant
	scale   float32
}

func (t reviewTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	if p, ok := palette[n]; ok {
		if t.variant == theme.VariantDark {
			return p[1]
		}
		return p[0]
	}
	if strings.HasPrefix(string(n), "copydesk-") { // a category without a colour of its own
		return theme.DefaultTheme().Color(theme.ColorNameForeground, t.variant)
	}
	return theme.DefaultTheme().Color(n, t.variant)
}

func (t reviewTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (t reviewTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Text sizes of the review's two columns. Only these follow the editor's
// text size (Ctrl+= / Ctrl+-): enlarging the whole window would squeeze the
// review between panes that grew too.
const (
	sizeReview        fyne.ThemeSizeName = "copydesk-review-text"
	sizeReviewCaption fyne.ThemeSizeName = "copydesk-review-caption"
)

func (t reviewTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case sizeReview:
		return theme.DefaultTheme().Size(theme.SizeNameText) * t.scale
	case sizeReviewCaption:
		return theme.DefaultTheme().Size(theme.SizeNameCaptionText) * t.scale
	}
	return theme.DefaultTheme().Size(n)
}

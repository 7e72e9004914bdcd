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

// palette gives each category a hue readable on both backgrounds: darker
// shades on light, lighter ones on dark.
var palette = map[fyne.ThemeColorName][2]color.NRGBA{
	categoryColor(cleanup.CatDebris):     {{0xb0, 0x2a, 0x1e, 0xff}, {0xff, 0x8a, 0x7a, 0xff}},
	categoryColor(cleanup.CatExtraction): {{0x8a, 0x4b, 0x08, 0xff}, {0xf0, 0xb0, 0x60, 0xff}},
	categoryColor(cleanup.CatNames):      {{0x11, 0x5e, 0xa8, 0xff}, {0x7c, 0xc0, 0xff, 0xff}},
	categoryColor(cleanup.CatUnicode):    {{0x6b, 0x2f, 0xa8, 0xff}, {0xc9, 0x9b, 0xff, 0xff}},
	categoryColor(cleanup.CatWhitespace): {{0x4d, 0x5b, 0x66, 0xff}, {0xa8, 0xb8, 0xc4, 0xff}},
	categoryColor(spelling.Category):     {{0x00, 0x6e, 0x6e, 0xff}, {0x5c, 0xd6, 0xcc, 0xff}},
	categoryColor(cleanup.CatManual):     {{0x1e, 0x7a, 0x3c, 0xff}, {0x7e, 0xe0, 0x9a, 0xff}},
	colorRemoved:                         {{0x8c, 0x8c, 0x8c, 0xff}, {0x8a, 0x8a, 0x8a, 0xff}},
	colorSelected:                        {{0xc4, 0x00, 0x7a, 0xff}, {0xff, 0x6e, 0xd0, 0xff}},
}

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

func (t reviewTheme) Size(n fyne.ThemeSizeName) float32 {
	s := theme.DefaultTheme().Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameHeadingText,
		theme.SizeNameSubHeadingText, theme.SizeNameInlineIcon:
		return s * t.scale
	}
	return s
}

package app

import (
	"os"
	"slices"

	"fyne.io/fyne/v2/theme"

	"github.com/copydesk/copydesk/cleanup/pipeline"
	"github.com/copydesk/copydesk/cleanup/style"
)

// Preference keys (Fyne's Preferences API, stored per app id).
const (
	prefStyle  = "houseStyle"
	prefTheme  = "theme" // "light" or "dark"
	prefScale  = "textScale"
	prefRecent = "recentFiles"
)

const maxRecent = 10

func (u *ui) houseStyle() string {
	return u.app.Preferences().StringWithFallback(prefStyle, style.Default)
}

// engineOptions are the pipeline settings: the house style and, once the
// editor has one, the user glossary over it.
func (u *ui) engineOptions() pipeline.Options {
	o := pipeline.Options{Style: u.houseStyle()}
	if _, err := os.Stat(u.opts.glossaryPath); err == nil {
		o.Glossaries = []string{u.opts.glossaryPath}
	}
	return o
}

// applyTheme installs the review theme from the saved preferences.
func (u *ui) applyTheme() {
	p := u.app.Preferences()
	v := theme.VariantLight
	if p.StringWithFallback(prefTheme, "light") == "dark" {
		v = theme.VariantDark
	}
	scale := float32(p.FloatWithFallback(prefScale, 1))
	u.app.Settings().SetTheme(reviewTheme{variant: v, scale: scale})
}

func (u *ui) setThemePref(name string) {
	u.app.Preferences().SetString(prefTheme, name)
	u.applyTheme()
}

// zoomText changes the text scale by step, kept within 0.7–2.
func (u *ui) zoomText(step float64) {
	p := u.app.Preferences()
	s := min(2, max(0.7, p.FloatWithFallback(prefScale, 1)+step))
	p.SetFloat(prefScale, s)
	u.applyTheme()
}

// addRecent puts paths at the top of the recent list.
func (u *ui) addRecent(paths []string) {
	p := u.app.Preferences()
	list := p.StringList(prefRecent)
	for _, path := range paths {
		list = slices.DeleteFunc(list, func(s string) bool { return s == path })
		list = append([]string{path}, list...)
	}
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	p.SetStringList(prefRecent, list)
	u.win.SetMainMenu(u.mainMenu())
}

func (u *ui) recent() []string { return u.app.Preferences().StringList(prefRecent) }

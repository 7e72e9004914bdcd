//go:build !nogui

package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/copydesk/copydesk/app"
	"github.com/copydesk/copydesk/assets"
	_ "github.com/copydesk/copydesk/cleanup/cli/desktoplocale" // before Fyne reads the locale
)

const hasWindow = true

// openWindow starts Fyne; main has checked there is a display to open on.
func openWindow(args []string) {
	a := fyneapp.NewWithID(app.ID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon()))
	w := a.NewWindow("Copydesk")
	app.Build(a, w, args)
	w.ShowAndRun()
}

// Command copydesk cleans scraped, machine-translated news: `copydesk clean`
// runs headless; anything else opens the review window.
package main

import (
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"github.com/copydesk/copydesk/app"
	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/cli"

	"fyne.io/fyne/v2"
)

func main() {
	args := os.Args[1:]
	if cli.IsCommand(args) {
		os.Exit(cli.Run(args, os.Stdin, os.Stdout, os.Stderr))
	}
	a := fyneapp.NewWithID(app.ID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon()))
	w := a.NewWindow("Copydesk")
	app.Build(a, w, args)
	w.ShowAndRun()
}

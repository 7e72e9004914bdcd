// Package app is Copydesk's review window (first cut: shows the cleaned
// built-in sample). It takes a fyne.App and never imports Fyne's app package.
package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/pipeline"
)

// ID is the application id (also in FyneApp.toml).
const ID = "io.github.copydesk.copydesk"

// Build fills the window. paths are files or folders named on the command line.
func Build(a fyne.App, w fyne.Window, paths []string) {
	name, text := assets.Sample()
	art := cleanup.NewArticle(name, text)
	if p, err := pipeline.New(pipeline.Options{}); err == nil {
		p.Clean(art)
	}
	box := container.NewVBox()
	for _, para := range strings.Split(art.Cleaned(), "\n\n") {
		l := widget.NewLabel(para)
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	w.SetContent(container.NewVScroll(box))
	w.Resize(fyne.NewSize(900, 700))
}

package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// dialogSize makes Fyne's in-window file dialogs big enough to browse.
func (u *ui) dialogSize() fyne.Size {
	s := u.win.Canvas().Size()
	return fyne.NewSize(max(600, s.Width*0.8), max(420, s.Height*0.8))
}

// inputExtensions are the files the loader understands.
var inputExtensions = []string{".html", ".htm", ".txt", ".md", ".markdown", ".json", ".jsonl", ".ndjson"}

func (u *ui) openFilesDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if r == nil {
			return // dismissed
		}
		path := r.URI().Path()
		r.Close()
		u.open([]string{path}, true)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter(inputExtensions))
	d.Resize(u.dialogSize())
	u.trackDialog(d)
	u.showDialog(d)
}

func (u *ui) openFolderDialog() {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if l != nil {
			u.open([]string{l.Path()}, true)
		}
	}, u.win)
	d.Resize(u.dialogSize())
	u.trackDialog(d)
	u.showDialog(d)
}

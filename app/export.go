package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/export"
	"github.com/copydesk/copydesk/cleanup/review"
)

// Export scopes.
const (
	scopeArticle = "This article"
	scopeBatch   = "Whole batch"
	scopeDone    = "Reviewed only"
)

// exportForm is the export dialog's state, kept so tests can fill it in.
type exportForm struct {
	scope  *widget.RadioGroup
	format *dropdown
	folder *escEntry
	dlg    dialog.Dialog
}

// exportDialog asks what to export, in which format and where.
func (u *ui) exportDialog() {
	if u.b == nil {
		return
	}
	f := &exportForm{}
	f.scope = widget.NewRadioGroup([]string{scopeArticle, scopeBatch, scopeDone}, nil)
	f.scope.Horizontal = true
	f.scope.SetSelected(scopeBatch)
	// A tapped radio takes focus and would swallow Escape; it needs no
	// focus to keep its choice.
	f.scope.OnChanged = func(string) { u.win.Canvas().Unfocus() }
	f.format = u.newSelect(export.Formats())
	f.format.SetSelected(u.app.Preferences().StringWithFallback(prefExportFormat, export.Formats()[0]))
	f.folder = u.newEntry(false)
	f.folder.SetText(u.app.Preferences().StringWithFallback(prefExportDir, defaultExportDir()))
	browse := widget.NewButton("Choose…", func() {
		d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err == nil && l != nil {
				f.folder.SetText(l.Path())
			}
		}, u.win)
		d.Resize(u.dialogSize())
		u.trackDialog(d)
		u.showDialog(d)
	})
	form := widget.NewForm(
		widget.NewFormItem("Export", f.scope),
		widget.NewFormItem("Format", f.format),
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, browse, f.folder)))
	f.dlg = dialog.NewCustomConfirm("Export", "Export", "Cancel", form, func(ok bool) {
		if ok {
			u.startExport(f.scope.Selected, f.format.Selected, f.folder.Text)
		}
	}, u.win)
	f.dlg.Resize(fyne.NewSize(560, 240))
	u.exporting = f
	u.trackDialog(f.dlg)
	u.showDialog(f.dlg)
}

const (
	prefExportDir    = "exportFolder"
	prefExportFormat = "exportFormat"
)

func defaultExportDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "copydesk-export"
	}
	return filepath.Join(home, "copydesk-export")
}

// startExport writes copies of the articles on a worker goroutine, never
// over an input file, then reports what was written and what failed.
func (u *ui) startExport(scope, format, dir string) {
	if dir = strings.TrimSpace(dir); dir == "" {
		u.showError(fmt.Errorf("choose a folder to export to"))
		return
	}
	u.app.Preferences().SetString(prefExportDir, dir)
	u.app.Preferences().SetString(prefExportFormat, format)
	var docs []*doc
	switch scope {
	case scopeArticle:
		docs = []*doc{u.doc()}
	case scopeDone:
		for _, d := range u.b.Docs {
			if d.Reviewed {
				docs = append(docs, d)
			}
		}
		if len(docs) == 0 {
			u.showError(fmt.Errorf("no article is marked reviewed yet (Ctrl+R marks the one on screen)"))
			return
		}
	default:
		docs = u.b.Docs
	}
	arts := make([]*cleanup.Article, len(docs))
	for i, d := range docs {
		arts[i] = review.CopyArticle(d.Art, d.Art.Changes()) // the worker must not share live articles
	}
	review.StampStyle(arts, u.houseStyle())
	sources := u.b.Sources
	u.showProgress(fmt.Sprintf("Exporting %s…", plural(len(arts), "article")), 0)
	u.workers.Add(1)
	go func() {
		defer u.workers.Done()
		written, fails := review.WriteDir(arts, format, dir, sources, func(f float64) {
			u.toUI(func() { u.progress.SetValue(f) })
		})
		u.toUI(func() {
			u.hideProgress()
			u.exportDone(dir, written, fails)
		})
	}()
}

func (u *ui) exportDone(dir string, written int, fails []string) {
	msg := fmt.Sprintf("Wrote %s to %s.", plural(written, "file"), dir)
	u.setStatus(msg)
	if len(fails) > 0 {
		msg += fmt.Sprintf("\n\n%d failed:\n%s", len(fails), strings.Join(fails, "\n"))
	}
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Export finished", "Close", container.NewVScroll(l), u.win)
	d.Resize(fyne.NewSize(560, 260))
	u.trackDialog(d)
	u.showDialog(d)
}

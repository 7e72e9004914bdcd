// Package app is Copydesk's review window: the batch, original and cleaned
// text side by side, and the change list. It takes a fyne.App and never
// imports Fyne's app package, so its tests run headless.
package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup/review"
)

// ID is the application id (also in FyneApp.toml).
const ID = "io.github.copydesk.copydesk"

// sessionFileName sits in the app's storage root.
const sessionFileName = "session.json"

// options are the seams tests replace.
type options struct {
	sessionPath  string
	glossaryPath string // the user glossary
	load         review.Loader
	clean        review.Cleaner
	post         func(func()) // replaces fyne.Do in tests; nil in the app
}

// ui is the whole window. All of its fields belong to the UI goroutine.
type ui struct {
	app  fyne.App
	win  fyne.Window
	opts options

	b   *batch
	cur int // index of the article on screen, -1 when none
	sel int // id of the selected change in it, 0 when none

	batchPane  *batchPane
	review     *reviewPane
	changes    *changePane
	mainSplit  *container.Split // review | change list
	status     *widget.Label
	hinting    bool          // the status bar shows a toolbar hint
	beforeHint string        // the message the hint covers
	done       *widget.Label // "37 of 120 reviewed"
	progress   *widget.ProgressBar
	editor     *escEntry // the open passage editor, if any
	editorDlg  *dialog.ConfirmDialog
	exporting  *exportForm     // the open export dialog, if any
	glossary   *glossaryEditor // the open glossary editor, if any
	dialogs    []dialog.Dialog // open dialogs, topmost last, for Escape

	drain     func() bool // tests: runs work queued for the UI goroutine
	saver     *saver
	finishing sync.Once // saves and arms the exit watchdog once, on quit
	loadGen   int
	workers   sync.WaitGroup
}

// Build fills the window. paths are files or folders named on the command
// line; without them the last session comes back, or else the sample.
func Build(a fyne.App, w fyne.Window, paths []string) {
	root := a.Storage().RootURI().Path()
	u := newUI(a, w, options{
		sessionPath:  filepath.Join(root, sessionFileName),
		glossaryPath: filepath.Join(root, glossaryFileName),
		load:         review.LoadFiles,
		clean:        review.CleanWithPipeline,
	})
	u.stopCleanly()
	u.start(paths)
	w.Resize(fyne.NewSize(1000, 700)) // fits a 1024×768 screen; larger ones maximise it
}

func newUI(a fyne.App, w fyne.Window, o options) *ui {
	u := &ui{app: a, win: w, opts: o, cur: -1}
	u.saver = review.NewSaver(o.sessionPath, func(err error) {
		u.toUI(func() { u.setStatus("Could not save the session: " + err.Error()) })
	})
	u.applyTheme()
	u.batchPane = newBatchPane(u)
	u.review = newReviewPane(u)
	u.changes = newChangePane(u)
	u.status = widget.NewLabel("")
	u.status.Truncation = fyne.TextTruncateEllipsis
	u.progress = widget.NewProgressBar()
	u.progress.Hide()
	u.done = widget.NewLabel("")

	// The review gets the width first: the panes beside it can be dragged
	// narrower, and the change list hidden (Ctrl+\).
	u.mainSplit = container.NewHSplit(u.review.obj, u.changes.obj)
	u.mainSplit.Offset = 0.7
	body := container.NewHSplit(u.batchPane.obj, u.mainSplit)
	body.Offset = 0.18
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(u.done, container.NewGridWrap(fyne.NewSize(220, 24), u.progress)), u.status)
	w.SetContent(container.NewBorder(u.toolbar(), bar, nil, nil, body))
	w.SetMainMenu(u.mainMenu())
	u.addShortcuts()
	w.Canvas().SetOnTypedKey(u.canvasEscape)
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { u.dropped(uris) })
	w.SetTitle("Copydesk")
	return u
}

// start opens paths, else restores the saved session, else the sample.
func (u *ui) start(paths []string) {
	if len(paths) > 0 {
		u.open(paths, false)
		return
	}
	s, err := review.ReadSession(u.opts.sessionPath)
	if err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			u.setStatus(err.Error())
		}
		u.run(loadJob{name: batchName(nil), done: u.loaded(0)})
		return
	}
	u.run(loadJob{name: s.Name, sources: s.Sources, session: s, done: func(b *batch, err error) {
		u.loaded(s.CurrentIn(b))(b, err)
		if sel := s.Selected; sel != nil && b != nil {
			u.restoreView(view{Doc: u.cur, Start: sel.Start, End: sel.End, Rule: sel.Rule})
		}
	}})
}

// open loads paths, added to the batch when add is true (the sample is
// always replaced).
func (u *ui) open(paths []string, add bool) {
	if len(paths) == 0 {
		return
	}
	paths = review.Absolute(paths)
	u.addRecent(paths)
	keep := add && u.b != nil && len(u.b.Sources) > 0
	name := batchName(paths)
	if keep {
		name = batchName(append(append([]string(nil), u.b.Sources...), paths...))
	}
	u.run(loadJob{name: name, sources: paths, keep: keep, done: u.loaded(0)})
}

// dropped handles files and folders dropped onto the window.
func (u *ui) dropped(uris []fyne.URI) {
	var paths []string
	for _, x := range uris {
		if x.Scheme() == "file" {
			paths = append(paths, x.Path())
		}
	}
	u.open(paths, true)
}

// loaded returns the callback that puts a finished batch on screen.
func (u *ui) loaded(current int) func(*batch, error) {
	return func(b *batch, err error) {
		if b == nil {
			u.showError(err)
			return
		}
		u.setBatch(b, current)
		if err != nil {
			u.setStatus(strings.SplitN(err.Error(), "\n", 2)[0])
			u.showError(err)
		}
	}
}

func (u *ui) setBatch(b *batch, current int) {
	u.b = b
	u.cur, u.sel = -1, 0
	u.win.SetTitle("Copydesk — " + b.Name)
	u.batchPane.reload()
	if current < 0 || current >= len(b.Docs) {
		current = 0
	}
	u.showDoc(current)
	u.setStatus(plural(len(b.Docs), "article") + " loaded")
	u.showDone()
	u.autosave()
}

// showDoc puts article i in the review and change panes.
func (u *ui) showDoc(i int) {
	if u.b == nil || i < 0 || i >= len(u.b.Docs) {
		return
	}
	if i != u.cur {
		u.cur, u.sel = i, 0
		u.batchPane.reveal(i)
		u.review.show()
		u.changes.show()
		u.autosave()
	}
}

// doc is the article on screen, or nil.
func (u *ui) doc() *doc {
	if u.b == nil || u.cur < 0 {
		return nil
	}
	return u.b.Docs[u.cur]
}

// selectChange highlights a change in both panes and the change list.
func (u *ui) selectChange(id int) {
	if u.doc() == nil || id == u.sel {
		return
	}
	prev := u.sel
	u.sel = id
	u.review.reselect(prev, id)
	u.changes.reselect(id)
	u.autosave()
}

// decide records one accept/reject/edit on the current article.
func (u *ui) decide(e event) {
	if err := u.b.Decide(u.cur, e, u.view()); err != nil {
		u.setStatus(err.Error())
		return
	}
	if e.Op == review.OpAccept || e.Op == review.OpReject {
		u.changedOne()
		return
	}
	u.changed([]int{u.cur}, e.Op == review.OpEdit)
}

// changedOne refreshes after a decision on the selected change alone: its
// passage, its list row and the counts, nothing else.
func (u *ui) changedOne() {
	u.batchPane.refreshDoc(u.cur)
	u.review.update(false)
	u.changes.refreshChange(u.sel)
	u.autosave()
}

// changed refreshes what depends on the given articles after decisions.
// relayout is set when the change log itself changed shape (manual edits).
func (u *ui) changed(docs []int, relayout bool) {
	for _, i := range docs {
		u.batchPane.refreshDoc(i)
		if i == u.cur {
			if _, ok := u.doc().Art.Change(u.sel); !ok {
				u.sel = 0
			}
			u.review.update(relayout)
			u.changes.show()
		}
	}
	u.autosave()
}

func (u *ui) autosave() {
	if u.b != nil {
		s := u.b.Snapshot(u.cur)
		if c, ok := u.selected(); ok {
			s.Selected = &selection{Start: c.Start, End: c.End, Rule: c.Rule}
		}
		u.saver.Save(s)
	}
}

func (u *ui) setStatus(s string) {
	if u.hinting {
		u.beforeHint = s // shown when the pointer leaves the toolbar
		return
	}
	u.status.SetText(s)
}

func (u *ui) showProgress(msg string, f float64) {
	u.status.SetText(msg)
	u.progress.SetValue(f)
	u.progress.Show()
}

func (u *ui) hideProgress() { u.progress.Hide() }

// wait blocks until background loads and saves are done (for tests).
func (u *ui) wait() {
	for {
		u.workers.Wait()
		if u.drain == nil || !u.drain() {
			break
		}
	}
	u.saver.Flush()
}

package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/pipeline"
	"github.com/copydesk/copydesk/cleanup/review"
)

// This file is the bridge between workers and widgets: loading and
// cleaning run on their own goroutine, and everything they hand back to
// the window goes through fyne.Do here, and only here.

// loadJob describes a batch to (re)build off the UI goroutine.
type loadJob struct {
	name    string
	sources []string            // paths to read; none (and nothing kept) means the built-in sample
	keep    bool                // re-clean the current batch too, keeping its decisions
	session *sessionFile        // decisions saved by an earlier run
	done    func(*batch, error) // called on the UI goroutine

	// Filled in on the UI goroutine by run, so the worker reads no UI state.
	engine  pipeline.Options
	kept    []*cleanup.Article // fresh copies of the current originals
	all     []string           // sources of the resulting batch
	decided sessionFile        // decisions of the current batch
}

// toUI runs f on the UI goroutine. It is the window's only way in from a
// worker: fyne.Do in the app, a queue the test goroutine drains in tests
// (the test driver would run f on the worker, racing the test).
func (u *ui) toUI(f func()) {
	if u.opts.post != nil {
		u.opts.post(f)
		return
	}
	fyne.Do(f)
}

// run builds the batch in the background and delivers it through fyne.Do.
func (u *ui) run(j loadJob) {
	u.loadGen++
	gen := u.loadGen
	j.engine, j.all = u.engineOptions(), j.sources
	if j.keep && u.b != nil {
		for _, d := range u.b.Docs {
			j.kept = append(j.kept, review.CopyArticle(d.Art, nil))
		}
		j.all = append(append([]string(nil), u.b.Sources...), j.sources...)
		j.decided = u.b.Snapshot(0)
	}
	u.showProgress(fmt.Sprintf("Loading %s…", j.name), 0)
	u.workers.Add(1)
	go func() {
		defer u.workers.Done()
		b, err := u.build(j, func(msg string, f float64) {
			u.toUI(func() {
				if gen == u.loadGen {
					u.showProgress(msg, f)
				}
			})
		})
		u.toUI(func() {
			if gen != u.loadGen {
				return // a newer load replaced this one
			}
			u.hideProgress()
			j.done(b, err)
		})
	}()
}

// build runs on a worker goroutine and must not touch widgets.
func (u *ui) build(j loadJob, progress func(string, float64)) (*batch, error) {
	return review.Open(review.Opening{Name: j.name, Sources: j.sources, All: j.all, Kept: j.kept,
		Decided: j.decided, Session: j.session, Engine: j.engine, Load: u.opts.load, Clean: u.opts.clean}, progress)
}

// batchName names a batch after what was opened.
func batchName(paths []string) string {
	switch len(paths) {
	case 0:
		return "sample"
	case 1:
		return filepath.Base(paths[0])
	}
	return fmt.Sprintf("%s and %d more", filepath.Base(paths[0]), len(paths)-1)
}

// shorten cuts s to at most n characters, marking the cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/export"
	"github.com/copydesk/copydesk/cleanup/load"
	"github.com/copydesk/copydesk/cleanup/pipeline"
	"github.com/copydesk/copydesk/cleanup/review"
	"github.com/copydesk/copydesk/cleanup/style"
)

// inputFormats are the values --from accepts.
var inputFormats = []string{"txt", "md", "html", "json", "jsonl"}

// clean runs `copydesk clean`: load every path, then clean and write the
// batch a window at a time (see window).
func clean(args []string, e env) int {
	const cmd = "copydesk clean"
	stderr := e.stderr
	var o cleanOptions
	paths, err := parseInterleaved(cleanFlags(&o), args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		writeCleanUsage(e.stdout)
		return exitOK
	case err != nil:
		return usageError(stderr, cmd, err.Error())
	case len(paths) == 0:
		return usageError(stderr, cmd, "no input: give files, folders or - for standard input")
	case !export.Known(o.to):
		return usageError(stderr, cmd, fmt.Sprintf("unknown output format %q (have %s)", o.to, strings.Join(export.Formats(), ", ")))
	case o.from != "" && !slices.Contains(inputFormats, o.from):
		return usageError(stderr, cmd, fmt.Sprintf("unknown input format %q (have %s)", o.from, strings.Join(inputFormats, ", ")))
	case o.workers < 1:
		return usageError(stderr, cmd, fmt.Sprintf("-j %d: want at least 1 article at a time", o.workers))
	case o.out == "" && export.Binary(o.to) && e.terminal:
		return usageError(stderr, cmd, fmt.Sprintf("--to %s is a binary file; give -o DIR or redirect standard output to a file", o.to))
	}
	if _, err := style.Load(o.style); err != nil {
		return usageError(stderr, cmd, err.Error())
	}
	p, err := pipeline.New(pipeline.Options{Style: o.style, Glossaries: o.glossaries, AcceptSuggestions: o.acceptSuggestions})
	if err != nil { // an unreadable --glossary, most likely: nothing can be cleaned
		fmt.Fprintf(stderr, "copydesk: %v\n", err)
		return exitUsage
	}

	r := &report{stderr: stderr}
	outs, code := outputs(o, paths, p.Style.Name, e.stdout, r)
	if outs == nil {
		return code
	}
	var skipped load.Skipped
	loadAll := func(emit func([]*cleanup.Article)) {
		win := window{limits: e.window}
		load.Walk(paths, load.Options{From: o.from, Stdin: e.stdin, Skip: skipped.Add}, func(a *cleanup.Article) {
			win.add(a)
			if win.full() {
				emit(win.take())
			}
		}, r.fail)
		if len(win.articles) > 0 {
			emit(win.take())
		}
	}
	write := func(as []*cleanup.Article) {
		review.StampStyle(as, p.Style.Name)
		for _, out := range outs {
			out.window(as)
		}
	}
	if o.workers == 1 {
		loadAll(func(as []*cleanup.Article) { p.CleanBatch(as); write(as) })
	} else {
		overlap(loadAll, p, o.workers, write)
	}
	if note := skipped.Note(); note != "" {
		fmt.Fprintf(stderr, "copydesk: %s\n", note)
	}
	for _, out := range outs {
		out.close()
	}
	if r.failures > 0 {
		return exitFail
	}
	return exitOK
}

// overlap loads, cleans and writes successive windows at the same time:
// the loader fills window n+1 while the pipeline's stages clean earlier
// ones (see pipeline.CleanWindows) and this goroutine writes the oldest.
// Windows go through every stage in order, so the output is the serial
// run's; each stage holds one window, so memory stays within five.
func overlap(loadAll func(emit func([]*cleanup.Article)), p *pipeline.Pipeline, workers int, write func([]*cleanup.Article)) {
	loaded := make(chan []*cleanup.Article)
	go func() {
		defer close(loaded)
		loadAll(func(as []*cleanup.Article) { loaded <- as })
	}()
	for as := range p.CleanWindows(loaded, workers) {
		write(as)
	}
}

// outputs opens what the batch goes to: stdout or -o DIR, and the
// --report file. On failure it returns nil and the exit code.
func outputs(o cleanOptions, paths []string, style string, stdout io.Writer, r *report) ([]output, int) {
	var outs []output
	if o.report != "" {
		rf, err := newReportFile(o.report, style, paths, r)
		if err != nil {
			r.fail(err)
			return nil, exitFail
		}
		outs = append(outs, rf)
	}
	var main output
	var err error
	if o.out == "" {
		main, err = newStdoutOutput(stdout, o.to, r, o.report != "")
	} else {
		main, err = newDirOutput(o.out, o.to, paths, r)
	}
	if err != nil {
		r.fail(err)
		return nil, exitFail
	}
	// the report is closed last, so it is complete only when the export is
	return append([]output{main}, outs...), exitOK
}

// report prints each failure as one line and counts them. Loading and
// writing may run on different goroutines, so it locks.
type report struct {
	mu       sync.Mutex
	stderr   io.Writer
	failures int
}

func (r *report) fail(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failures++
	fmt.Fprintf(r.stderr, "copydesk: %v\n", err)
}

package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

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
func clean(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	const cmd = "copydesk clean"
	var o cleanOptions
	paths, err := parseInterleaved(cleanFlags(&o), args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		writeCleanUsage(stdout)
		return exitOK
	case err != nil:
		return usageError(stderr, cmd, err.Error())
	case len(paths) == 0:
		return usageError(stderr, cmd, "no input: give files, folders or - for standard input")
	case !export.Known(o.to):
		return usageError(stderr, cmd, fmt.Sprintf("unknown output format %q (have %s)", o.to, strings.Join(export.Formats(), ", ")))
	case o.from != "" && !slices.Contains(inputFormats, o.from):
		return usageError(stderr, cmd, fmt.Sprintf("unknown input format %q (have %s)", o.from, strings.Join(inputFormats, ", ")))
	}
	if _, err := style.Load(o.style); err != nil {
		return usageError(stderr, cmd, err.Error())
	}
	p, err := pipeline.New(pipeline.Options{Style: o.style, Glossaries: o.glossaries, AcceptSuggestions: o.acceptSuggestions})
	if err != nil { // an unreadable --glossary, most likely: nothing can be cleaned
		fmt.Fprintf(stderr, "copydesk: %v\n", err)
		return exitUsage
	}

	r := report{stderr: stderr}
	outs, code := outputs(o, paths, p.Style.Name, stdout, &r)
	if outs == nil {
		return code
	}
	var win window
	flush := func() {
		as := win.take()
		p.CleanBatch(as)
		review.StampStyle(as, p.Style.Name)
		for _, out := range outs {
			out.window(as)
		}
	}
	load.Walk(paths, load.Options{From: o.from, Stdin: stdin}, func(a *cleanup.Article) {
		win.add(a)
		if win.full() {
			flush()
		}
	}, r.fail)
	if len(win.articles) > 0 {
		flush()
	}
	for _, out := range outs {
		out.close()
	}
	if r.failures > 0 {
		return exitFail
	}
	return exitOK
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
		main, err = newStdoutOutput(stdout, o.to, r)
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

// report prints each failure as one line and counts them.
type report struct {
	stderr   io.Writer
	failures int
}

func (r *report) fail(err error) {
	r.failures++
	fmt.Fprintf(r.stderr, "copydesk: %v\n", err)
}

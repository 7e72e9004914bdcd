package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/copydesk/copydesk/cleanup/atomicfile"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/export"
)

// reportFile writes --report: article sections are spooled to a hidden
// temporary file as windows pass, and the page is written atomically at
// the end, so memory stays bounded and a crash leaves no half report.
type reportFile struct {
	path  string
	spool *os.File
	buf   *bufio.Writer
	rb    *export.ReportBuilder
	r     *report
	err   error
}

func newReportFile(path, style string, inputs []string, r *report) (*reportFile, error) {
	if isInput(path, inputs) {
		return nil, fmt.Errorf("--report %s: is an input file, not replaced", path)
	}
	spool, err := os.CreateTemp(filepath.Dir(path), ".copydesk-report-*.tmp")
	if err != nil {
		return nil, fmt.Errorf("--report %s: %w", path, err)
	}
	os.Remove(spool.Name()) // unnamed while open (on Unix), so a crash leaves nothing behind
	buf := bufio.NewWriter(spool)
	info := export.ReportInfo{Title: "Copydesk review report", Style: style, Inputs: inputs, Created: time.Now()}
	return &reportFile{path: path, spool: spool, buf: buf, rb: export.NewReportBuilder(info, buf), r: r}, nil
}

func (f *reportFile) window(as []*cleanup.Article) {
	if f.err == nil {
		f.err = f.rb.Add(as...)
	}
}

func (f *reportFile) close() {
	defer func() {
		f.spool.Close()
		os.Remove(f.spool.Name()) // where it could not go while open
	}()
	if f.err == nil {
		f.err = f.write()
	}
	if f.err != nil {
		f.r.fail(fmt.Errorf("--report %s: %w", f.path, f.err))
	}
}

func (f *reportFile) write() error {
	if err := f.buf.Flush(); err != nil {
		return err
	}
	if _, err := f.spool.Seek(0, io.SeekStart); err != nil {
		return err
	}
	out, err := atomicfile.Create(f.path)
	if err != nil {
		return err
	}
	if err := f.rb.Finish(out, f.spool); err != nil {
		out.Abort()
		return err
	}
	return out.Commit()
}

// isInput reports whether path is one of the input files.
func isInput(path string, inputs []string) bool {
	fi, err := os.Stat(path)
	if err != nil {
		return false
	}
	for _, in := range inputs {
		if ii, err := os.Stat(in); err == nil && os.SameFile(fi, ii) {
			return true
		}
	}
	return false
}

package cli

import (
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/copydesk/copydesk/cleanup/export"
	"github.com/copydesk/copydesk/cleanup/style"
)

func writeCleanUsage(w io.Writer) {
	fmt.Fprintf(w, `Usage: copydesk clean [flags] PATH...

Clean scraped news headlessly. PATH is a file, a folder (read recursively)
or - for standard input. Flags may come before, between or after paths.

Flags:
  --to FORMAT           output format: %s (default txt)
  -o DIR                write one file per article into DIR (created if
                        missing), named after the title; default: stdout
  --style NAME          house style preset (default %s), one of:
%s  --glossary FILE       extra glossary, applied over the style's (repeatable)
  --accept-suggestions  apply suggested fixes too
  --from FORMAT         input format for - or to override detection:
                        %s
  --report FILE         also write a review report to FILE: one HTML page
                        with every change and suggestion of the batch, its
                        rule, reason and decision, under a summary
  -j N                  clean N articles at a time (default: the cores Go
                        may use, %d here); the output is the same for any N
  -h                    print this help

Several articles on stdout: json is one array, jsonl one object per line,
html one page with an <article> each, docx one document with a page
each, txt and md put a line "==> SOURCE <==" before each article. JSON
offsets (start, end) are byte offsets into "original".

Big batches stream: articles are cleaned and written in windows of up to
1,000 articles or 64 MB of text, so memory stays bounded (with -j above 1,
up to five windows are in work at once); checks across articles (recurring
lines, name variants) look within a window.

txt and md on stdout end with a one-line summary on stderr; the change log
is in --report FILE or --to jsonl/json. docx needs -o DIR or a redirected
stdout. In a folder, files that are not articles (images, PDFs, README.md,
LICENSE…) are skipped with one line on stderr naming them.

Files in -o DIR and the report appear under their final names only when
complete.

Exit status: 0 all good; 1 some input or output failed (one line each on
stderr: copydesk: PATH[:LINE]: message), the rest was still written;
2 bad command line, nothing done.
`, strings.Join(export.Formats(), ", "), style.Default, styleList(), strings.Join(inputFormats, ", "), runtime.GOMAXPROCS(0))
}

// styleList lists the built-in presets with their descriptions.
func styleList() string {
	var b strings.Builder
	for _, name := range style.Names() {
		desc := ""
		if s, err := style.Load(name); err == nil {
			desc = s.Description
		}
		fmt.Fprintf(&b, "                          %-8s %s\n", name, desc)
	}
	return b.String()
}

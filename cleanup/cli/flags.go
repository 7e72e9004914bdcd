package cli

import (
	"flag"
	"io"
	"runtime"
	"strings"
)

// cleanOptions are the flags of `copydesk clean`.
type cleanOptions struct {
	to, out, style, from string
	report               string
	glossaries           listFlag
	acceptSuggestions    bool
	workers              int // -j: articles cleaned at once
}

func cleanFlags(o *cleanOptions) *flag.FlagSet {
	fs := flag.NewFlagSet("copydesk clean", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors and help are printed by the caller
	fs.Usage = func() {}
	fs.StringVar(&o.to, "to", "txt", "output format")
	fs.StringVar(&o.out, "o", "", "output folder")
	fs.StringVar(&o.style, "style", "ap", "house style")
	fs.StringVar(&o.from, "from", "", "input format")
	fs.StringVar(&o.report, "report", "", "review report file")
	fs.Var(&o.glossaries, "glossary", "extra glossary (repeatable)")
	fs.BoolVar(&o.acceptSuggestions, "accept-suggestions", false, "apply suggested fixes too")
	fs.IntVar(&o.workers, "j", runtime.GOMAXPROCS(0), "articles cleaned at once") // the cores Go may use: all, or a container's CPU limit
	return fs
}

// listFlag collects every use of a repeatable flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// parseInterleaved parses flags that may come before, between or after
// the paths, as in `clean a.html --to md b.html`. After "--" everything is
// a path, even if it starts with a dash; "-" alone is stdin.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(paths, rest...), nil
		}
		if len(rest) == 0 {
			return paths, nil
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}

// Package cli is the headless side of Copydesk: `copydesk clean`,
// `copydesk version` and `copydesk help`.
package cli

import (
	"fmt"
	"io"
	"runtime"
)

// Version is set at build time with -ldflags "-X ...cli.Version=…".
var Version = "0.1.0-dev"

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // some input or output failed; each is named on stderr
	exitUsage = 2 // bad command line; nothing was done
)

// IsCommand reports whether args start with a headless subcommand.
func IsCommand(args []string) bool {
	if len(args) == 0 {
		return false
	}
	switch args[0] {
	case "clean", "version", "help", "-h", "--help", "-version", "--version":
		return true
	}
	return false
}

// Run executes a subcommand and returns the process exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return execute(args, env{stdin: stdin, stdout: stdout, stderr: stderr, window: defaultWindow, terminal: isTerminal(stdout)})
}

// env is what a command runs against; tests build their own.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	window         windowLimits // how much of a batch is cleaned at a time
	terminal       bool         // stdout is a terminal, where binary output would be garbage
}

func execute(args []string, e env) int {
	stdout, stderr := e.stdout, e.stderr
	if len(args) == 0 {
		return usageError(stderr, "copydesk", "no command")
	}
	switch args[0] {
	case "clean":
		return clean(args[1:], e)
	case "version", "-version", "--version":
		fmt.Fprintf(stdout, "copydesk %s (%s)\n", Version, runtime.Version())
		return exitOK
	case "help", "-h", "--help":
		return help(args[1:], stdout, stderr)
	}
	return usageError(stderr, "copydesk", fmt.Sprintf("unknown command %q", args[0]))
}

func help(topics []string, stdout, stderr io.Writer) int {
	switch {
	case len(topics) == 0:
		io.WriteString(stdout, mainUsage)
	case len(topics) == 1 && topics[0] == "clean":
		writeCleanUsage(stdout)
	default:
		return usageError(stderr, "copydesk help", fmt.Sprintf("no help for %q", topics))
	}
	return exitOK
}

const mainUsage = `Copydesk cleans scraped, machine-translated news and keeps every change
reversible for review.

Usage:
  copydesk                        open the window (restores the last session)
  copydesk PATH...                open the window with these loaded
  copydesk clean [flags] PATH...  clean headlessly; see copydesk clean -h
  copydesk version                print the version
  copydesk help [clean]           print this help, or the help of clean
`

// usageError reports a bad command line in one line plus a pointer to the
// help, and returns the usage exit code.
func usageError(stderr io.Writer, cmd, msg string) int {
	fmt.Fprintf(stderr, "%s: %s\nRun '%s -h' for help.\n", cmd, msg, cmd)
	return exitUsage
}

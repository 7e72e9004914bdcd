// Package cli is the headless `copydesk clean` command (stub; being written).
package cli

import (
	"fmt"
	"io"
)

// Version is set at build time with -ldflags "-X ...cli.Version=…".
var Version = "0.1.0-dev"

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
	fmt.Fprintln(stderr, "copydesk: not written yet")
	return 2
}

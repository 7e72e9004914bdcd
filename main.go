// Command copydesk cleans scraped, machine-translated news: `copydesk clean`
// runs headless; anything else opens the review window. The window lives in
// main_gui.go; with -tags nogui, main_nogui.go builds a pure-Go binary
// (CGO_ENABLED=0) that has only the commands.
package main

import (
	"os"

	"github.com/copydesk/copydesk/cleanup/cli"
)

func main() {
	args := os.Args[1:]
	if code, done := cli.Dispatch(args, cli.OSLaunch(hasWindow)); done {
		os.Exit(code)
	}
	openWindow(args)
}

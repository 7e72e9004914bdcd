//go:build nogui

package main

// hasWindow is false: this build links no GUI, so cli.Dispatch answers
// every start that would open the window.
const hasWindow = false

func openWindow([]string) { panic("unreachable: cli.Dispatch handles every start without a window") }

package cli

import (
	"bytes"
	"fmt"
	"net"
	"strings"
	"testing"
)

func TestDispatch(t *testing.T) {
	const noDisplay = "copydesk: no display found; the window needs a desktop session — for headless use: copydesk clean [flags] PATH... (copydesk help clean)\n"
	const noWindow = "copydesk: this build has no window (built with -tags nogui); use: copydesk clean [flags] PATH... (copydesk help clean)\n"
	tests := []struct {
		name   string
		args   []string
		window bool
		env    map[string]string
		goos   string
		code   int
		done   bool
		stderr string
	}{
		{name: "window with X11", window: true, env: map[string]string{"DISPLAY": ":0"}, goos: "linux"},
		{name: "window with Wayland and a file", args: []string{"a.html"}, window: true, env: map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, goos: "linux"},
		{name: "no display on Linux", window: true, goos: "linux", code: 2, done: true, stderr: noDisplay},
		{name: "no display with a file", args: []string{"a.html"}, window: true, goos: "linux", code: 2, done: true, stderr: noDisplay},
		{name: "Windows needs no DISPLAY", window: true, goos: "windows"},
		{name: "typo of clean", args: []string{"cleann", "a.html"}, window: true, env: map[string]string{"DISPLAY": ":0"}, goos: "linux",
			code: 2, done: true, stderr: "copydesk: unknown command or file \"cleann\" (commands: clean, version, help)\n"},
		{name: "typo before the display check", args: []string{"cleann"}, window: true, goos: "linux",
			code: 2, done: true, stderr: "copydesk: unknown command or file \"cleann\" (commands: clean, version, help)\n"},
		{name: "command without a display", args: []string{"version"}, window: true, goos: "linux", done: true},
		{name: "nogui build, no arguments", goos: "linux", env: map[string]string{"DISPLAY": ":0"}, code: 2, done: true, stderr: noWindow},
		{name: "nogui build, a file", args: []string{"a.html"}, goos: "linux", code: 2, done: true, stderr: noWindow},
		{name: "nogui build, help", args: []string{"help"}, goos: "linux", done: true},
		{name: "DISPLAY where no X server answers", window: true, env: map[string]string{"DISPLAY": ":99"}, goos: "linux", code: 2, done: true,
			stderr: "copydesk: no X server answers at DISPLAY=:99; the window needs a desktop session — for headless use: copydesk clean [flags] PATH... (copydesk help clean)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			l := Launch{
				Window: tt.window,
				Getenv: func(k string) string { return tt.env[k] },
				Exists: func(p string) bool { return p == "a.html" },
				Reach:  func(d string) bool { return d == ":0" },
				Stdin:  strings.NewReader(""), Stdout: &out, Stderr: &errs,
				GOOS: tt.goos,
			}
			code, done := Dispatch(tt.args, l)
			if code != tt.code || done != tt.done || errs.String() != tt.stderr {
				t.Errorf("got code %d done %v stderr %q; want %d %v %q", code, done, errs.String(), tt.code, tt.done, tt.stderr)
			}
		})
	}
}

// TestReachX checks the real socket probe: an X server nobody runs is not
// reachable, and a socket that listens is.
func TestReachX(t *testing.T) {
	if reachX(":4242") {
		t.Error(":4242 reachable, but no test starts an X server there")
	}
	if !reachX("not a display name") {
		t.Error("an unparsable DISPLAY was refused; it should be left to Xlib")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("no TCP listener here:", err)
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	if port < 6000 {
		t.Skipf("listener on port %d, below X's 6000", port)
	}
	if d := fmt.Sprintf("127.0.0.1:%d", port-6000); !reachX(d) {
		t.Errorf("%s not reachable though a server listens on port %d", d, port)
	}
}

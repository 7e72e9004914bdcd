package cli

import (
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Launch is what the process was started with: whether this build has a
// window, and the environment and file system it can see (injected so tests
// need neither a display nor the GUI).
type Launch struct {
	Window bool                      // false in the nogui (pure-Go) build
	Getenv func(string) string       // os.Getenv
	Exists func(path string) bool    // whether a path names something on disk
	Reach  func(display string) bool // whether an X server answers at $DISPLAY
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	GOOS   string // runtime.GOOS
}

// OSLaunch is the Launch of the running process.
func OSLaunch(window bool) Launch {
	return Launch{
		Window: window,
		Getenv: os.Getenv,
		Exists: func(p string) bool { _, err := os.Lstat(p); return err == nil },
		Reach:  reachX,
		Stdin:  os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		GOOS: runtime.GOOS,
	}
}

// Dispatch handles every start that does not open the window: commands,
// typos, a missing display, a build without a window. It returns the exit
// code and true when the process should end, or false when main may open
// the window with args. It runs before any GUI code, so a machine without
// a display never reaches GLFW.
func Dispatch(args []string, l Launch) (code int, done bool) {
	if IsCommand(args) {
		return Run(args, l.Stdin, l.Stdout, l.Stderr), true
	}
	if len(args) > 0 && !l.Exists(args[0]) {
		fmt.Fprintf(l.Stderr, "copydesk: unknown command or file %q (commands: clean, version, help)\n", args[0])
		return exitUsage, true
	}
	switch {
	case !l.Window:
		fmt.Fprintln(l.Stderr, "copydesk: this build has no window (built with -tags nogui); use: copydesk clean [flags] PATH... (copydesk help clean)")
		return exitUsage, true
	case !needsDisplay(l.GOOS) || l.Getenv("WAYLAND_DISPLAY") != "":
		// the system has a display, or a Wayland session names one: open
	case l.Getenv("DISPLAY") == "":
		fmt.Fprintln(l.Stderr, "copydesk: no display found; the window needs a desktop session — for headless use: copydesk clean [flags] PATH... (copydesk help clean)")
		return exitUsage, true
	case !l.Reach(l.Getenv("DISPLAY")):
		fmt.Fprintf(l.Stderr, "copydesk: no X server answers at DISPLAY=%s; the window needs a desktop session — for headless use: copydesk clean [flags] PATH... (copydesk help clean)\n", l.Getenv("DISPLAY"))
		return exitUsage, true
	}
	return 0, false
}

// needsDisplay reports systems where a window needs an X11 or Wayland
// server named in the environment (macOS and Windows always have one).
func needsDisplay(goos string) bool {
	switch goos {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return true
	}
	return false
}

// xConnectTimeout bounds the check of a remote display (ssh -X forwards
// localhost:10 and up); a local socket answers at once.
const xConnectTimeout = 2 * time.Second

// reachX reports whether an X server accepts connections at display
// ("[host]:N[.S]" or "unix:N"), trying where Xlib would: the socket
// /tmp/.X11-unix/XN (also in the abstract namespace, which containers
// sharing the host's network see) for a local display, TCP port 6000+N for
// a host. A display name it cannot parse is given the benefit of the doubt.
func reachX(display string) bool {
	host, rest, ok := strings.Cut(display, ":")
	num, _, _ := strings.Cut(rest, ".")
	n, err := strconv.Atoi(num)
	if !ok || err != nil || strings.Contains(rest, ":") {
		return true
	}
	dial := func(network, addr string) bool {
		c, err := net.DialTimeout(network, addr, xConnectTimeout)
		if err == nil {
			c.Close()
		}
		return err == nil
	}
	if host == "" || host == "unix" {
		sock := fmt.Sprintf("/tmp/.X11-unix/X%d", n)
		return dial("unix", sock) || dial("unix", "@"+sock)
	}
	return dial("tcp", net.JoinHostPort(host, strconv.Itoa(6000+n)))
}

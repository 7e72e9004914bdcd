package cli

import (
	"os"
	"testing"
)

// childEnv makes the test binary act as the copydesk CLI, so tests can
// run the real command in a subprocess (and kill it) without building the
// GUI: COPYDESK_CLI_CHILD=1 cli.test clean …
const childEnv = "COPYDESK_CLI_CHILD"

// childWindow is the child's streaming window: small, so that its first
// outputs appear after a few articles rather than after 1,000.
var childWindow = windowLimits{articles: 20, bytes: 1 << 20}

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(execute(os.Args[1:], env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, window: childWindow, terminal: isTerminal(os.Stdout)}))
	}
	os.Exit(m.Run())
}

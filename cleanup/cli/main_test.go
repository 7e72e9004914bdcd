package cli

import (
	"os"
	"testing"
)

// childEnv makes the test binary act as the copydesk CLI, so tests can
// run the real command in a subprocess (and kill it) without building the
// GUI: COPYDESK_CLI_CHILD=1 cli.test clean …
const childEnv = "COPYDESK_CLI_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

package spelling

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"
)

// Applying a safe row never makes a word another safe row would change,
// so cleaning twice changes nothing more.
func TestSafeTargetsAreNotSources(t *testing.T) {
	for _, d := range Dialects[:len(Dialects)-1] {
		tab, err := dialectTable(d)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for from, r := range tab {
			if r.list == listSafe {
				n++
				if next, ok := tab[r.to]; ok && next.list != listEither {
					t.Errorf("%s: %s → %s, and %s → %s", d, from, r.to, r.to, next.to)
				}
			}
		}
		if n < 1000 {
			t.Errorf("%s: only %d safe rows", d, n)
		}
	}
}

// The shipped tables are what buildtable makes from ../shared's VarCon and
// stoplists with assets/spelling/overrides.tsv.
func TestTablesAreUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs buildtable")
	}
	root := sharedtest.Root()
	varcon := sharedtest.Path(t, "data/varcon/varcon.txt")
	out := t.TempDir()
	ov, err := os.ReadFile("../../assets/spelling/overrides.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "overrides.tsv"), ov, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", "./cmd/buildtable", "-varcon", varcon, "-stoplists", filepath.Join(root, "data", "stoplists"), "-out", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("buildtable: %v\n%s", err, b)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.tsv"))
	for _, f := range files {
		got, _ := os.ReadFile(f)
		want, err := os.ReadFile(filepath.Join("../../assets/spelling", filepath.Base(f)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("assets/spelling/%s is stale: run go run ./cleanup/spelling/cmd/buildtable", filepath.Base(f))
		}
	}
}

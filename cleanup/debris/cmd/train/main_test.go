package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"
)

// The shipped weights are what the documented command writes from
// ../shared today: a change to the features, the extractor or the corpora
// loader that would change them fails here until the model is retrained.
func TestShippedModelIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains on every corpus page")
	}
	sharedtest.Path(t, "corpus")
	out := filepath.Join(t.TempDir(), "weights.tsv")
	if err := run(sharedtest.Root(), out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "assets", "debris", "model", "weights.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("assets/debris/model/weights.tsv is not what `go run ./cleanup/debris/cmd/train` writes now: retrain and commit the model")
	}
}

package extract

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/cleanup/internal/sharedtest"
)

// corpusPages lists the shared evaluation pages; tests skip when the
// corpora are not beside the repository.
func corpusPages(t testing.TB, limit int) []string {
	dir := sharedtest.Path(t, "corpus/article-extraction-benchmark/html")
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(pages) == 0 {
		sharedtest.Missing(t, fmt.Errorf("no pages in %s", dir))
	}
	if len(pages) > limit {
		pages = pages[:limit]
	}
	return pages
}

func readGz(t testing.TB, path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCorpusInvariants runs real pages through extraction and checks the
// change log; quality is measured by the bench module, not here.
func TestCorpusInvariants(t *testing.T) {
	limit := 181
	if testing.Short() {
		limit = 20
	}
	for _, p := range corpusPages(t, limit) {
		a, err := Page(readGz(t, p), p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		checkInvariants(t, a)
		if len(a.Cleaned()) == 0 {
			t.Errorf("%s: everything was removed", filepath.Base(p))
		}
	}
}

func BenchmarkPageCorpus(b *testing.B) {
	var pages [][]byte
	size := 0
	for _, p := range corpusPages(b, 40) {
		pages = append(pages, readGz(b, p))
		size += len(pages[len(pages)-1])
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := Page(p, "bench"); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkPageFixture(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "share-bar.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := Page(src, "bench"); err != nil {
			b.Fatal(err)
		}
	}
}

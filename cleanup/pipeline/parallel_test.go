package pipeline

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// batchFeed makes n articles of one site with batch effects: a slogan line
// recurring at every article's tail (debris.repeated) and a name spelled
// two ways across articles (the variants pass), over newsmix text of
// varied length.
func batchFeed(tb testing.TB, n int) []*cleanup.Article {
	tb.Helper()
	mix := loadNewsMix(tb)
	as := make([]*cleanup.Article, n)
	for i := range as {
		name := "Oleh Hrytsenko"
		if i%3 == 0 {
			name = "Oleg Gritsenko"
		}
		text := fmt.Sprintf("Report number %d\n\n%s met the delegation on %d May.\n\n", i, name, i%28+1) +
			mix.article(1500+i*97%4000, uint64(i)) + "\nOur journalism depends on readers like you\n"
		as[i] = cleanup.NewArticle(fmt.Sprintf("https://news.example/%d", i), text)
		as[i].Title = fmt.Sprintf("Report number %d", i)
	}
	return as
}

// TestCleanBatchParallelMatchesSerial cleans the same feed serially and on
// four workers and wants identical articles: text, change logs (IDs, states,
// notes), titles and metadata.
func TestCleanBatchParallelMatchesSerial(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	serial, parallel := batchFeed(t, 40), batchFeed(t, 40)
	p.CleanBatch(serial)
	p.CleanBatchParallel(parallel, 4)
	batchRules := map[string]bool{}
	for i := range serial {
		s, q := serial[i], parallel[i]
		if s.Cleaned() != q.Cleaned() || s.Title != q.Title || !reflect.DeepEqual(s.Meta, q.Meta) {
			t.Fatalf("article %d differs:\nserial   %q\nparallel %q", i, s.Cleaned(), q.Cleaned())
		}
		if !reflect.DeepEqual(s.Changes(), q.Changes()) {
			t.Fatalf("article %d: change logs differ", i)
		}
		for _, c := range s.Changes() {
			batchRules[c.Rule] = true
		}
	}
	for _, rule := range []string{"debris.repeated", "names.variant"} {
		if !batchRules[rule] {
			t.Errorf("the feed has no %s change: it does not exercise the batch passes (rules seen: %v)", rule, batchRules)
		}
	}
}

// TestCleanWindowsInOrder streams a feed through CleanWindows in windows of
// 7 and wants every window back, in order, cleaned as CleanBatch cleans
// that window alone.
func TestCleanWindowsInOrder(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	const size = 7
	serial, streamed := batchFeed(t, 30), batchFeed(t, 30)
	for i := 0; i < len(serial); i += size {
		p.CleanBatch(serial[i:min(i+size, len(serial))])
	}
	in := make(chan []*cleanup.Article)
	go func() {
		for i := 0; i < len(streamed); i += size {
			in <- streamed[i:min(i+size, len(streamed))]
		}
		close(in)
	}()
	next := 0
	for w := range p.CleanWindows(in, 3) {
		for _, a := range w {
			if a != streamed[next] {
				t.Fatalf("window out of order: got %s at %d", a.Source, next)
			}
			if a.Cleaned() != serial[next].Cleaned() || !reflect.DeepEqual(a.Changes(), serial[next].Changes()) {
				t.Errorf("article %d differs from CleanBatch of its window", next)
			}
			next++
		}
	}
	if next != len(streamed) {
		t.Errorf("%d articles came back, want %d", next, len(streamed))
	}
}

package pipeline

import (
	"sync"

	"github.com/copydesk/copydesk/cleanup"
)

// CleanBatchParallel is CleanBatch on up to workers goroutines: the
// per-article passes and the closing passes run on several articles at
// once, while each batch pass still runs once over the whole batch, in
// between. Every article is touched by one goroutine at a time and the
// passes keep no state between articles, so the result is CleanBatch's,
// byte for byte. workers < 2 runs on the caller's goroutine.
func (p *Pipeline) CleanBatchParallel(as []*cleanup.Article, workers int) {
	p.prepare(as, workers)
	p.compare(as)
	p.close(as, workers)
}

// CleanWindows cleans a stream of batches ("windows" of a big feed) as
// CleanBatchParallel would each, in order, and sends each cleaned window
// on the returned channel, which is closed after the last. Successive
// windows overlap: while the batch passes, which run on one core, compare
// the articles of window n, window n+1 gets its per-article passes and
// window n-1 its closing passes. Each stage holds one window at a time,
// so at most three windows are inside at once.
func (p *Pipeline) CleanWindows(in <-chan []*cleanup.Article, workers int) <-chan []*cleanup.Article {
	stage := func(in <-chan []*cleanup.Article, f func([]*cleanup.Article)) <-chan []*cleanup.Article {
		out := make(chan []*cleanup.Article)
		go func() {
			defer close(out)
			for as := range in {
				f(as)
				out <- as
			}
		}()
		return out
	}
	prepared := stage(in, func(as []*cleanup.Article) { p.prepare(as, workers) })
	compared := stage(prepared, p.compare)
	return stage(compared, func(as []*cleanup.Article) { p.close(as, workers) })
}

// prepare runs the per-article passes.
func (p *Pipeline) prepare(as []*cleanup.Article, workers int) {
	eachArticle(as, workers, func(a *cleanup.Article) { p.runEach(a, p.passes) })
}

// compare runs the passes that compare articles, each over the whole batch.
func (p *Pipeline) compare(as []*cleanup.Article) {
	for _, bp := range p.batch {
		ds := make([]*cleanup.Draft, len(as))
		for i, a := range as {
			ds[i] = a.NewDraft()
		}
		bp.RunBatch(ds)
		for _, d := range ds {
			d.Commit()
		}
	}
}

// close runs the closing passes and cleans the titles.
func (p *Pipeline) close(as []*cleanup.Article, workers int) {
	eachArticle(as, workers, p.finish)
}

// eachArticle calls f on every article, spreading them over up to workers
// goroutines that take the next article as they finish one (articles vary
// a lot in length, so fixed shares would leave workers idle).
func eachArticle(as []*cleanup.Article, workers int, f func(*cleanup.Article)) {
	workers = min(workers, len(as))
	if workers < 2 {
		for _, a := range as {
			f(a)
		}
		return
	}
	next := make(chan *cleanup.Article)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for a := range next {
				f(a)
			}
		})
	}
	for _, a := range as {
		next <- a
	}
	close(next)
	wg.Wait()
}

package pipeline

import (
	"sync"

	"github.com/copydesk/copydesk/cleanup"
)

// CleanBatchParallel is CleanBatch on up to workers goroutines: the
// per-article passes and the closing passes run on several articles at
// once, while each batch pass still runs once over the whole batch, in
// between. Every article is touched by one goroutine at a time and the
// passes are stateless, so the result is the same, byte for byte, as
// CleanBatch's. workers < 2 runs on the caller's goroutine.
func (p *Pipeline) CleanBatchParallel(as []*cleanup.Article, workers int) {
	eachArticle(as, workers, func(a *cleanup.Article) { p.runEach(a, p.passes) })
	p.runBatch(as)
	eachArticle(as, workers, p.finish)
}

// runBatch runs the passes that compare articles, each over the whole batch.
func (p *Pipeline) runBatch(as []*cleanup.Article) {
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

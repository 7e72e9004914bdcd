package app

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/pipeline"
	"github.com/copydesk/copydesk/cleanup/review"
)

// benchBatch makes n articles of about 400 words with a dozen changes each.
func benchBatch(b *testing.B, n int) *batch {
	clean := ruleCleaner(readRules(b))
	para := strings.Repeat("Officials in Kiev said the talks on grain shipments would resume next week. ", 6)
	var arts []*cleanup.Article
	for i := range n {
		text := fmt.Sprintf("Article %d\n\n", i) + strings.Repeat(para+"\n\nAdvertisement\n\n", 5) + "Secretary-General Gutierrez spoke."
		arts = append(arts, cleanup.NewArticle(fmt.Sprintf("feed.jsonl#%d", i), text))
		arts[i].Title = fmt.Sprintf("Article %d", i)
	}
	clean(pipeline.Options{}, arts)
	return review.NewBatch("bench", nil, arts)
}

// cpuTime is the CPU time the process has used. The shared build machine is
// often loaded several times over, so the benchmarks report CPU ms/op
// beside wall time: that is what the editor's machine would spend.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measure runs op in the benchmark loop and reports CPU ms per op.
func measure(b *testing.B, op func()) {
	start := cpuTime()
	n := 0
	for b.Loop() {
		op()
		n++
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(n), "cpu-ms/op")
}

// BenchmarkFirstPaint: a cleaned 1,000-article batch put on screen with the
// first article shown (target < 1 s).
func BenchmarkFirstPaint(b *testing.B) {
	u := newTestUI(b, b.TempDir()+"/session.json")
	bt := benchBatch(b, 1000)
	measure(b, func() {
		u.setBatch(bt, 0)
		u.win.Canvas().Content().Refresh()
	})
}

// BenchmarkSwitchArticle: showing another article (target < 100 ms).
func BenchmarkSwitchArticle(b *testing.B) {
	u := newTestUI(b, b.TempDir()+"/session.json")
	u.setBatch(benchBatch(b, 1000), 0)
	i := 0
	measure(b, func() {
		i = (i + 1) % 1000
		u.showDoc(i)
	})
}

// BenchmarkAcceptReject: one decision, alternately reject and accept,
// redrawn and autosaved (target < 20 ms).
func BenchmarkAcceptReject(b *testing.B) {
	u := newTestUI(b, b.TempDir()+"/session.json")
	u.setBatch(benchBatch(b, 1000), 0)
	u.stepChange(1)
	reject := true
	measure(b, func() {
		if reject {
			u.rejectSelected()
		} else {
			u.acceptSelected()
		}
		reject = !reject
	})
}

// BenchmarkLongArticle: a 20,000-word article with 4,000 changes opened
// (and a short one, to switch away).
func BenchmarkLongArticle(b *testing.B) {
	u := newTestUI(b, b.TempDir()+"/session.json")
	para := strings.Repeat("Talks in Kiev resumed today. ", 20) // 100 words, 20 changes
	text := strings.Repeat(para+"\n\n", 200)
	a := cleanup.NewArticle("long.txt", text)
	ruleCleaner(readRules(b))(pipeline.Options{}, []*cleanup.Article{a})
	bt := review.NewBatch("long", nil, []*cleanup.Article{a, cleanup.NewArticle("b", "short")})
	u.setBatch(bt, 1)
	b.SetBytes(int64(len(text)))
	measure(b, func() {
		u.showDoc(0)
		u.showDoc(1)
	})
}

// BenchmarkLongArticleDecide: accept/reject inside the 20,000-word article
// (target < 20 ms, as for short ones).
func BenchmarkLongArticleDecide(b *testing.B) {
	u := newTestUI(b, b.TempDir()+"/session.json")
	para := strings.Repeat("Talks in Kiev resumed today. ", 20)
	a := cleanup.NewArticle("long.txt", strings.Repeat(para+"\n\n", 200))
	ruleCleaner(readRules(b))(pipeline.Options{}, []*cleanup.Article{a})
	u.setBatch(review.NewBatch("long", nil, []*cleanup.Article{a}), 0)
	cs := u.doc().Art.Changes()
	u.selectChange(cs[len(cs)/2].ID) // mid-article: the view has to scroll there
	reject := true
	measure(b, func() {
		if reject {
			u.rejectSelected()
		} else {
			u.acceptSelected()
		}
		reject = !reject
	})
}

// BenchmarkUndo: a decision taken back, with the view restored (target
// < 100 ms input to repaint).
func BenchmarkUndo(b *testing.B) {
	u := newTestUI(b, b.TempDir()+"/session.json")
	u.setBatch(benchBatch(b, 1000), 0)
	u.stepChange(1)
	measure(b, func() {
		u.rejectSelected()
		u.undo()
	})
}

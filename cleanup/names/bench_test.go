package names

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk/cleanup"
)

// syntheticGlossary makes n entries of made-up names: two-word people and
// one-word places, each with two variants.
func syntheticGlossary(n int) []Entry {
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		const cons, vows = "bdfghklmnprstvz", "aeiou"
		var b strings.Builder
		b.WriteByte(cons[r.IntN(len(cons))] - 'a' + 'A')
		for i := 0; i < 2+r.IntN(3); i++ {
			b.WriteByte(vows[r.IntN(len(vows))])
			b.WriteByte(cons[r.IntN(len(cons))])
		}
		return b.String()
	}
	seen := map[string]bool{}
	var es []Entry
	for len(es) < n {
		can := word()
		kind := "place"
		if len(es)%2 == 0 {
			can, kind = word()+" "+word(), "person"
		}
		vs := []string{can + "x", can + "q"}
		if seen[strings.ToLower(can)] {
			continue
		}
		seen[strings.ToLower(can)] = true
		es = append(es, Entry{Canonical: can, Variants: vs, Kind: kind, Basis: "synthetic"})
	}
	return es
}

// syntheticText is news-like prose of about size bytes in which one word
// in fifty is a glossary variant.
func syntheticText(es []Entry, size int) string {
	r := rand.New(rand.NewPCG(3, 4))
	common := strings.Fields("the of and to in a is that for on said with as by was at from it an be has he its were which are talks minister government president officials Monday would after not this but have been also their")
	var b strings.Builder
	for b.Len() < size {
		for i := 0; i < 12; i++ {
			if r.IntN(50) == 0 {
				b.WriteString(es[r.IntN(len(es))].Variants[0])
			} else if r.IntN(10) == 0 {
				b.WriteString(strings.Title(common[r.IntN(len(common))]))
			} else {
				b.WriteString(common[r.IntN(len(common))])
			}
			b.WriteByte(' ')
		}
		b.WriteString("Kiev's mayor said.\n")
	}
	return b.String()
}

// BenchmarkGlossaryPass reports MB/s for text sizes and glossary sizes:
// time should grow with text and stay flat with glossary size.
func BenchmarkGlossaryPass(b *testing.B) {
	for _, entries := range []int{100, 10000} {
		es := syntheticGlossary(entries)
		g := NewGlossary(es)
		for _, size := range []int{64 << 10, 1 << 20} {
			text := syntheticText(es, size)
			b.Run(fmt.Sprintf("entries=%d/text=%dKB", entries, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				a := cleanup.NewArticle("bench", text)
				cpu0 := cpuTime()
				for b.Loop() {
					NewGlossaryPass(g).Run(a.NewDraft())
				}
				// The machine is shared: wall-clock MB/s understates the pass,
				// so report throughput per CPU-second too.
				if cpu := cpuTime() - cpu0; cpu > 0 {
					b.ReportMetric(float64(len(text))*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
				}
			})
		}
	}
}

func BenchmarkNewGlossary10k(b *testing.B) {
	es := syntheticGlossary(10000)
	for b.Loop() {
		NewGlossary(es)
	}
}

// cpuTime is the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

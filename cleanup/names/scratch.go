package names

import "sync"

// scratch is the memory one run of the glossary pass fills and drops: the
// tokens of a line, the lone capitalized words and the per-word caches.
// Runs hand it on through a pool, so a long article does not allocate and
// collect it again for every pass over it.
type scratch struct {
	toks       []token
	keyBuf     []byte
	lone       []loneMention
	other      map[string]bool
	firstWords map[string]bool
}

// maxPooledWords bounds the maps and lists a run gives back: clearing a
// map costs its capacity, so a huge article's are left to the collector
// rather than kept, and cleared again, for every short one after it.
const maxPooledWords = 4096

var scratchPool = sync.Pool{New: func() any {
	return &scratch{toks: make([]token, 0, 256), keyBuf: make([]byte, 0, 128)}
}}

// take fills the matcher's buffers from the pool.
func (m *matcher) take() *scratch {
	s := scratchPool.Get().(*scratch)
	m.toks, m.keyBuf = s.toks[:0], s.keyBuf[:0]
	m.surnames.lone, m.surnames.other, m.firstWords = s.lone[:0], s.other, s.firstWords
	return s
}

// give returns the matcher's buffers, emptied, to the pool. The matcher
// must not be used afterwards.
func (m *matcher) give(s *scratch) {
	if cap(m.toks) > maxPooledWords || cap(m.surnames.lone) > maxPooledWords {
		return
	}
	s.toks, s.keyBuf, s.lone = m.toks[:0], m.keyBuf[:0], m.surnames.lone[:0]
	s.other, s.firstWords = emptied(m.surnames.other), emptied(m.firstWords)
	scratchPool.Put(s)
}

// emptied clears a map for reuse, or drops it when it grew too large to
// be worth clearing.
func emptied(words map[string]bool) map[string]bool {
	if len(words) > maxPooledWords {
		return nil
	}
	clear(words)
	return words
}

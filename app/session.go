package app

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/copydesk/copydesk/cleanup/atomicfile"
)

// sessionVersion is bumped whenever sessionFile changes shape; an older or
// newer file is ignored rather than misread.
const sessionVersion = 1

// sessionFile is what comes back on the next start: the sources to reload
// and every decision, keyed by article source and a hash of its original.
type sessionFile struct {
	Version int      `json:"version"`
	Name    string   `json:"name"`
	Sources []string `json:"sources"`
	Current int      `json:"current"`
	// CurrentSource names the article on screen: an index alone opens the
	// wrong one when a file has gone missing since.
	CurrentSource string           `json:"current_source,omitempty"`
	Selected      *selection       `json:"selected,omitempty"` // the change selected in the current article
	Articles      []sessionArticle `json:"articles,omitempty"`
}

// selection names a change by span and rule: ids do not survive a reload.
type selection struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Rule  string `json:"rule"`
}

type sessionArticle struct {
	Source string  `json:"source"`
	Hash   string  `json:"hash"`
	Events []event `json:"events"`
}

// snapshot records the batch; only articles with decisions are listed.
func (b *batch) snapshot(current int) sessionFile {
	s := sessionFile{Version: sessionVersion, Name: b.name, Sources: b.sources, Current: current}
	if current >= 0 && current < len(b.docs) {
		s.CurrentSource = b.docs[current].art.Source
	}
	for _, d := range b.docs {
		if len(d.events) > 0 {
			s.Articles = append(s.Articles, sessionArticle{
				Source: d.art.Source, Hash: strconv.FormatUint(hashText(d.art.Original()), 16), Events: d.events})
		}
	}
	return s
}

// replaySession applies a saved session's decisions to a freshly cleaned
// batch. Articles whose original changed on disk keep the engine's result.
// It returns how many articles could not take their decisions.
func (b *batch) replaySession(s *sessionFile) (stale int) {
	saved := map[string]sessionArticle{}
	for _, a := range s.Articles {
		saved[a.Source] = a
	}
	for _, d := range b.docs {
		sa, ok := saved[d.art.Source]
		if !ok {
			continue
		}
		if sa.Hash != strconv.FormatUint(hashText(d.art.Original()), 16) {
			stale++
			continue
		}
		for _, e := range sa.Events {
			if d.apply(e) != nil {
				stale++
				break
			}
		}
	}
	return stale
}

// currentIn is the index in b of the article that was on screen.
func (s *sessionFile) currentIn(b *batch) int {
	if b != nil && s.CurrentSource != "" {
		for i, d := range b.docs {
			if d.art.Source == s.CurrentSource {
				return i
			}
		}
		return 0
	}
	return s.Current
}

func readSession(path string) (*sessionFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var s sessionFile
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("session %s: %w", path, err)
	}
	if s.Version != sessionVersion {
		return nil, fmt.Errorf("session %s: version %d, want %d", path, s.Version, sessionVersion)
	}
	return &s, nil
}

// writeAtomic replaces path with data (creating its folder) so that a
// reader, or a crash, sees either the old file or the new one.
func writeAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, data)
}

// saver writes sessions off the UI goroutine. Saves that arrive while one
// is being written collapse into the latest.
type saver struct {
	path    string
	onError func(error)

	write   sync.Mutex // held while taking and writing data, so writes land in order
	mu      sync.Mutex
	pending []byte
	busy    bool
	closed  bool // after close, saves are dropped: the app is quitting
	wg      sync.WaitGroup
}

func (s *saver) save(f sessionFile) {
	data, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		s.onError(err)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.pending = data
	if !s.busy {
		s.busy = true
		s.wg.Add(1)
		go s.run()
	}
}

func (s *saver) run() {
	defer s.wg.Done()
	for {
		s.write.Lock()
		s.mu.Lock()
		data := s.pending
		s.pending = nil
		if data == nil {
			s.busy = false
			s.mu.Unlock()
			s.write.Unlock()
			return
		}
		s.mu.Unlock()
		err := writeAtomic(s.path, data)
		s.write.Unlock()
		if err != nil {
			s.onError(err)
		}
	}
}

// close writes the latest requested save before returning and drops any
// later one. Any goroutine may call it (the signal handler does).
func (s *saver) close() error {
	s.write.Lock()
	defer s.write.Unlock()
	s.mu.Lock()
	data := s.pending
	s.pending, s.closed = nil, true
	s.mu.Unlock()
	if data == nil {
		return nil
	}
	return writeAtomic(s.path, data)
}

// flush waits until every requested save is on disk.
func (s *saver) flush() { s.wg.Wait() }

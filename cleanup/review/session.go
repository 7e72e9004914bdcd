package review

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/copydesk/copydesk/cleanup/atomicfile"
)

// SessionVersion is bumped whenever SessionFile changes shape; an older or
// newer file is ignored rather than misread.
const SessionVersion = 1

// SessionFile is what comes back on the next start: the sources to reload
// and every decision, keyed by article source and a hash of its original.
type SessionFile struct {
	Version int      `json:"version"`
	Name    string   `json:"name"`
	Sources []string `json:"sources"`
	Current int      `json:"current"`
	// CurrentSource names the article on screen: an index alone opens the
	// wrong one when a file has gone missing since.
	CurrentSource string           `json:"current_source,omitempty"`
	Selected      *Selection       `json:"selected,omitempty"` // the change selected in the current article
	Articles      []SessionArticle `json:"articles,omitempty"`
}

// Selection names a change by span and rule: ids do not survive a reload.
type Selection struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Rule  string `json:"rule"`
}

type SessionArticle struct {
	Source   string  `json:"source"`
	Hash     string  `json:"hash"`
	Events   []Event `json:"events"`
	Reviewed bool    `json:"reviewed,omitempty"`
}

// Snapshot records the batch; only articles with decisions or a reviewed
// mark are listed.
func (b *Batch) Snapshot(current int) SessionFile {
	s := SessionFile{Version: SessionVersion, Name: b.Name, Sources: b.Sources, Current: current}
	if current >= 0 && current < len(b.Docs) {
		s.CurrentSource = b.Docs[current].Art.Source
	}
	for _, d := range b.Docs {
		if len(d.Events) > 0 || d.Reviewed {
			s.Articles = append(s.Articles, SessionArticle{
				Source: d.Art.Source, Hash: strconv.FormatUint(HashText(d.Art.Original()), 16), Events: d.Events, Reviewed: d.Reviewed})
		}
	}
	return s
}

// ReplaySession applies a saved session's decisions to a freshly cleaned
// batch. Articles whose original changed on disk keep the engine's result.
// It returns how many articles could not take their decisions.
func (b *Batch) ReplaySession(s *SessionFile) (stale int) {
	saved := map[string]SessionArticle{}
	for _, a := range s.Articles {
		saved[a.Source] = a
	}
	for _, d := range b.Docs {
		sa, ok := saved[d.Art.Source]
		if !ok {
			continue
		}
		if sa.Hash != strconv.FormatUint(HashText(d.Art.Original()), 16) {
			stale++
			continue
		}
		d.Reviewed = sa.Reviewed
		for _, e := range sa.Events {
			if d.Apply(e) != nil {
				stale++
				break
			}
		}
	}
	return stale
}

// CurrentIn is the index in b of the article that was on screen.
func (s *SessionFile) CurrentIn(b *Batch) int {
	if b != nil && s.CurrentSource != "" {
		for i, d := range b.Docs {
			if d.Art.Source == s.CurrentSource {
				return i
			}
		}
		return 0
	}
	return s.Current
}

func ReadSession(path string) (*SessionFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var s SessionFile
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("session %s: %w", path, err)
	}
	if s.Version != SessionVersion {
		return nil, fmt.Errorf("session %s: version %d, want %d", path, s.Version, SessionVersion)
	}
	return &s, nil
}

// WriteAtomic replaces path with data (creating its folder) so that a
// reader, or a crash, sees either the old file or the new one.
func WriteAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, data)
}

// NewSaver saves to path and reports write errors to onError (from a
// worker goroutine).
func NewSaver(path string, onError func(error)) *Saver {
	return &Saver{path: path, onError: onError}
}

// Saver writes sessions off the UI goroutine. Saves that arrive while one
// is being written collapse into the latest.
type Saver struct {
	path    string
	onError func(error)

	write   sync.Mutex // held while taking and writing data, so writes land in order
	mu      sync.Mutex
	pending []byte
	busy    bool
	closed  bool // after close, saves are dropped: the app is quitting
	wg      sync.WaitGroup
}

func (s *Saver) Save(f SessionFile) {
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

func (s *Saver) run() {
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
		err := WriteAtomic(s.path, data)
		s.write.Unlock()
		if err != nil {
			s.onError(err)
		}
	}
}

// Close writes the latest requested save before returning and drops any
// later one. Any goroutine may call it (the signal handler does).
func (s *Saver) Close() error {
	s.write.Lock()
	defer s.write.Unlock()
	s.mu.Lock()
	data := s.pending
	s.pending, s.closed = nil, true
	s.mu.Unlock()
	if data == nil {
		return nil
	}
	return WriteAtomic(s.path, data)
}

// Flush waits until every requested save is on disk.
func (s *Saver) Flush() { s.wg.Wait() }

// Absolute makes paths Absolute, so a session restores from any folder.
func Absolute(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		if a, err := filepath.Abs(p); err == nil {
			p = a
		}
		out[i] = p
	}
	return out
}

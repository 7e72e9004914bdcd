package review

import (
	"fmt"
	"strings"
	"time"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/load"
	"github.com/copydesk/copydesk/cleanup/pipeline"
)

// Loader reads articles from paths; Cleaner runs the engine over a batch.
// They are seams: the window passes LoadFiles and CleanWithPipeline, its
// tests a fake engine.
type (
	Loader  func(paths []string, emit func(*cleanup.Article), fail func(error), skip func(path, what string))
	Cleaner func(o pipeline.Options, arts []*cleanup.Article) error
)

// LoadFiles reads files and folders the way the CLI does; skip hears of
// the files in folders that are not articles.
func LoadFiles(paths []string, emit func(*cleanup.Article), fail func(error), skip func(path, what string)) {
	load.Walk(paths, load.Options{Skip: skip}, emit, fail)
}

// CleanWithPipeline runs the real engine; its options layer the user's
// glossaries over the house style's (pipeline.Glossary), as the CLI's do.
func CleanWithPipeline(o pipeline.Options, arts []*cleanup.Article) error {
	p, err := pipeline.New(o)
	if err != nil {
		return err
	}
	p.CleanBatch(arts)
	return nil
}

// Opening describes a batch to build: what to read, what to keep, which
// decisions to replay.
type Opening struct {
	Name    string
	Sources []string // paths to read; none (and nothing kept) means the built-in sample
	All     []string // sources of the resulting batch
	Kept    []*cleanup.Article
	Decided SessionFile  // decisions on the kept articles
	Session *SessionFile // decisions saved by an earlier run, if any
	Engine  pipeline.Options
	Load    Loader
	Clean   Cleaner
}

// progressEvery throttles progress reports while loading.
const progressEvery = 80 * time.Millisecond

// Open loads, cleans, retitles and replays decisions. It touches no shared
// state and runs on a worker goroutine. A batch comes back with a
// *Problems error when some files could not be read or decisions no longer
// fit: the rest is loaded.
func Open(o Opening, progress func(msg string, f float64)) (*Batch, error) {
	arts := o.Kept
	var fails []string
	var skipped load.Skipped
	if len(o.Sources) == 0 && len(o.Kept) == 0 {
		name, text := assets.Sample()
		arts = append(arts, cleanup.NewArticle(name, text))
	} else {
		last := time.Now()
		o.Load(o.Sources, func(a *cleanup.Article) {
			arts = append(arts, a)
			if time.Since(last) > progressEvery {
				last = time.Now()
				progress(fmt.Sprintf("Loaded %d articles…", len(arts)), 0)
			}
		}, func(err error) { fails = append(fails, err.Error()) }, skipped.Add)
	}
	progress(fmt.Sprintf("Cleaning %d articles…", len(arts)), 0.5)
	fresh := arts[len(o.Kept):] // kept articles keep the title they have
	retitle := make([]bool, len(fresh))
	for i, a := range fresh {
		retitle[i] = TitledFromText(a)
	}
	if err := o.Clean(o.Engine, arts); err != nil {
		return nil, err
	}
	for i, a := range fresh {
		if retitle[i] {
			Retitle(a)
		}
	}
	b := NewBatch(o.Name, o.All, arts)
	stale := b.ReplaySession(&o.Decided)
	if o.Session != nil {
		stale += b.ReplaySession(o.Session)
	}
	var msgs []string
	if stale == 1 {
		msgs = append(msgs, "1 article changed since the last session; earlier decisions on it were dropped.")
	} else if stale > 1 {
		msgs = append(msgs, fmt.Sprintf("%d articles changed since the last session; earlier decisions on them were dropped.", stale))
	}
	if len(fails) > 0 {
		msgs = append(msgs, fmt.Sprintf("%d could not be read:\n%s", len(fails), strings.Join(fails, "\n")))
	}
	if note := skipped.Note(); note != "" {
		msgs = append(msgs, upperFirst(note)+".")
	}
	if len(msgs) > 0 {
		return b, &Problems{msgs}
	}
	return b, nil
}

// Problems reports files that failed, or decisions that no longer fit,
// while the rest of the batch loaded.
type Problems struct{ Msgs []string }

func (p *Problems) Error() string { return strings.Join(p.Msgs, "\n\n") }

func upperFirst(s string) string {
	return strings.ToUpper(s[:1]) + s[1:]
}

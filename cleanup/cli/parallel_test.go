package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// batchEffectsFeed writes a JSONL feed whose cleaning depends on the other
// articles of a window: every article of a site ends with the site's
// slogan (removed only because it recurs) and one official's name is
// spelled two ways (suggested only because of the other spelling).
func batchEffectsFeed(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		name := "Oleh Hrytsenko"
		if i%3 == 0 {
			name = "Oleg Gritsenko"
		}
		text := fmt.Sprintf("Talks in Kiev, day %d\n\n%s met the grain delegation in Kiev on day %d.%s\n\nThe talks, which began in %d, went on.\n\nOur journalism depends on readers like you\n",
			i, name, i, strings.Repeat(" The ships waited off Odessa.", i%7), 2000+i%20)
		line, err := json.Marshal(map[string]string{"title": fmt.Sprintf("Day %d", i), "url": fmt.Sprintf("https://site%d.example/%d", i%2, i), "text": text})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(append(line, '\n'))
	}
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestParallelOutputIsSerial cleans a feed with batch effects over many
// windows on one worker and on four, and wants the same bytes.
func TestParallelOutputIsSerial(t *testing.T) {
	feed := batchEffectsFeed(t, 60)
	w := windowLimits{articles: 12, bytes: 1 << 20}
	for _, to := range []string{"jsonl", "md"} {
		code, serial, errs := runIn(t, w, false, "", "clean", "--to", to, "-j", "1", feed)
		if code != 0 {
			t.Fatalf("-j 1: code %d, stderr %q", code, errs)
		}
		for _, want := range []string{"debris.repeated", "names.variant"} {
			if to == "jsonl" && !strings.Contains(serial, want) {
				t.Errorf("the feed shows no %s change: no batch effect to compare", want)
			}
		}
		code, parallel, errs2 := runIn(t, w, false, "", "clean", "--to", to, "-j", "4", feed)
		if code != 0 || errs2 != errs {
			t.Fatalf("-j 4: code %d, stderr %q, want %q", code, errs2, errs)
		}
		if parallel != serial {
			t.Errorf("--to %s: -j 4 output differs from -j 1 (%d vs %d bytes)", to, len(parallel), len(serial))
		}
	}
}

func TestWorkersFlag(t *testing.T) {
	code, _, errs := run(t, "", "clean", "-j", "0", "testdata/in/grain.txt")
	if code != 2 || !strings.HasPrefix(errs, "copydesk clean: -j 0: want at least 1") {
		t.Errorf("code %d, stderr %q", code, errs)
	}
}

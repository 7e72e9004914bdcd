package extract

import (
	"fmt"
	"testing"
)

// The memo forgets beyond maxMemo strings, and a verdict judged again
// after it forgot is the one it gave before.
func TestVocabularyMemoBounded(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	classes := []string{"article-body", "comments", "sidebar widget", "share-buttons", "post-content", "related-posts"}
	first := map[string]verdict{}
	for _, c := range classes {
		first[c] = v.judge(c)
	}
	for i := range 3 * maxMemo {
		v.judge(fmt.Sprintf("atomic-%d", i))
		v.mu.Lock()
		n := len(v.memo)
		v.mu.Unlock()
		if n > maxMemo {
			t.Fatalf("memo holds %d strings, more than %d", n, maxMemo)
		}
	}
	for _, c := range classes {
		if got := v.judge(c); got != first[c] {
			t.Errorf("%q judged %+v after the memo was cleared, %+v before", c, got, first[c])
		}
	}
}

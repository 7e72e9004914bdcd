package evaluate

import (
	"math"
	"testing"
)

func TestShingleScorer(t *testing.T) {
	tests := []struct {
		name, gold, pred string
		p, r             float64
	}{
		{"identical", "a b c d e", "a b c d e", 1, 1},
		{"half extra", "a b c d e", "a b c d e x y z w", 1.0 / 3, 1},
		{"missing tail", "a b c d e f", "a b c d", 1, 1.0 / 3},
		{"short texts", "a b", "a b", 1, 1},
		{"unicode words", "Київ і Харків є", "Київ і Харків є", 1, 1},
		{"empty prediction", "a b c d", "", 0, 0},
	}
	for _, tt := range tests {
		var s ShingleScorer
		s.Add(tt.gold, tt.pred)
		got := s.Scores()
		if math.Abs(got.P-tt.p) > 1e-9 || math.Abs(got.R-tt.r) > 1e-9 {
			t.Errorf("%s: P %.3f R %.3f, want %.3f %.3f", tt.name, got.P, got.R, tt.p, tt.r)
		}
	}
}

func TestSnippetScorer(t *testing.T) {
	var s SnippetScorer
	s.Add([]string{"keep  this", "lost"}, []string{"junk", "absent"}, "we keep\nthis and junk", true)
	s.Add([]string{"x"}, []string{"y"}, "", false)
	if s.tp != 1 || s.fn != 2 || s.fp != 1 || s.tn != 2 {
		t.Errorf("got tp %d fn %d fp %d tn %d", s.tp, s.fn, s.fp, s.tn)
	}
}

func TestHTMLTextJoinsInlineElements(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"chinese with a link", `<p>发表在<a href="#">科学</a>刊物</p>`, "发表在科学刊物"},
		{"bold inside a word", `<p>W<b>or</b>d</p>`, "Word"},
		{"paragraphs separate", `<p>one</p><p>two</p>`, "one two"},
		{"line break separates", `a<br>b`, "a b"},
		{"cells separate", `<td>a</td><td>b</td>`, "a b"},
	}
	for _, tt := range tests {
		if got := NormSpace(htmlText([]byte(tt.html))); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

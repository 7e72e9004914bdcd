package debris

// zones splits an article's lines into head (before the first paragraph of
// prose), body, and tail (after the last). Only paragraphs that no signal
// flags count, and those are never removed, so the zones of the cleaned
// text are the zones of the original: a second run finds nothing new.
type zones struct {
	first, last int    // body paragraph indexes; first > last when none
	script      script // the body's script, if one dominates
}

// A script dominates the body when this share of its letters use it.
const dominantShare = 0.8

// zonesOf finds the first and the last prose line that clean accepts.
func zonesOf(lines []line, clean func(i int) bool) zones {
	z := zones{first: len(lines), last: -1}
	for i := range lines {
		if prose(lines[i]) && clean(i) {
			z.first = i
			break
		}
	}
	for i := len(lines) - 1; i >= z.first; i-- {
		if prose(lines[i]) && clean(i) {
			z.last = i
			break
		}
	}
	return z
}

// measureScript finds the script of the body's kept prose lines.
func (z *zones) measureScript(lines []line, kept func(i int) bool) {
	var counts letterCounts
	for i := max(z.first, 0); i <= z.last; i++ {
		if prose(lines[i]) && kept(i) {
			counts.add(lines[i].text)
		}
	}
	z.script = counts.main(dominantShare)
}

func (z zones) head(i int) bool { return i < z.first }
func (z zones) tail(i int) bool { return i > z.last }
func (z zones) edge(i int) bool { return z.head(i) || z.tail(i) }

// Lines of another script are debris only when short and unpunctuated.
const maxForeignWords = 12

// foreign reports a short line with no letter of the body's script,
// written in another script, and which script that is. Latin lines are
// left alone: in a Russian or Korean article they are names, acronyms and
// e-mail addresses far more often than debris.
func (z zones) foreign(l line) (script, bool) {
	if z.script == scriptNone || l.words > maxForeignWords || prose(l) {
		return scriptNone, false
	}
	var c letterCounts
	c.add(l.text)
	s := c.main(0.7)
	letters := 0
	for _, n := range c[scriptLatin:] {
		letters += n
	}
	return s, s != scriptNone && s != scriptLatin && c[z.script] == 0 && letters >= 3
}

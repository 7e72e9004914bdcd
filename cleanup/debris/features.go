package debris

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup/internal/words"
)

// The classifier judges short lines with no sentence shape: only they can
// be widgets, menus and labels. Longer lines and sentences are the
// article's, whatever the model says.
const maxShapeWords = 12

// shapeCandidate reports whether a line may be judged by shape at all. A line
// that opens with a quotation mark or a dash is a quote or dialogue.
func shapeCandidate(l line) bool {
	if l.words > maxShapeWords || (l.words >= 5 && endsSentence(l.text)) {
		return false
	}
	return !opensQuote(l.text)
}

func opensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(`"'“”‘’„«‹「『—–`, r)
}

// Feature indexes. featureNames gives each its name in the model file.
const (
	fBias = iota
	fOneWord
	fTwoThreeWords
	fFourSixWords
	fSevenPlusWords
	fLogChars
	fStopBody
	fStopBest
	fNoStopBody
	fOtherLanguage
	fOtherScript
	fNoLetters
	fEndsColon
	fEndsSentence
	fEndsQuestion
	fCapitalStart
	fTitleCase
	fAllCaps
	fCountInBrackets
	fMenu3
	fMenu2
	fDateTime
	fCopyright
	fYear
	fURLOrHandle
	fDigitShare
	fComma
	fEndsDash
	fLexicon
	fHead
	fTail
	fMid
	fDistance
	fRelative
	fRun
	fPrevShort
	fNextShort
	fPrevProse
	fNextProse
	fFirstLine
	fLastLine
	fNeighbourForeign
	fEdgeForeign
	fEdgeNoStop
	fMidRun
	fParallel
	fNumbered
	fLabelPrefix
	fPlatform
	fEndsAsterisk
	fAccented
	fAbsentStop
	fHeadsList
	numFeatures
)

var featureNames = [numFeatures]string{
	"bias", "one_word", "two_three_words", "four_six_words", "seven_plus_words", "log_chars",
	"stop_body", "stop_best", "no_stop_body", "other_language", "other_script", "no_letters",
	"ends_colon", "ends_sentence", "ends_question", "capital_start", "title_case", "all_caps",
	"count_in_brackets", "menu_3", "menu_2", "date_time", "copyright", "year", "url_or_handle",
	"digit_share", "comma", "ends_dash", "lexicon",
	"head", "tail", "mid", "distance", "relative", "run", "prev_short", "next_short",
	"prev_prose", "next_prose", "first_line", "last_line", "neighbour_foreign",
	"edge_foreign", "edge_no_stop", "mid_run", "parallel", "numbered",
	"label_prefix", "platform", "ends_asterisk", "accented", "absent_stop", "heads_list",
}

// FeatureNames lists the classifier's features in vector order.
func FeatureNames() []string { return featureNames[:] }

// lineFacts is what a line shows on its own, worked out once per line.
type lineFacts struct {
	x         [numFeatures]float64 // the position-free features
	script    script               // the line's main script, scriptNone if mixed or none
	lang      int                  // the stoplist language that fits it best, -1 if none
	foreign   bool                 // other script or other language than the body
	menuItems int
	menuSep   string
	skeleton  string // the line's form with words and numbers blanked out
	label     bool   // ends with a colon, or a count in brackets
	stamp     bool   // date, time, year or copyright
	handle    bool
	related   bool // a lexicon phrase of the "link to another article" kind
}

// bodyInfo is what the article as a whole shows: where its prose lies and in
// which script and language it is written.
type bodyInfo struct {
	z      zones
	script script
	lang   int     // stoplist language of the prose, -1 if none fits
	plain  bool    // Latin prose written in nearly plain ASCII letters (English)
	marked float64 // share of its Latin letters that are accented
}

// Body language is judged on this many words of prose: enough to tell
// languages apart, few enough to cost nothing on long articles.
const languageSampleWords = 150

func (c *Classifier) measureBody(lines []line, z zones, kept func(i int) bool, s *scratch) bodyInfo {
	b := bodyInfo{z: z, script: z.script, lang: -1}
	if c.stop == nil {
		return b
	}
	var counts stopCounts
	var marked, latin int
	for i := max(z.first, 0); i <= z.last && counts.words < languageSampleWords; i++ {
		if prose(lines[i]) && kept(i) {
			c.stop.count(lines[i].text, &counts, &s.buf, languageSampleWords)
			m, l := accented(lines[i].text)
			marked, latin = marked+m, latin+l
		}
	}
	if latin > 0 {
		b.marked = float64(marked) / float64(latin)
	}
	b.plain = b.script == scriptLatin && latin > 0 && b.marked < plainShare
	if best := counts.best(-1); best >= 0 && counts.density(best) >= minBodyStopDensity {
		b.lang = best
	}
	b.z = c.bodyProper(lines, b, kept, s)
	return b
}

// bodyProper narrows the zones past the prose at either end that is not
// the article's: a notice with a copyright sign, or, when the body's
// language is known, a sentence with none of its stopwords ("Hak Cipta ©
// 2025. Seluruh hak cipta dilindungi." under an English article). Such
// lines are judged like the other edge lines; the body's own prose is
// never a candidate, so the narrowed zones are the same on a second run.
func (c *Classifier) bodyProper(lines []line, b bodyInfo, kept func(i int) bool, s *scratch) zones {
	z := b.z
	notBody := func(i int) bool { return !kept(i) || !prose(lines[i]) || c.foreignProse(lines[i], b, s) }
	first, last := z.first, z.last
	for first <= last && notBody(first) {
		first++
	}
	for last >= first && notBody(last) {
		last--
	}
	if first > last {
		return z // no prose of the body's own: leave the zones alone
	}
	z.first, z.last = first, last
	return z
}

// foreignProse reports a prose line that is not the article's: short
// enough to be a notice, and marked © or free of the body's stopwords.
func (c *Classifier) foreignProse(l line, b bodyInfo, s *scratch) bool {
	if l.words > maxNoticeWords || !prose(l) || opensQuote(l.text) {
		return false
	}
	if copyrightSign(l.text) {
		return true
	}
	if b.lang < 0 || c.stop == nil {
		return false
	}
	var sc stopCounts
	c.stop.count(l.text, &sc, &s.buf, 0)
	return sc.hits[b.lang] == 0
}

// Notices at the edges (copyright, disclaimers) run to this many words.
const maxNoticeWords = 30

// A line is in another language than the body when every word is that
// language's stopword and none the body's; or at least this many are, three
// times as many as the body's, and half of its words or four. One common
// word alone is shared by too many languages ("here" is Breton too, "by"
// Danish).
const minForeignStopwords = 2

func otherLanguage(hits, body, words int) bool {
	if body == 0 && hits == words {
		return true
	}
	return hits >= minForeignStopwords && hits >= 3*body && (2*hits >= words || hits >= 4)
}

func bodyHits(sc *stopCounts, lang int) int {
	if lang < 0 {
		return 0
	}
	return sc.hits[lang]
}

// Prose in a language has at least this share of its stopwords; below it
// the body's language is unknown (Chinese, or a language with no list).
const minBodyStopDensity = 0.15

// facts works out the position-free features of a candidate line.
func (c *Classifier) facts(l line, b bodyInfo, s *scratch) lineFacts {
	var lf lineFacts
	x := &lf.x
	x[fBias] = 1
	switch {
	case l.words == 1:
		x[fOneWord] = 1
	case l.words <= 3:
		x[fTwoThreeWords] = 1
	case l.words <= 6:
		x[fFourSixWords] = 1
	default:
		x[fSevenPlusWords] = 1
	}
	x[fLogChars] = math.Log1p(float64(visibleLength(l))) / 5

	var letters letterCounts
	letters.add(l.text)
	nLetters := 0
	for _, n := range letters[scriptLatin:] {
		nLetters += n
	}
	lf.script = letters.main(0.7)
	lf.lang = -1
	if c.stop != nil {
		var sc stopCounts
		c.stop.count(l.text, &sc, &s.buf, 0)
		lf.lang = sc.best(b.lang)
		x[fStopBody] = sc.density(b.lang)
		x[fStopBest] = sc.density(lf.lang)
		if b.lang >= 0 && sc.hits[b.lang] == 0 {
			x[fNoStopBody] = 1
		}
		if lf.lang >= 0 && lf.lang != b.lang && otherLanguage(sc.hits[lf.lang], bodyHits(&sc, b.lang), sc.words) {
			x[fOtherLanguage] = 1
		}
		if sc.hits == nil || lf.lang >= 0 && sc.hits[lf.lang] == 0 {
			lf.lang = -1
		}
	}
	if b.script != scriptNone && nLetters >= 2 && letters[b.script] == 0 {
		x[fOtherScript] = 1
	}
	if m, l := accented(l.text); b.plain && m > 0 && float64(m) >= max(accentedShare, accentedRatio*b.marked)*float64(l) && x[fOtherScript] == 0 {
		x[fAccented] = 1
	}
	if b.lang >= 0 && l.words >= minAbsentWords && x[fNoStopBody] == 1 {
		x[fAbsentStop] = 1
	}
	lf.foreign = x[fOtherScript] == 1 || x[fOtherLanguage] == 1 || x[fAccented] == 1
	if nLetters == 0 {
		x[fNoLetters] = 1
	}

	text := l.text
	last := lastMark(text)
	x[fEndsColon] = bit(last == ':' || last == '：')
	x[fEndsSentence] = bit(endsSentence(text))
	x[fEndsQuestion] = bit(endsQuestion(text))
	x[fEndsDash] = bit(last == '-' || last == '—' || last == '–')
	x[fComma] = bit(strings.ContainsAny(text, ",،，"))
	shapeOfCase(text, x)
	x[fCountInBrackets] = bit(countInBrackets(text))
	lf.menuItems, lf.menuSep = menu(text)
	x[fMenu3] = bit(lf.menuItems >= 3)
	x[fMenu2] = bit(lf.menuItems == 2)
	toks := s.f.tokenize(text)
	x[fDateTime] = bit(dateLike(text, toks) || clock(text) || words.HasYear(text) && digitShare(text) >= stampDigitShare)
	x[fCopyright] = bit(copyrightSign(text))
	x[fYear] = bit(hasYear(toks))
	lf.handle = urlOrHandle(text)
	x[fURLOrHandle] = bit(lf.handle)
	x[fDigitShare] = digitShare(text)
	if len(toks) > 0 {
		if e := c.lex.matchLexicon(l, toks); e != nil {
			x[fLexicon] = 1
			lf.related = e.Category == relatedCategory
		}
	}
	lf.skeleton = skeletonOf(text)
	x[fLabelPrefix] = bit(labelPrefix(text))
	x[fPlatform] = bit(len(toks) > 0 && c.lex.namesPlatform(toks))
	x[fEndsAsterisk] = bit(last == '*' && !codeLike(text))
	x[fNumbered] = bit(numbered(text))
	lf.label = x[fEndsColon] == 1 || x[fCountInBrackets] == 1 || x[fEndsAsterisk] == 1
	lf.stamp = x[fDateTime] == 1 || x[fCopyright] == 1
	return lf
}

func bit(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// shapeOfCase sets the capitalisation features: scripts without case
// (Arabic, Hebrew, CJK) leave them at zero.
func shapeOfCase(text string, x *[numFeatures]float64) {
	var words, titled, upper, lower int
	for _, w := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			titled++
		}
		for _, r := range w {
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		}
	}
	if words == 0 {
		return
	}
	for _, r := range text {
		if unicode.IsLetter(r) {
			x[fCapitalStart] = bit(unicode.IsUpper(r))
			break
		}
	}
	x[fTitleCase] = float64(titled) / float64(words)
	x[fAllCaps] = bit(upper >= 3 && lower == 0)
}

// countInBrackets finds a number alone in brackets at the end of a line:
// "Comments (12)".
func countInBrackets(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '(' && s[i] != '[' {
			continue
		}
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		// the count closes the line: "(1) Think of a noun" numbers an
		// item, "merge:[6] fix" cites, "(2013)" is a year
		if j > i+1 && j < len(s) && (s[j] == ')' || s[j] == ']') && i > 0 && !words.HasYear(s[i+1:j]) &&
			strings.TrimSpace(s[j+1:]) == "" {
			return true
		}
	}
	return false
}

// A row this share digits is a table's, not a menu.
const maxMenuDigits = 0.3

// menuSeparators part the items of a menu or footer row.
var menuSeparators = []string{"|", "»", "›", ">", "·", "•", " / ", "｜"}

// menu counts the items of a row of short links ("Advertise | Careers |
// Cookie settings") and names the separator; a row needs items of at most
// four words.
func menu(s string) (int, string) {
	if digitShare(s) >= maxMenuDigits {
		return 0, "" // a row of a table of figures
	}
	for _, sep := range menuSeparators {
		if !strings.Contains(s, sep) {
			continue
		}
		items := 0
		for _, it := range strings.Split(s, sep) {
			n := countWords(it)
			if n > 4 || strings.ContainsAny(it, "<=") || n > 0 && strings.IndexFunc(it, unicode.IsLetter) < 0 {
				return 0, "" // markup, code or a row of figures, not a menu
			}
			if n > 0 {
				items++
			}
		}
		if items >= 2 {
			return items, strings.TrimSpace(sep)
		}
	}
	return 0, ""
}

func copyrightSign(s string) bool {
	return strings.ContainsAny(s, "©℗") || strings.Contains(strings.ToLower(s), "(c)") ||
		strings.Contains(strings.ToLower(s), "copyright")
}

func hasYear(toks []token) bool {
	for _, t := range toks {
		if w := t.word(); len(w) == 4 && t.digit && (w[:2] == "19" || w[:2] == "20") {
			return true
		}
	}
	return false
}

// urlOrHandle finds a web address, e-mail, @handle or #hashtag.
func urlOrHandle(s string) bool {
	if strings.Contains(s, "://") || strings.Contains(s, "www.") {
		return true
	}
	for _, w := range strings.Fields(s) {
		if len(w) > 1 && (w[0] == '@' || w[0] == '#') {
			return true
		}
		if at := strings.IndexByte(w, '@'); at > 0 && strings.Contains(w[at:], ".") {
			return true
		}
		for _, tld := range []string{".com", ".org", ".net"} {
			if strings.HasSuffix(strings.TrimRight(w, ".,;:)"), tld) {
				return true
			}
		}
	}
	return false
}

func digitShare(s string) float64 {
	var digits, all int
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		all++
		if unicode.IsDigit(r) {
			digits++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(digits) / float64(all)
}

// layout is where the present lines are, worked out once per round of
// the pass: only present lines count, so the cleaned text gives the same
// features as the last round of the pass that produced it.
type layout struct {
	present    []bool
	prev, next []int // nearest present line before and after, -1 if none
	before     []int // present lines before each index
	total      int
}

func newLayout(present []bool) layout {
	n := len(present)
	lo := layout{present: present, prev: make([]int, n), next: make([]int, n), before: make([]int, n+1)}
	last := -1
	for i := range n {
		lo.prev[i] = last
		lo.before[i+1] = lo.before[i]
		if present[i] {
			last = i
			lo.before[i+1]++
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		lo.next[i] = last
		if present[i] {
			last = i
		}
	}
	lo.total = lo.before[n]
	return lo
}

// between counts the present lines strictly between a and b.
func (lo layout) between(a, b int) int {
	if b <= a+1 {
		return 0
	}
	return lo.before[b] - lo.before[a+1]
}

// context adds where a line sits to its own features: the zone, how far
// from the prose, and what its present neighbours are. facts is nil for
// lines that are not candidates.
func context(lf *lineFacts, i int, lines []line, lo layout, facts []*lineFacts, b bodyInfo) [numFeatures]float64 {
	x := lf.x
	z := b.z
	switch {
	case z.head(i):
		x[fHead] = 1
		x[fDistance] = float64(min(lo.between(i, z.first), 8)) / 8
	case z.tail(i):
		x[fTail] = 1
		x[fDistance] = float64(min(lo.between(z.last, i), 8)) / 8
	default:
		x[fMid] = 1
	}
	if lo.total > 1 {
		x[fRelative] = float64(lo.before[i]) / float64(lo.total-1)
	}
	prev, next := lo.prev[i], lo.next[i]
	short := func(k int) bool { return k >= 0 && facts[k] != nil }
	x[fPrevShort] = bit(short(prev))
	x[fNextShort] = bit(short(next))
	x[fPrevProse] = bit(prev >= 0 && prose(lines[prev]))
	x[fNextProse] = bit(next >= 0 && prose(lines[next]))
	x[fFirstLine] = bit(prev < 0)
	x[fLastLine] = bit(next < 0)
	x[fNeighbourForeign] = bit(shortForeign(prev, facts) || shortForeign(next, facts))
	run := 1
	for k := prev; k >= 0 && run < maxRun && short(k); k = lo.prev[k] {
		run++
	}
	for k := next; k >= 0 && run < maxRun && short(k); k = lo.next[k] {
		run++
	}
	x[fRun] = float64(run-1) / (maxRun - 1)
	edge := 1 - x[fMid]
	x[fEdgeForeign] = edge * bit(lf.foreign)
	x[fEdgeNoStop] = edge * x[fNoStopBody]
	x[fMidRun] = x[fMid] * x[fRun]
	x[fParallel] = bit(inList(lf, i, lo, facts))
	x[fHeadsList] = bit(short(next) && inList(facts[next], next, lo, facts))
	return x
}

// shortForeign reports a candidate line of at most six words in another
// language or script: a widget's label, not a line of a quoted verse.
func shortForeign(k int, facts []*lineFacts) bool {
	return k >= 0 && facts[k] != nil && facts[k].foreign && facts[k].x[fSevenPlusWords] == 0
}

// Runs of short lines longer than this look the same.
const maxRun = 6

// skeletonOf blanks out the words and numbers of a line, keeping its
// punctuation: "England (Group A): 10th appearance" → "a(a):0a".
// Lines of a list or table in the article share one; a widget's lines
// rarely do.
func skeletonOf(s string) string {
	b := make([]byte, 0, 16)
	var prev byte
	for _, r := range s {
		c := byte('.')
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r):
			c = 'a'
		case unicode.IsDigit(r):
			c = '0'
		case unicode.IsSpace(r):
			continue // word counts vary from item to item
		case r < utf8.RuneSelf:
			c = byte(r)
		}
		if c != prev || c == '.' {
			b = append(b, c)
		}
		prev = c
	}
	return string(b)
}

// Skeletons this short ("a", "a a") say nothing about a list.
const minSkeleton = 3

// inList reports a line sharing its skeleton with one of the two present
// lines on either side of it.
func inList(lf *lineFacts, i int, lo layout, facts []*lineFacts) bool {
	for _, step := range [][]int{lo.prev, lo.next} {
		k := i
		for range 2 {
			if k = step[k]; k < 0 || facts[k] == nil {
				break
			}
			if parallel(lf, facts[k]) {
				return true
			}
		}
	}
	return false
}

func parallel(a, b *lineFacts) bool {
	return len(a.skeleton) >= minSkeleton && a.skeleton == b.skeleton
}

// numbered reports a list item opening with a number: "12) …", "3. …".
func numbered(s string) bool {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i > 0 && i < len(s) && strings.IndexByte(").:-", s[i]) >= 0
}

// visibleLength counts the characters of a line with each run of spaces
// as one, so the whitespace pass squeezing spaces later changes nothing
// the classifier sees.
func visibleLength(l line) int {
	n := max(l.words-1, 0)
	for _, r := range l.text {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// A line whose characters are this share digits, with a year in it, is a
// stamp whatever its words ("2025年3月12日 19時05分").
const stampDigitShare = 0.4

// labelPrefix reports a line opening with a short label set off by a
// colon, then more text: "Leia também: Dólar fecha em queda", "外交部：…".
func labelPrefix(s string) bool {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return false
	}
	head, rest := s[:i], strings.TrimLeft(s[i:], ":： ")
	return countWords(head) <= 3 && rest != "" && !strings.ContainsAny(head, "\"“”«»0123456789")
}

// accented counts the Latin letters of s and those outside ASCII (ő, ç,
// ı, ệ). English prose has almost none; a line of Hungarian, Turkish or
// Vietnamese in an English article has many, whatever its words.
func accented(s string) (marked, latin int) {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				latin++
			}
			continue
		}
		if scriptOf(r) == scriptLatin {
			latin++
			marked++
		}
	}
	return marked, latin
}

// Prose with fewer than this share of accented letters is plain (English,
// where only names carry accents); a line of such an article with this
// share or more is in another language.
const (
	plainShare    = 0.012
	accentedShare = 0.05
	accentedRatio = 5 // times the body's share, which names with accents raise
)

// A line of this many words with none of the body's stopwords is not in
// the body's language: a headline in English has "in", "of" or "to".
const minAbsentWords = 5

// codeLike reports a word with a dot inside ("player.setav"): a line of
// code or an address, not a form label.
func codeLike(s string) bool {
	for _, w := range strings.Fields(s) {
		if i := strings.IndexByte(strings.Trim(w, ".,;:"), '.'); i > 0 {
			return true
		}
	}
	return false
}

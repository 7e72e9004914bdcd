package debris

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/internal/words"
)

// Classifier recognises debris no lexicon lists by what it is: a short
// line with no sentence shape, at the edges of the article or standing
// alone between paragraphs, often in another language or script than the
// body, often label- or menu-shaped, often one of a run of such lines. Its
// weights are learned (see Model); the lexicon is one of its features.
type Classifier struct {
	lex   *Lexicon
	stop  *Stoplists
	model *Model
}

// NewClassifier combines a lexicon, stoplists and a model; a nil model
// turns the classifier off.
func NewClassifier(lex *Lexicon, stop *Stoplists, model *Model) *Classifier {
	if lex == nil {
		lex = &Lexicon{}
	}
	return &Classifier{lex: lex, stop: stop, model: model}
}

// Shipped loads the stoplists and model embedded in assets, once.
var Shipped = sync.OnceValues(func() (*Stoplists, *Model) {
	stop, err := LoadStoplists(assets.FS, "stoplists")
	if err != nil {
		panic(err) // embedded data: a broken file is a build mistake
	}
	m, err := LoadModel(assets.FS, "debris/model/weights.tsv")
	if err != nil {
		panic(err)
	}
	return stop, m
})

// scratch holds one run's buffers, so a pass can serve goroutines at once.
type scratch struct {
	f   folder
	buf []byte
}

// judge adds a removal for each line the model finds likely debris, in
// rounds: the lines a round removes leave the context of the next, until a
// round removes nothing. Then the cleaned text, judged again, shows every
// line the same neighbours as that last round did, and nothing more goes.
// Suggestions are those of the last round.
func (c *Classifier) judge(lines []line, removals []*cleanup.Change, z zones, s *scratch) {
	if c == nil || c.model == nil || z.first > z.last {
		return // no prose, no telling the article from its furniture
	}
	present := presentLines(removals)
	b := c.measureBody(lines, z, func(i int) bool { return present[i] }, s)
	facts := c.allFacts(lines, present, b, s)
	decided := make([]*cleanup.Change, len(lines))
	for {
		lo := newLayout(present)
		foreignAt := c.foreignAt(lines, facts, b, s)
		nearest, first := headlineOf(lines, lo, facts, b, foreignAt)
		var removed []int
		for i, lf := range facts {
			decided[i] = nil
			if lf == nil || settled(removals[i]) || !present[i] || i == nearest || i == first {
				continue
			}
			x := context(lf, i, lines, lo, facts, b)
			if removals[i] != nil && !(lines[i].words <= maxWidgetWords || widgetForm(&x) ||
				lines[i].words <= maxHeadLabelWords && x[fHead] == 1 && (foreignAt(i-1) || foreignAt(i+1))) {
				continue // a foreign line of three words or more may be the original title
			}
			if ch, ok := c.decide(lines[i], lf, &x, b, unlistedForm(lines, i, lf, &x, facts, removals, present, b)); ok {
				if ch.State == cleanup.Applied && plainStatement(&x) && namesTheArticle(lines, i, b.z) {
					// Stopword guesses are weak on so few words: a statement
					// about the article's own people is at most suggested.
					ch.State = cleanup.Suggested
				}
				decided[i] = &ch
				if ch.State == cleanup.Applied {
					removed = append(removed, i)
				}
			}
		}
		if len(removed) == 0 {
			break
		}
		for _, i := range removed {
			removals[i], decided[i], present[i] = decided[i], nil, false
		}
	}
	for i, ch := range decided {
		if ch != nil && (removals[i] == nil || ch.State == cleanup.Applied) {
			removals[i] = ch
		}
	}
}

// A foreign line under the headline with at most this many words is a
// widget's label ("האזינו לכתבה", listen to the article), not a title;
// above the article, beside other furniture left untranslated, one of
// maxHeadLabelWords words is too ("استمع إلى المقال").
const maxWidgetWords = 2

// settled reports a line another rule has decided for good. The script
// rule only suggests a foreign line at the head, where it might be an
// original title; the classifier, which sees the line's neighbours, may
// apply the removal instead.
func settled(c *cleanup.Change) bool {
	return c != nil && (c.State == cleanup.Applied || c.Rule != "debris.script")
}

func presentLines(removals []*cleanup.Change) []bool {
	present := make([]bool, len(removals))
	for i, r := range removals {
		present[i] = r == nil || r.State != cleanup.Applied
	}
	return present
}

// allFacts works out the own features of every present candidate line;
// the others stay nil.
func (c *Classifier) allFacts(lines []line, present []bool, b bodyInfo, s *scratch) []*lineFacts {
	facts := make([]*lineFacts, len(lines))
	for i, l := range lines {
		if present[i] && (shapeCandidate(l) || b.z.edge(i) && c.foreignProse(l, b, s)) {
			lf := c.facts(l, b, s)
			facts[i] = &lf
		}
	}
	return facts
}

// decide turns the model's probability into a change; form describes
// the widget form of unseen.go a line shows, if any: such a line is
// removed whatever the model says, as the corpora hold too few of them to
// learn from.
func (c *Classifier) decide(l line, lf *lineFacts, x *[numFeatures]float64, b bodyInfo, form string) (cleanup.Change, bool) {
	p := c.model.prob(x)
	state, ok := c.state(p, x)
	switch {
	case ok && state == cleanup.Applied:
		form = "" // the model's own reading says more
	case form != "":
		state, ok = cleanup.Applied, true
	}
	if !ok {
		return cleanup.Change{}, false
	}
	return cleanup.Change{
		Rule: "debris.shape", Category: cleanup.CatDebris, State: state,
		Confidence: math.Round(p*100) / 100,
		Note:       c.note(l, lf, x, b, p, state, form),
	}, true
}

// state decides from the probability and the features. A removal is
// applied only on evidence of form, not on probability alone: lists, tour
// dates and subheads in the article are short lines too. Between
// paragraphs the bar is higher and the evidence must be a widget's form
// (a menu, a label, a stamp, an address): a short foreign line there may
// be a quoted slogan, and a lexicon word the lexicon keeps to the edges
// ("Share") stays; without that evidence a line there is not even
// suggested. Without evidence of form, a line that holds the body's
// stopwords reads as text, and a list's item or heading as the article's:
// neither is even suggested. (The headline is not
// judged at all: see headlineOf.)
func (c *Classifier) state(p float64, x *[numFeatures]float64) (cleanup.State, bool) {
	mid := x[fMid] == 1
	if mid && x[fLexicon] == 1 {
		return cleanup.Suggested, false
	}
	evidence := hasEvidence(x)
	listed := x[fParallel] == 1 || x[fNumbered] == 1 || x[fHeadsList] == 1
	switch {
	case !evidence && (mid || listed || x[fStopBody] > 0):
		return cleanup.Suggested, false
	case mid && p < c.model.Apply, !mid && p < c.model.Suggest:
		return cleanup.Suggested, false
	case mid && p < c.model.ApplyMid, !mid && p < c.model.Apply, !evidence:
		return cleanup.Suggested, true
	}
	return cleanup.Applied, true
}

// plainStatement reports a line in the body's script that ends like a
// statement and has no widget's form and no lexicon phrase.
func plainStatement(x *[numFeatures]float64) bool {
	return x[fEndsSentence] == 1 && x[fEndsQuestion] == 0 && x[fOtherScript] == 0 &&
		x[fLexicon] == 0 && !widgetForm(x)
}

// namesTheArticle reports a line that names someone or something the
// body names too (a capitalised word of three letters or more that the
// body's other lines use): "al-Sisi said. Sisi added." under an article on
// Sisi is the article's last sentence, whatever language its few stopwords
// suggest, while a rights notice or a "follow us" line names nothing the
// article does.
func namesTheArticle(lines []line, i int, z zones) bool {
	for _, w := range capitalised(lines[i].text) {
		for j := max(z.first, 0); j <= z.last && j < len(lines); j++ {
			if j != i && words.Contains(lines[j].text, w) {
				return true
			}
		}
	}
	return false
}

// capitalised lists the words of s that start with an upper-case letter
// and have at least three letters.
func capitalised(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && utf8.RuneCountInString(w) >= 3 {
			out = append(out, w)
		}
	}
	return out
}

// hasEvidence applies the test of form that fits the line's zone. Between
// paragraphs the article itself has labels ending in a colon, link lists,
// handles and credits, so only a menu, a counter, and foreign or platform
// lines count; a short foreign line only beside another: a run of
// untranslated labels is a widget, a lone one may be a quoted slogan, and
// long ones a quoted verse. A foreign line opening with a label ("Leia
// também: …") is a link, and a line naming a platform with none of the
// body's stopwords ("Ikuti kami di Google News") a follow button.
func hasEvidence(x *[numFeatures]float64) bool {
	foreign := foreignLine(x)
	if x[fMid] == 1 {
		return x[fMenu3] == 1 || x[fCountInBrackets] == 1 ||
			foreign && x[fSevenPlusWords] == 0 && x[fNeighbourForeign] == 1 ||
			(foreign || x[fAbsentStop] == 1) && x[fLabelPrefix] == 1 ||
			x[fPlatform] == 1 && x[fStopBody] == 0 && x[fOneWord]+x[fTwoThreeWords] == 0 && noStatement(x)
	}
	return telltale(x) || foreign && x[fLabelPrefix] == 1 || x[fPlatform] == 1 && noStatement(x) && x[fSevenPlusWords] == 0
}

// headlineOf finds the head lines the classifier must not judge because
// either may be the headline: the head line nearest the body that reads
// as a title in the body's language (three words or more, some of the
// body's stopwords, no label or stamp form), and the first head line that
// could be a title (not foreign, a label, a stamp, an address or a menu) —
// a short headline ("Markets tumble") may stand above a deck. A line
// with furniture on both sides (a breadcrumb, a stamp, a byline, a line
// another rule removed; the first line of a text is always a candidate
// title) that is a widget's label by its words (see widgetLabel), with
// it or a neighbour in another language than the body (the page's own
// furniture, left untranslated), is not that title when a title in the
// body's language stands further down. A lone line above the
// body is its headline in any language. -1 means none.
func headlineOf(lines []line, lo layout, facts []*lineFacts, b bodyInfo, foreignAt func(k int) bool) (nearest, first int) {
	nearest, first = -1, -1
	titleLike := func(lf *lineFacts) bool {
		return lf == nil || !lf.foreign && !lf.label && !lf.stamp && !lf.handle && lf.menuItems == 0
	}
	end := min(b.z.first, len(lines))
	for i := end - 1; i >= 0; i-- {
		if lf := facts[i]; lo.present[i] && lf != nil && lines[i].words >= 3 && lf.x[fStopBody] > 0 && titleLike(lf) {
			nearest = i
			break
		}
	}
	furniture := func(k int) bool { return k < 0 || !lo.present[k] || !titleLike(facts[k]) }
	amidFurniture := func(i int) bool {
		return i > 0 && nearest > i+1 && facts[i] != nil && furniture(i-1) && furniture(i+1) &&
			widgetLabel(lines, i, facts[i], b) && (foreignAt(i-1) || foreignAt(i) || foreignAt(i+1))
	}
	only, heads := -1, 0
	for i := 0; i < end; i++ {
		if !lo.present[i] {
			continue
		}
		if titleLike(facts[i]) && !amidFurniture(i) {
			return nearest, i
		}
		only, heads = i, heads+1
	}
	if heads == 1 {
		first = only
	}
	return nearest, first
}

// Evidence reports whether an example shows the evidence of form an
// applied removal needs where it sits.
func (c *Classifier) Evidence(e Example) bool { return hasEvidence(&e.Features) }

// noStatement reports a line that does not end like a statement: no
// ending, or a call's "!" ("Follow us on Facebook!").
func noStatement(x *[numFeatures]float64) bool {
	return x[fEndsSentence] == 0 || x[fEndsQuestion] == 1
}

// foreignLine reports a line in another language or script than the body:
// by its stopwords, its script, or its accented letters.
func foreignLine(x *[numFeatures]float64) bool {
	return x[fOtherScript] == 1 || x[fOtherLanguage] == 1 || x[fAccented] == 1
}

// widgetForm reports the forms only page furniture takes: a menu, a label
// ending in a colon or carrying a count, a form field marked required
// ("Name *"), a date or copyright stamp, a web address or handle.
func widgetForm(x *[numFeatures]float64) bool {
	few := x[fOneWord] == 1 || x[fTwoThreeWords] == 1
	return x[fMenu3] == 1 || x[fEndsColon] == 1 && few || x[fCountInBrackets] == 1 || x[fEndsAsterisk] == 1 ||
		x[fDateTime] == 1 || x[fCopyright] == 1 || x[fURLOrHandle] == 1
}

// telltale reports a form that widgets have and article lines seldom do
// at the edges: a widget's form, another language or script, a lexicon
// phrase, or a line of one to three words that is not an item of a list
// and holds none of the body's stopwords. A long line in another script
// is more likely a quotation (a verse, a slogan) than a widget.
func telltale(x *[numFeatures]float64) bool {
	few := x[fOneWord] == 1 || x[fTwoThreeWords] == 1
	switch {
	case x[fNoLetters] == 1:
		return false // a rule or a row of stars: harmless, and a separator of the article's
	case widgetForm(x), x[fLexicon] == 1:
		return true
	case x[fParallel] == 1, x[fNumbered] == 1, x[fHeadsList] == 1:
		return false // an item of a list or its heading: the article's, in whatever language
	case x[fOtherLanguage] == 1, x[fOtherScript] == 1 && (few || x[fFourSixWords] == 1),
		x[fAccented] == 1 && (few || x[fFourSixWords] == 1 && x[fStopBody] == 0):
		return true
	}
	// Missing stopwords say something only when the body's language is
	// known, and not of a short statement: "Negotiations continue." and
	// "Sisi added." are the article's last words, not a label.
	return few && x[fStopBody] == 0 && x[fNoStopBody] == 1 && noStatement(x)
}

// Decide says what the pass would do with an example: "applied",
// "suggested" or "" (kept).
func (c *Classifier) Decide(e Example) string {
	if st, ok := c.state(c.model.prob(&e.Features), &e.Features); ok {
		return st.String()
	}
	return ""
}

// note says in plain words what the line looks like and where it sits:
//
//	"Advertise | Careers | Cookie settings" is a menu of 3 short items separated by "|" at the end of the article …
//	"نظرات شما" is a short label-like line in Persian at the end of the article …
func (c *Classifier) note(l line, lf *lineFacts, x *[numFeatures]float64, b bodyInfo, p float64, state cleanup.State, form string) string {
	where := "between paragraphs"
	switch {
	case x[fHead] == 1:
		where = "before the first paragraph"
	case x[fTail] == 1:
		where = "at the end of the article"
	}
	in := ""
	if lf.foreign {
		in = " in " + c.lineLanguage(lf)
	}
	var what string
	switch {
	case form != "":
		what = form
	case lf.menuItems >= 3:
		what = fmt.Sprintf("a menu of %d short items separated by %q%s", lf.menuItems, lf.menuSep, in)
	case x[fCopyright] == 1:
		what = "a copyright line" + in
	case x[fDateTime] == 1:
		what = "a date/time stamp" + in
	case lf.handle:
		what = "a web address, e-mail or social handle" + in
	case x[fPlatform] == 1:
		what = "a line naming a share or follow target (a platform, e-mail)" + in
	case x[fLabelPrefix] == 1 && (lf.foreign || x[fAbsentStop] == 1):
		what = "a link label and headline" + in + ", not in the article's language"
	case x[fEndsAsterisk] == 1:
		what = "a form field marked required" + in
	case lf.foreign && lf.x[fAccented] == 1 && lf.x[fOtherScript]+lf.x[fOtherLanguage] == 0:
		what = fmt.Sprintf("a line in another language (by its accented letters) in %s article, no sentence shape", withArticle(c.bodyLanguage(b)))
	case lf.foreign:
		what = fmt.Sprintf("a %s line in %s article, no sentence shape", c.lineLanguage(lf), withArticle(c.bodyLanguage(b)))
	case lf.label:
		what = "a short label-like line"
	case x[fRun] > 0:
		what = "a short line with no sentence shape, in a run of such lines"
	default:
		what = "a short line with no sentence shape"
	}
	verdict := "likely page debris"
	if state == cleanup.Suggested {
		verdict = "possibly page debris, check before removing"
	}
	return fmt.Sprintf("%s is %s %s (shape classifier %.2f): %s", quote(l.text), what, where, p, verdict)
}

// lineLanguage names what a foreign line is written in: its stoplist
// language, else its script.
func (c *Classifier) lineLanguage(lf *lineFacts) string {
	if lf.lang >= 0 && c.stop != nil && lf.x[fOtherLanguage] == 1 {
		return c.stop.Name(lf.lang)
	}
	if lf.x[fOtherScript] == 1 && lf.script != scriptNone {
		return lf.script.String() + "-script"
	}
	if lf.x[fAccented] == 1 {
		return "another language (by its accented letters)"
	}
	if lf.lang >= 0 && c.stop != nil {
		return c.stop.Name(lf.lang)
	}
	return "another language"
}

func (c *Classifier) bodyLanguage(b bodyInfo) string {
	switch {
	case b.lang >= 0 && c.stop != nil:
		return c.stop.Name(b.lang)
	case b.script != scriptNone:
		return b.script.String() + "-script"
	}
	return "this"
}

// withArticle puts "a" or "an" before a word.
func withArticle(w string) string {
	if w != "" && strings.ContainsRune("AEIOUaeiou", rune(w[0])) {
		return "an " + w
	}
	return "a " + w
}

// Examples lists the candidate lines of a text with the features the pass
// would give them in its first round, after the lexicon and script rules
// have taken their lines: the training data of the model.
func (c *Classifier) Examples(text string) []Example {
	var s scratch
	lines, removals, z := c.lex.judgeLines(text, &s)
	present := presentLines(removals)
	b := c.measureBody(lines, z, func(i int) bool { return present[i] }, &s)
	facts := c.allFacts(lines, present, b, &s)
	lo := newLayout(present)
	nearest, first := headlineOf(lines, lo, facts, b, c.foreignAt(lines, facts, b, &s))
	var out []Example
	for i, lf := range facts {
		if lf == nil || settled(removals[i]) || i == nearest || i == first {
			continue
		}
		out = append(out, Example{Text: lines[i].text, Line: i, Features: context(lf, i, lines, lo, facts, b)})
	}
	return out
}

// Prob is the model's probability for an example's features.
func (c *Classifier) Prob(e Example) float64 { return c.model.prob(&e.Features) }

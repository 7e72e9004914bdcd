package debris

import (
	"strings"

	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/internal/words"
)

// Two widget kinds that no lexicon needs to list, told apart from the
// article by a test the article itself supplies: page furniture uses words
// the article's own paragraphs never do, while a headline, a subhead or a
// closing line shares its words with the text it stands in.

// unlistedForm names the widget form a candidate line shows, "" if none.
func unlistedForm(lines []line, i int, lf *lineFacts, x *[numFeatures]float64, facts []*lineFacts,
	removals []*cleanup.Change, present []bool, b bodyInfo) string {
	switch {
	case linkLine(lines, i, x, b):
		return "a \"read also\" link (a label the article never uses, a headline not in its language)"
	case headStamp(lines[i], x):
		return "a publication stamp (a date and a clock time)"
	case tailNotice(lines, i, lf, x, b):
		return "a closing notice under page furniture, in words the article never uses"
	case relatedLabel(lines, i, lf, facts, b.z):
		return "a related-news label in another language than the article's, above a link"
	case linkUnderLabel(lines, i, x, facts, removals, b.z):
		return "a linked headline in another language than the article's, under a related-news label"
	case inWidgetRun(lines, i, x, present):
		return "a short line inside a block of page furniture"
	}
	return ""
}

// linkLine reports a "read also" line between paragraphs: a short label
// set off by a colon, then a headline with no sentence end ("Baca juga:
// Harga Beras Naik …", "Lees ook: Kabinet wil …"), standing alone between
// two paragraphs, the whole line not in the body's language (another
// language or script, accented letters in plain English prose, or five
// words and more with none of the body's stopwords), and its label using
// no word of the body. A subhead in the article's language keeps its
// stopwords; a label such as "Ukraine:" is a word of the body.
func linkLine(lines []line, i int, x *[numFeatures]float64, b bodyInfo) bool {
	if x[fMid] == 0 || x[fLabelPrefix] == 0 || x[fEndsSentence] == 1 || x[fEndsColon] == 1 ||
		x[fPrevProse] == 0 || x[fNextProse] == 0 || !(foreignLine(x) || x[fAbsentStop] == 1) {
		return false
	}
	t := lines[i].text
	label := t[:strings.IndexAny(t, ":：")]
	if countWords(label) == 1 && x[fSevenPlusWords] == 0 {
		return false // a speaker and a short quotation ("Lula: Brasil não aceitará")
	}
	return !usesBodyWord(lines, i, b.z, label)
}

// widgetLabel reports a head line of at most maxHeadLabelWords words that
// holds none of the body's stopwords and none of its words, and is no stamp,
// menu or address: an audio or share button left untranslated above an
// article in another language ("Lees voor", "Haberi Dinle", "Escuchar
// noticia"). A short headline ("Markets tumble") names what its article
// goes on to name.
func widgetLabel(lines []line, i int, lf *lineFacts, b bodyInfo) bool {
	x := &lf.x
	return b.lang >= 0 && lines[i].words <= maxHeadLabelWords && x[fNoStopBody] == 1 &&
		x[fEndsSentence] == 0 && x[fNoLetters] == 0 && !lf.label && !lf.stamp && !lf.handle &&
		lf.menuItems == 0 && !usesBodyWord(lines, i, b.z, lines[i].text)
}

// Widget buttons carry at most this many words ("Escuchar noticia").
const maxHeadLabelWords = 3

// usesBodyWord reports whether a word of s with at least minBodyWordLetters
// letters occurs as a whole word in a prose line of the body other than i
// (other link lines and labels do not count), as written or
// with its first letter's case swapped (a label's "Lees" against a
// sentence's "lees").
func usesBodyWord(lines []line, i int, z zones, s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		if utf8.RuneCountInString(w) < minBodyWordLetters {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		swapped := string(swapCase(r)) + w[size:]
		for j := max(z.first, 0); j <= z.last && j < len(lines); j++ {
			if j != i && prose(lines[j]) && (words.Contains(lines[j].text, w) || swapped != w && words.Contains(lines[j].text, swapped)) {
				return true
			}
		}
	}
	return false
}

// Words shorter than this ("de", "la") are shared by too many languages to
// tell a label from the body.
const minBodyWordLetters = 3

func swapCase(r rune) rune {
	if unicode.IsUpper(r) {
		return unicode.ToLower(r)
	}
	return unicode.ToUpper(r)
}

// headStamp reports a line above the article that carries both a year and
// a clock time ("11 maart 2025 19:12 Aangepast: …", "नई दिल्ली, 13 मार्च
// 2025, अपडेटेड 10:05 IST"): a page's publication stamp in whatever
// language, with none of the body's stopwords. A dateline opens the first
// paragraph, and a headline that gives a time ("Quake hits at 04:17 on 6
// February 2023") reads in the body's language.
func headStamp(l line, x *[numFeatures]float64) bool {
	return x[fHead] == 1 && x[fYear] == 1 && x[fEndsSentence] == 0 && x[fNoStopBody] == 1 && clock(l.text)
}

// tailNotice reports the last line of the text, of at most maxNoticeLabelWords
// words, below page furniture rather than below the last paragraph, in
// another language (by its script, accents or stopwords) and holding none
// of the body's stopwords nor any word of the body: a rights or
// disclaimer notice in another language ("Minden jog fenntartva."). The
// article's last words sit right under its prose, or name its people
// ("Sisi added.").
func tailNotice(lines []line, i int, lf *lineFacts, x *[numFeatures]float64, b bodyInfo) bool {
	return x[fTail] == 1 && x[fLastLine] == 1 && i > 0 && !prose(lines[i-1]) &&
		lines[i].words <= maxNoticeLabelWords && x[fNoStopBody] == 1 && x[fOtherScript] == 0 &&
		(lf.foreign || foreignStopwords(lf, b)) && !usesBodyWord(lines, i, b.z, lines[i].text)
}

// foreignStopwords reports a line holding stopwords of one language other
// than the body's and none of the body's: "Minden jog fenntartva." has
// Hungarian's "minden", too few to call it Hungarian, enough to tell it
// from an English "Negotiations continue.".
func foreignStopwords(lf *lineFacts, b bodyInfo) bool {
	return b.lang >= 0 && lf.lang >= 0 && lf.lang != b.lang && lf.x[fNoStopBody] == 1
}

// foreignAt reports, for headlineOf, a line in another language than the
// body by its script, accents or stopwords, whether still present or
// removed by another rule; such furniture shows that the page around the
// article was not translated.
func (c *Classifier) foreignAt(lines []line, facts []*lineFacts, b bodyInfo, s *scratch) func(k int) bool {
	return func(k int) bool {
		if k < 0 || k >= len(lines) || prose(lines[k]) {
			return false // a paragraph is no furniture
		}
		lf := facts[k]
		if lf == nil {
			f := c.facts(lines[k], b, s)
			lf = &f
		}
		return lf.foreign || foreignStopwords(lf, b)
	}
}

// A rights notice without its © runs to this many words ("Todos os
// direitos reservados").
const maxNoticeLabelWords = 4

// The lexicon's category of "read also" and "related news" labels.
const relatedCategory = "related"

// relatedLabel reports a lexicon "related news" label between paragraphs
// written in another language or script than the body ("مواضيع ذات صلة"
// in an English article), with a short line under it: the heading of a
// link block. The lexicon keeps such phrases to the edges because a word
// like "Related" may open a line of the article's own; a label left
// untranslated is no word of the article's.
func relatedLabel(lines []line, i int, lf *lineFacts, facts []*lineFacts, z zones) bool {
	x := &lf.x
	return !z.edge(i) && lf.related && lf.foreign && lines[i].words <= maxHeadLabelWords && x[fEndsSentence] == 0 &&
		i+1 < len(lines) && facts[i+1] != nil && !prose(lines[i+1])
}

// linkUnderLabel reports the headline of a link block: a line between
// paragraphs in another language or script than the body, not ending a
// sentence, right under a "related" label (one the lexicon removed, or one
// relatedLabel finds) and right above the next paragraph.
func linkUnderLabel(lines []line, i int, x *[numFeatures]float64, facts []*lineFacts, removals []*cleanup.Change, z zones) bool {
	if x[fMid] == 0 || !foreignLine(x) || x[fEndsSentence] == 1 || i == 0 || i+1 >= len(lines) || !prose(lines[i+1]) {
		return false
	}
	k := i - 1
	if r := removals[k]; r != nil && r.State == cleanup.Applied && r.Rule == "debris."+relatedCategory {
		return true
	}
	return facts[k] != nil && relatedLabel(lines, k, facts[k], facts, z)
}

// inWidgetRun reports a short line after the article with no sentence end
// whose neighbours on both sides are already removed as debris: a field of
// a comment form or a menu entry inside a block of page furniture
// ("Add your comment / Full name / E-mail address"), however plain its
// words. A line of capitalised words only may be a credit or a signature
// ("Jane Doe", "Reuters") and stays.
func inWidgetRun(lines []line, i int, x *[numFeatures]float64, present []bool) bool {
	return x[fTail] == 1 && lines[i].words <= maxHeadLabelWords && x[fEndsSentence] == 0 && x[fTitleCase] < 1 &&
		i > 0 && i+1 < len(lines) && !present[i-1] && !present[i+1]
}

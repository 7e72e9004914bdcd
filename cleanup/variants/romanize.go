package variants

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/names/romanize"
)

// romanize writes Cyrillic names in Latin letters, but only a run of
// capitalized Cyrillic words that is a name by evidence: the glossary
// knows it (then its house spelling is used), the batch names the same
// person in Latin letters (then that spelling is used), or a title or
// role word stands before it (President, minister, президент). A
// capitalized phrase is not a name on its shape alone: a banner quoted in
// guillemets («Україна Переможе») is left alone, and so is a lone
// capitalized word without evidence (a label such as Аккаунт).
//
// With evidence, a run standing in an English line is applied when its
// language is certain (its own letters, or the article's other Cyrillic
// words: і ї є ґ are Ukrainian, ы э ъ ё Russian) or the glossary or the
// batch supplied the spelling; otherwise, and inside Cyrillic text, it is
// suggested. A full name without evidence outside quotation marks is
// suggested. An article mostly in Cyrillic is left alone.
func (p *Pass) romanize(d *cleanup.Draft, latin latinNames) {
	if p.uk == nil && p.ru == nil {
		return
	}
	text := d.Text()
	if cyrillicArticle(text) {
		return // a source-language article: romanizing its names helps no one
	}
	var lang articleLanguage
	var ws []word
	for from := 0; from < len(text); {
		to := lineEnd(text, from)
		if !hasCyrillic(text[from:to]) {
			from = to + 1
			continue
		}
		ws = splitWords(text, from, to, ws[:0])
		for i := 0; i < len(ws); {
			if !cyrName(text, ws[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(ws) && ws[j].sep != 0 && cyrName(text, ws[j]) {
				j++
			}
			if !lang.known {
				lang = p.articleLang(text)
			}
			p.romanizeRun(d, ws, i, j, lang, latin, from)
			i = j
		}
		from = to + 1
	}
}

// articleLanguage is what the whole article says about Ukrainian or
// Russian, for words whose own letters do not tell.
type articleLanguage struct {
	lang      romanize.Lang
	byLetters bool // decided by letters of its Cyrillic prose, not by place names
	known     bool
}

// cyrName: a Cyrillic word with a capital first letter and lower-case rest.
func cyrName(text string, w word) bool {
	if !w.cyrillic || w.allCaps {
		return false
	}
	for _, r := range text[w.start:w.end] {
		return unicode.IsUpper(r)
	}
	return false
}

// Evidence that a run of capitalized Cyrillic words is a name.
const (
	noEvidence       = ""
	evidenceGlossary = "glossary"
	evidenceLatin    = "latin"
	evidenceTitle    = "title"
)

func (p *Pass) romanizeRun(d *cleanup.Draft, ws []word, i, j int, article articleLanguage, latin latinNames, lineStart int) {
	text := d.Text()
	// Only lower-case words vote on the line's language: capitalized ones
	// may be names this pass romanizes, and a second run must decide alike.
	latinWords, cyr := 0, 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(text[w.start:w.end])
		switch {
		case !unicode.IsLower(r):
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Latin, r):
			latinWords++
		}
	}
	inEnglish := latinWords > cyr
	start, end := ws[i].start, ws[j-1].end
	run := text[start:end]
	lang, why, sure := romanize.LangOf(run), "its letters", true
	if lang == romanize.Unknown {
		lang, why, sure = article.lang, "the article's words", article.byLetters
		if !article.byLetters {
			why = "the places the article names"
		}
	}
	scheme, other := p.uk, p.ru
	if lang != romanize.Ukrainian {
		scheme, other = p.ru, p.uk
	}
	if scheme == nil {
		scheme, other = other, nil
	}
	if scheme == nil {
		return
	}
	roman, ok := romanizeWords(scheme, text, ws[i:j])
	if !ok {
		return
	}
	// The glossary or the batch may know the name under the other scheme
	// (the letters did not tell the language).
	repl, evidence, source := p.nameEvidence(roman, latin)
	if evidence == noEvidence && other != nil && !sure {
		if alt, ok := romanizeWords(other, text, ws[i:j]); ok {
			if r, e, s := p.nameEvidence(alt, latin); e != noEvidence {
				repl, evidence, source, scheme, roman = r, e, s, other, alt
			}
		}
	}
	if evidence == noEvidence && i > 0 && p.lx.role(text[ws[i-1].start:ws[i-1].end]) == roleTitle {
		evidence, repl = evidenceTitle, roman
	}
	quoted := insideQuotes(text[lineStart:start])
	switch {
	case evidence == noEvidence && (quoted || j-i == 1):
		return // capitalized words, but nothing says they are a name
	case evidence == noEvidence:
		repl = roman
	}
	state, confidence := cleanup.Suggested, 0.6
	if inEnglish && (evidence == evidenceGlossary || evidence == evidenceLatin || evidence == evidenceTitle && sure && lang != romanize.Unknown) {
		state, confidence = cleanup.Applied, 0.9
	}
	if repl == run {
		return
	}
	note := fmt.Sprintf("Cyrillic name romanized (%s, %s): %s → %s", schemeTitle(scheme.Name), langNote(lang, why), run, roman)
	switch evidence {
	case evidenceGlossary:
		note += fmt.Sprintf("; the glossary's spelling of this name is %s", repl)
	case evidenceLatin:
		note += fmt.Sprintf("; the batch names this person %s in Latin letters (%s)", repl, source)
	case evidenceTitle:
		note += fmt.Sprintf("; a name by the title before it (%s)", text[ws[i-1].start:ws[i-1].end])
	default:
		note += "; nothing but capital letters says this is a name, so only suggested"
	}
	if state == cleanup.Suggested && evidence != noEvidence {
		switch {
		case !inEnglish:
			note += "; inside Cyrillic text, so only suggested"
		default:
			note += "; language not certain from the letters, so only suggested"
		}
	}
	d.Propose(start, end, cleanup.Change{
		Replacement: repl, Rule: RuleRomanize, Category: cleanup.CatNames,
		Note: note, Confidence: confidence, State: state,
	})
}

// romanizeWords writes the words of a run with one scheme, keeping what
// joins them.
func romanizeWords(scheme *romanize.Scheme, text string, ws []word) (string, bool) {
	var b strings.Builder
	pos := ws[0].start
	for _, w := range ws {
		b.WriteString(text[pos:w.start])
		lat, ok := scheme.Word(text[w.start:w.end])
		if !ok {
			return "", false
		}
		b.WriteString(lat)
		pos = w.end
	}
	return b.String(), true
}

// nameEvidence looks a romanized run up in the glossary and among the
// batch's Latin names; it returns the spelling to write and why.
func (p *Pass) nameEvidence(roman string, latin latinNames) (repl, evidence, source string) {
	if house, ok := p.gl.House(roman); ok {
		return house, evidenceGlossary, ""
	}
	if form, src, ok := latin.find(p, roman); ok {
		return form, evidenceLatin, src
	}
	return "", noEvidence, ""
}

// insideQuotes reports whether a quotation opened in the line before a run
// is still open where the run starts: «…», “…”, „…“ or "…".
func insideQuotes(before string) bool {
	guillemets, curly, straight, low := 0, 0, 0, 0
	for _, r := range before {
		switch r {
		case '«':
			guillemets++
		case '»':
			guillemets = max(0, guillemets-1)
		case '„':
			low++
		case '“':
			if low > 0 {
				low--
			} else {
				curly++
			}
		case '”':
			curly = max(0, curly-1)
		case '"':
			straight ^= 1
		}
	}
	return guillemets > 0 || curly > 0 || straight > 0 || low > 0
}

func langNote(l romanize.Lang, why string) string {
	if l == romanize.Unknown {
		return "language not certain, read as Russian"
	}
	return fmt.Sprintf("%s by %s", l, why)
}

func schemeTitle(name string) string {
	switch name {
	case "uk_kmu2010":
		return "Ukrainian KMU 2010"
	case "ru_bgn_pcgn":
		return "Russian BGN/PCGN"
	}
	return name
}

// articleLang decides Ukrainian or Russian for words whose letters do not:
// first by the letters of the article's other Cyrillic words, then by
// whether the article names Ukraine or Russia more (which is not certain).
func (p *Pass) articleLang(text string) articleLanguage {
	// Names are left out: once romanized they would no longer vote, and a
	// second run must decide as the first did.
	var prose strings.Builder
	eachWord(text, func(w word) {
		if w.cyrillic && !cyrName(text, w) {
			prose.WriteString(text[w.start:w.end])
		}
	})
	if l := romanize.LangOf(prose.String()); l != romanize.Unknown {
		return articleLanguage{lang: l, byLetters: true, known: true}
	}
	uk, ru := len(p.contextOffsets(text, roleUkraine)), len(p.contextOffsets(text, roleRussia))
	switch {
	case uk > ru:
		return articleLanguage{lang: romanize.Ukrainian, known: true}
	case ru > uk:
		return articleLanguage{lang: romanize.Russian, known: true}
	}
	return articleLanguage{known: true}
}

// hasCyrillic is a quick test on UTF-8 lead bytes: Cyrillic (U+0400–U+052F)
// starts with 0xD0–0xD4.
func hasCyrillic(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xD0 && c <= 0xD4 {
			return true
		}
	}
	return false
}

// cyrillicArticle: more lower-case Cyrillic words than Latin ones.
func cyrillicArticle(text string) bool {
	if !hasCyrillic(text) {
		return false
	}
	latin, cyr := 0, 0
	eachWord(text, func(w word) {
		r, _ := utf8.DecodeRuneInString(text[w.start:w.end])
		switch {
		case !unicode.IsLower(r):
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	})
	return cyr > latin
}

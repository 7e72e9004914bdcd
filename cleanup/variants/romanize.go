package variants

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/names/romanize"
)

// romanize writes Cyrillic names in Latin letters. A full name (two or
// more words) standing in an English line is applied: the reader cannot
// read it, and the line is the editor's copy. A single word there, or a
// name inside Cyrillic text (a quote, a caption, leftover source), is only
// suggested: the editor may want the quote kept whole. Sentence-opening
// single words inside Cyrillic text are skipped, since any word is
// capitalized there, and an article mostly in Cyrillic is left alone.
func (p *Pass) romanize(d *cleanup.Draft) {
	if p.uk == nil && p.ru == nil {
		return
	}
	text := d.Text()
	if cyrillicArticle(text) {
		return // a source-language article: romanizing its names helps no one
	}
	articleLang := romanize.Unknown
	langKnown := false
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
			if !langKnown {
				articleLang, langKnown = p.articleLang(text), true
			}
			p.romanizeRun(d, ws, i, j, articleLang)
			i = j
		}
		from = to + 1
	}
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

func (p *Pass) romanizeRun(d *cleanup.Draft, ws []word, i, j int, articleLang romanize.Lang) {
	text := d.Text()
	// Only lower-case words vote on the line's language: capitalized ones
	// may be names this pass romanizes, and a second run must decide alike.
	latin, cyr := 0, 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(text[w.start:w.end])
		switch {
		case !unicode.IsLower(r):
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	inEnglish := latin > cyr
	if !inEnglish && j-i == 1 && ws[i].opens {
		return
	}
	start, end := ws[i].start, ws[j-1].end
	run := text[start:end]
	lang, why := romanize.LangOf(run), "its letters"
	if lang == romanize.Unknown {
		lang, why = articleLang, "the article's context"
	}
	scheme := p.uk
	if lang != romanize.Ukrainian {
		scheme = p.ru
	}
	if scheme == nil {
		return
	}
	var b strings.Builder
	pos := start
	for _, w := range ws[i:j] {
		b.WriteString(text[pos:w.start])
		lat, ok := scheme.Word(text[w.start:w.end])
		if !ok {
			return
		}
		b.WriteString(lat)
		pos = w.end
	}
	// A lone capitalized word may be a label (Аккаунт) rather than a name;
	// a first name and a surname together are applied.
	state, confidence := cleanup.Suggested, 0.6
	if inEnglish && lang != romanize.Unknown && j-i > 1 {
		state, confidence = cleanup.Applied, 0.9
	}
	note := fmt.Sprintf("Cyrillic name romanized (%s, %s): %s → %s", schemeTitle(scheme.Name), langNote(lang, why), run, b.String())
	if !inEnglish {
		note += "; inside Cyrillic text, so only suggested"
	}
	d.Propose(start, end, cleanup.Change{
		Replacement: b.String(), Rule: RuleRomanize, Category: cleanup.CatNames,
		Note: note, Confidence: confidence, State: state,
	})
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
// first by the letters of the article's other Cyrillic words, then by whether the
// article names Ukraine or Russia more.
func (p *Pass) articleLang(text string) romanize.Lang {
	// Names are left out: once romanized they would no longer vote, and a
	// second run must decide as the first did.
	var prose strings.Builder
	eachWord(text, func(w word) {
		if w.cyrillic && !cyrName(text, w) {
			prose.WriteString(text[w.start:w.end])
		}
	})
	if l := romanize.LangOf(prose.String()); l != romanize.Unknown {
		return l
	}
	uk, ru := len(p.contextOffsets(text, roleUkraine)), len(p.contextOffsets(text, roleRussia))
	switch {
	case uk > ru:
		return romanize.Ukrainian
	case ru > uk:
		return romanize.Russian
	}
	return romanize.Unknown
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

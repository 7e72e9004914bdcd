package load

import (
	"bufio"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
)

// Headline limits: a first line longer than this is a paragraph.
const (
	maxTitleRunes = 200
	maxTitleWords = 30
)

// textArticle makes an article of plain text or Markdown. The whole text
// is the original; the title is only read from it.
func textArticle(source string, data []byte, format string, in *input) *cleanup.Article {
	d := decodeUTF8(data, in)
	text := string(d.text)
	a := cleanup.NewArticle(source, text)
	a.Format = format
	setMeta(a, "charset", d.charset)
	setMeta(a, "warning", d.warning)
	body := text
	if format == "md" {
		var front map[string]string
		front, body = frontMatter(text)
		for _, k := range []string{"date", "author", "language"} {
			setMeta(a, k, front[k])
		}
		a.Title = front["title"]
	}
	if a.Title == "" {
		a.Title = Headline(body)
		if a.Title != "" {
			a.Meta[TitleSourceKey] = TitleFromFirstLine
		}
	}
	return a
}

// TitleSourceKey in Article.Meta says where a title came from; the value
// TitleFromFirstLine means it is the text's own first line, so it should
// follow that line through cleaning.
const (
	TitleSourceKey     = "title_source"
	TitleFromFirstLine = "first-line"
)

// Headline returns the first line of text when it reads like a title:
// short, not ending like a sentence, and followed by more text. A Markdown
// heading mark is dropped.
func Headline(text string) string {
	text = strings.TrimLeft(text, " \t\r\n")
	line, rest, ok := strings.Cut(text, "\n")
	if !ok || strings.TrimSpace(rest) == "" {
		return ""
	}
	line = strings.TrimSpace(line)
	if h := strings.TrimLeft(line, "#"); len(h) < len(line) && strings.HasPrefix(h, " ") {
		line = strings.TrimSpace(strings.TrimRight(h, "# "))
	}
	if line == "" || utf8.RuneCountInString(line) > maxTitleRunes || len(strings.Fields(line)) > maxTitleWords {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,;:", last) || !opensTitle(first) {
		return ""
	}
	return line
}

// opensTitle accepts a letter, a digit or an opening quote ("«Peace»…"),
// not a bullet, a dash or markup.
func opensTitle(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Pi, unicode.Ps) || r == '"' || r == '\''
}

// frontMatter reads simple `key: value` lines between leading `---` lines
// of a Markdown file, and returns them with the text after them.
func frontMatter(text string) (map[string]string, string) {
	if !strings.HasPrefix(text, "---\n") && !strings.HasPrefix(text, "---\r\n") {
		return nil, text
	}
	fields := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Scan()
	n := len(sc.Text()) + 1
	for sc.Scan() {
		line := sc.Text()
		n += len(line) + 1
		if strings.TrimSpace(line) == "---" {
			return fields, text[min(n, len(text)):]
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		for _, field := range []string{"title", "date", "author", "language"} {
			if slices.Contains(fieldKeys[field], k) && fields[field] == "" {
				fields[field] = v
			}
		}
	}
	return nil, text
}

// setMeta records a non-empty metadata value.
func setMeta(a *cleanup.Article, key, value string) {
	if value = strings.TrimSpace(value); value != "" {
		a.Meta[key] = value
	}
}

package varcon

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Mark qualifies a spelling within a dialect.
type Mark byte

const (
	Plain        Mark = ' ' // the dialect's usual spelling
	Equal        Mark = '.' // also usual (VarCon "."), not the first choice
	Variant      Mark = 'v' // an accepted variant
	Seldom       Mark = 'V' // a seldom-used variant
	Questionable Mark = '-' // a questionable form
	Wrong        Mark = 'x' // listed to say it is not used (VarCon "x")
)

// Valid reports whether a spelling with this mark is correct in the
// dialect: usual, equally usual, or an accepted variant.
func (m Mark) Valid() bool { return m == Plain || m == Equal || m == Variant }

// Form is one spelling of a line with the dialects that use it.
type Form struct {
	Word  string
	Marks map[byte]Mark // dialect letter (A, B, Z, C, D, _) → mark
}

// Line is one row of a family: the same word (one inflection, one sense)
// in each dialect.
type Line struct {
	Forms []Form
	Note  string // sense or part of speech after "|", "" when none
}

// Family is one VarCon entry.
type Family struct {
	Head     string
	Level    int
	Verified bool
	Lines    []Line
	LineNo   int // line of the "# head" row, for messages
}

// Parse reads a VarCon file. VarCon is Latin-1 with CRLF line ends; words
// come back as UTF-8. name is used in error messages.
func Parse(r io.Reader, name string) ([]Family, error) {
	var fams []Family
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		text := latin1(strings.TrimRight(sc.Text(), "\r \t"))
		switch {
		case text == "" || strings.HasPrefix(text, "##"):
			continue
		case strings.HasPrefix(text, "# "):
			f, err := parseHead(text[2:])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, err)
			}
			f.LineNo = n
			fams = append(fams, f)
		default:
			if len(fams) == 0 {
				return nil, fmt.Errorf("%s:%d: variant line before any family header", name, n)
			}
			l, err := parseLine(text)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, err)
			}
			last := &fams[len(fams)-1]
			last.Lines = append(last.Lines, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return fams, nil
}

func latin1(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}

// parseHead reads "neighbor <verified> (level 20)".
func parseHead(s string) (Family, error) {
	var f Family
	if i := strings.Index(s, "(level "); i >= 0 {
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return f, fmt.Errorf("unclosed level in %q", s)
		}
		lv, err := strconv.Atoi(s[i+len("(level ") : i+j])
		if err != nil {
			return f, fmt.Errorf("bad level in %q", s)
		}
		f.Level = lv
		s = s[:i]
	} else {
		return f, fmt.Errorf("family header without a level: %q", s)
	}
	if strings.Contains(s, "<verified>") {
		f.Verified = true
		s = strings.Replace(s, "<verified>", "", 1)
	}
	f.Head = strings.TrimSpace(s)
	if f.Head == "" {
		return f, fmt.Errorf("family header without a word")
	}
	return f, nil
}

// parseLine reads "A Cv: neighbor / B C: neighbour | note # comment".
func parseLine(s string) (Line, error) {
	var l Line
	if i := strings.Index(s, " #"); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexByte(s, '|'); i >= 0 {
		l.Note = strings.TrimSpace(s[i+1:])
		s = s[:i]
	}
	for _, part := range strings.Split(s, " / ") {
		colon := strings.IndexByte(part, ':')
		if colon < 0 {
			return l, fmt.Errorf("spelling without dialects: %q", part)
		}
		f := Form{Word: strings.TrimSpace(part[colon+1:]), Marks: map[byte]Mark{}}
		if f.Word == "" {
			return l, fmt.Errorf("empty spelling in %q", part)
		}
		for _, tag := range strings.Fields(part[:colon]) {
			letter := tag[0]
			if !strings.ContainsRune("ABZCD_", rune(letter)) {
				return l, fmt.Errorf("unknown dialect %q", tag)
			}
			mark := Plain
			for _, c := range []byte(tag[1:]) {
				switch {
				case c == '.' || c == 'v' || c == 'V' || c == '-' || c == 'x':
					mark = Mark(c)
				case '0' <= c && c <= '9': // VarCon's variant level, not used here
				default:
					return l, fmt.Errorf("unknown mark in %q", tag)
				}
			}
			if old, seen := f.Marks[letter]; !seen || old != Plain {
				f.Marks[letter] = mark // "B Bv" on one form: the plain reading wins
			}
		}
		l.Forms = append(l.Forms, f)
	}
	return l, nil
}

// MarkIn returns the mark of form f for dialect d within its line, and
// whether the form belongs to d at all. VarCon leaves a dialect out of a
// line when it spells like another: Z (Oxford -ize) follows B, C follows
// Z, D follows B; "_" stands for every dialect.
func (l Line) MarkIn(i int, d byte) (Mark, bool) {
	for {
		if m, ok := l.Forms[i].Marks[d]; ok {
			return m, true
		}
		if m, ok := l.Forms[i].Marks['_']; ok {
			return m, true
		}
		if l.mentions(d) {
			return 0, false
		}
		switch d {
		case 'Z', 'D':
			d = 'B'
		case 'C':
			d = 'Z'
		default:
			return 0, false
		}
	}
}

func (l Line) mentions(d byte) bool {
	for _, f := range l.Forms {
		if _, ok := f.Marks[d]; ok {
			return true
		}
		if _, ok := f.Marks['_']; ok {
			return true
		}
	}
	return false
}

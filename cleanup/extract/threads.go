package extract

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A reader-comment thread is found by its shape, not its class names: a
// run of look-alike sibling boxes, each opening with a short name line and
// a time (a date, a clock time, a <time> element or a relative time such as
// "2 hours ago"), followed by a short text. Readers' words published as the
// paper's are the worst extraction error, so the run needs no class name
// and no known language; the words in assets/extract/comments.tsv only add
// relative times, header counts and controls to the evidence.
const (
	threadMinRun       = 3    // look-alike comment boxes needed
	threadItemMaxText  = 6000 // bytes in one box, replies included
	threadItemMaxBlock = 40   // paragraphs in one box, replies included
	threadHeadBlocks   = 4    // the name and time lines open a box
	threadNameMax      = 60   // bytes in a name line
	threadNameWords    = 5    // words in a name line
	threadTimeMax      = 80   // bytes in a time line
	threadTextMin      = 12   // bytes of the comment itself
	threadTeaserLink   = 40   // a box opening with a longer link is a teaser
	threadHeaderMax    = 80   // bytes in the header above the first box
	threadControlMax   = 30   // bytes in a control line ("Reply", "Like (3)")
	threadFormLook     = 3    // element siblings after the thread searched for its form
	threadParentSlack  = 300  // bytes besides the boxes in a parent that goes whole
	threadArticleMin   = 200  // bytes of prose before the thread: the article it follows
)

// findThreads returns, per element, the reason to remove it as part of a
// comment thread (nil: none).
func findThreads(r *rendered, m *pageMeta, first []int32, g siblingGroups) []*reason {
	out := make([]*reason, len(r.elems))
	if m.liveBlog {
		return out // a live blog's timed entries are the story
	}
	words, err := loadThreadWords()
	if err != nil {
		// the file is embedded: a broken one is a build mistake
		panic(err)
	}
	shaped := make([]bool, len(r.elems))
	count := make([]int32, len(g.size))
	for i := range r.elems {
		if gr := g.group[i]; gr >= 0 && commentShaped(r, &r.elems[i], first[i], words) {
			shaped[i] = true
			count[gr]++
		}
	}
	done := make([]bool, len(g.size))
	for i := range r.elems {
		gr := g.group[i]
		if !shaped[i] || done[gr] {
			continue
		}
		done[gr] = true // i is the group's first comment box
		if !g.run(count[gr], gr, threadMinRun) || out[i] != nil || insideArticleBody(r, r.elems[i].parent) || !proseBefore(r, first[i]) {
			continue // replies inside a thread already found; a forum's posts
		}
		var items []int32
		for j := r.elems[i].parent + 1; j < int32(len(r.elems)); j++ {
			if g.group[j] == gr {
				items = append(items, j)
			}
		}
		markThread(r, out, r.elems[i].parent, items, first, words)
	}
	return out
}

// proseBefore reports whether the page has an article's worth of prose
// before block b: comments follow an article, while a forum's or a Q&A
// page's posts are its content.
func proseBefore(r *rendered, b int32) bool {
	n := 0
	for _, bl := range r.blocks[:b] {
		if bl.owner >= 0 && isProse(r, bl) {
			n += bl.end - bl.start
		}
	}
	return n >= threadArticleMin
}

// markThread removes a run of comment boxes with its header and its form,
// when the run has one mark of a comment thread besides its shape: reply,
// like or report controls, a header with a count, a form after it, or
// relative times ("2 hours ago"). Dated teasers for other articles have the
// shape alone.
// When the boxes are nearly all of their parent, the parent goes whole
// (with a "load more" line or a count).
func markThread(r *rendered, out []*reason, parent int32, items []int32, first []int32, words *threadWords) {
	text, controls, relative := 0, false, false
	for _, i := range items {
		text += r.elems[i].text
		controls = controls || hasControls(r, &r.elems[i], first[i], words)
		relative = relative || relativeTime(r, &r.elems[i], first[i], words)
	}
	var extras []string
	if controls {
		extras = append(extras, "reply/like/report controls")
	}
	if relative {
		extras = append(extras, "relative times")
	}
	header := threadHeader(r, parent, items[0], first, words)
	form := threadForm(r, parent, items[len(items)-1])
	if header >= 0 {
		extras = append(extras, "a header with a count")
	}
	if form >= 0 {
		extras = append(extras, "a comment form")
	}
	if len(extras) == 0 {
		return
	}
	note := fmt.Sprintf("run of %d same-shaped blocks with name + time lines, %s", len(items), strings.Join(extras, ", "))
	why := &reason{"comments", note + ": reader comments"}
	p := &r.elems[parent]
	if p.text-text <= threadParentSlack && p.node.DataAtom != atom.Body && parent > 0 {
		out[parent] = why
	} else {
		for _, i := range items {
			out[i] = why
		}
	}
	for _, e := range []int32{header, form} {
		if e >= 0 {
			out[e] = why
		}
	}
}

// commentShaped reports whether an element looks like one reader comment:
// a name line and a time line among its first paragraphs, then text.
func commentShaped(r *rendered, e *elem, first int32, words *threadWords) bool {
	if first < 0 || e.blocks < 2 || e.blocks > threadItemMaxBlock || e.text > threadItemMaxText || 2*e.link > e.text {
		return false
	}
	if b := r.blocks[first]; b.linkFirst && b.link >= threadTeaserLink {
		return false
	}
	name, when := -1, -1
	head := min(e.blocks, threadHeadBlocks)
	timeElem := holdsTime(e.node)
	for j := range head {
		b := r.blocks[int(first)+j]
		if tableRow(r, b) {
			return false // a timetable or schedule is data, not a comment
		}
		text := r.text[b.start:b.end]
		if when < 0 && (b.end-b.start <= threadTimeMax && timeShaped(text, words) || timeElem && j > 0 && b.end-b.start <= threadTimeMax && !sentence(text)) {
			when = j
			if name < 0 && hasNameBesideTime(text) {
				name = j
			}
			continue
		}
		if name < 0 && nameShaped(text) {
			name = j
		}
	}
	if name < 0 || when < 0 {
		return false
	}
	// the comment follows its name and time (an embedded post signed
	// below its text is a quote in the story)
	for j := max(name, when) + 1; j < e.blocks; j++ {
		if b := r.blocks[int(first)+j]; b.end-b.start >= threadTextMin {
			return true
		}
	}
	return false
}

// relativeTime reports whether a comment box's opening lines give a
// relative or named time from the word list.
func relativeTime(r *rendered, e *elem, first int32, words *threadWords) bool {
	for j := range min(e.blocks, threadHeadBlocks) {
		b := r.blocks[int(first)+j]
		if b.end-b.start <= threadTimeMax && hasWord(strings.ToLower(r.text[b.start:b.end]), words.time) {
			return true
		}
	}
	return false
}

// nameShaped: a short line of a few words, not a sentence, with a letter.
func nameShaped(text string) bool {
	if len(text) > threadNameMax || sentence(text) || !strings.ContainsFunc(text, unicode.IsLetter) {
		return false
	}
	n := len(strings.Fields(text))
	return n >= 1 && n <= threadNameWords
}

// hasNameBesideTime reports whether a time line also carries a name
// ("Ahmed · 2 hours ago", "Anna says: 12 May 2024 at 10:15").
func hasNameBesideTime(text string) bool {
	words := 0
	for _, f := range strings.Fields(text) {
		if strings.ContainsFunc(f, unicode.IsLetter) && !strings.ContainsFunc(f, unicode.IsDigit) {
			words++
		}
	}
	return words >= 2
}

// timeShaped reports whether a short line gives a time: a clock time
// (10:45), a numeric date (12.03.2024, 2024-03-12, 3/12/24), a day and a
// year ("12 May 2024", in any script), or a relative or named time from
// the word list ("2 hours ago", "منذ ساعتين", "вчера").
func timeShaped(text string, words *threadWords) bool {
	if dateShaped(text) {
		return true
	}
	return hasWord(strings.ToLower(text), words.time)
}

// dateShaped finds a clock time, a numeric date or a year beside another
// number, by the digits alone (any script's digits).
func dateShaped(text string) bool {
	var groups []int // digit-group lengths
	var seps []rune  // separator after each group
	n := 0
	flush := func(sep rune) {
		if n > 0 {
			groups = append(groups, n)
			seps = append(seps, sep)
		}
		n = 0
	}
	year := false
	for _, c := range text {
		if unicode.IsDigit(c) {
			n++
			continue
		}
		if n == 4 {
			year = true
		}
		flush(c)
	}
	if n == 4 {
		year = true
	}
	flush(0)
	for i := 0; i+1 < len(groups); i++ {
		switch seps[i] {
		case ':':
			if groups[i] <= 2 && groups[i+1] == 2 {
				return true // 10:45
			}
		case '.', '/', '-':
			if i+2 < len(groups) && seps[i+1] == seps[i] {
				return true // 12.03.2024
			}
		}
	}
	return year && len(groups) >= 2
}

// holdsTime reports whether a subtree holds a <time> element.
func holdsTime(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Time || holdsTime(c)) {
			return true
		}
	}
	return false
}

// hasControls reports whether a comment box carries buttons (reply, like,
// report): real <button>s, or short lines that are control words.
func hasControls(r *rendered, e *elem, first int32, words *threadWords) bool {
	if holdsButton(e.node) {
		return true
	}
	for j := range e.blocks {
		b := r.blocks[int(first)+j]
		if b.end-b.start <= threadControlMax && hasWord(strings.ToLower(r.text[b.start:b.end]), words.control) {
			return true
		}
	}
	return false
}

func holdsButton(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Button || holdsButton(c)) {
			return true
		}
	}
	return false
}

// threadHeader finds the short line just before the first comment box
// that titles the thread ("12 comments", "التعليقات (12)", "Readers
// respond:"), among the boxes' siblings or, when the boxes open their
// parent, the parent's; -1 when there is none.
func threadHeader(r *rendered, parent, firstItem int32, first []int32, words *threadWords) int32 {
	prev := previousWithText(r, parent, firstItem)
	if prev < 0 && parent > 0 {
		prev = previousWithText(r, r.elems[parent].parent, parent)
	}
	if prev < 0 || r.elems[prev].text > threadHeaderMax || r.elems[prev].blocks != 1 {
		return -1
	}
	b := r.blocks[first[prev]]
	text := r.text[b.start:b.end]
	if sentence(text) && !strings.HasSuffix(text, ":") {
		return -1
	}
	if hasWord(strings.ToLower(text), words.count) || bareCount(text) {
		return prev
	}
	return -1
}

// bareCount reports whether a header is a count in any language: a number
// in brackets ("(12)", "[12]"), or a number beside at most two words
// ("12 Kommentare", "Yorumlar 12"). "Raining on Day 23" is a title.
func bareCount(text string) bool {
	fields := strings.Fields(text)
	number := false
	for _, f := range fields {
		t := strings.Trim(f, "()[]:")
		if t != "" && strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			if strings.HasPrefix(f, "(") || strings.HasPrefix(f, "[") {
				return true
			}
			number = true
		}
	}
	return number && len(fields) <= 3
}

// previousWithText returns the last child of parent before element before
// that has text, or -1.
func previousWithText(r *rendered, parent, before int32) int32 {
	prev := int32(-1)
	if parent < 0 {
		return prev
	}
	for i := parent + 1; i < before; i++ {
		if r.elems[i].parent == parent && r.elems[i].text > 0 {
			prev = i
		}
	}
	return prev
}

// threadForm finds the comment form after the thread: a <form>, or a box
// holding a text area or an e-mail field, among the next few siblings of
// the thread or of its parent; -1 when there is none.
func threadForm(r *rendered, parent, lastItem int32) int32 {
	for _, from := range []int32{lastItem, parent} {
		p := r.elems[from].parent
		seen := 0
		for i := from + 1; i < int32(len(r.elems)) && seen < threadFormLook; i++ {
			if !within(r, i, p) {
				break
			}
			if r.elems[i].parent != p {
				continue
			}
			seen++
			if formLike(r.elems[i].node) {
				return i
			}
		}
	}
	return -1
}

// formLike: a form, or a box holding a text area or an e-mail input.
func formLike(n *html.Node) bool {
	if n.DataAtom == atom.Form || n.DataAtom == atom.Textarea {
		return true
	}
	if n.DataAtom == atom.Input && strings.EqualFold(attr(n, "type"), "email") {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && formLike(c) {
			return true
		}
	}
	return false
}

// insideArticleBody reports whether an element is inside the publisher's
// itemprop="articleBody": a run of quoted messages there is the story.
func insideArticleBody(r *rendered, e int32) bool {
	for ; e >= 0; e = r.elems[e].parent {
		if attr(r.elems[e].node, "itemprop") == "articleBody" {
			return true
		}
	}
	return false
}

package app

import (
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/copydesk/copydesk/cleanup/review"
)

// editRow opens an editor on one passage of the cleaned text. Only that
// passage is in the Entry: a wrapped multi-line Entry over a whole article
// is what makes Fyne slow.
func (u *ui) editRow(i int) {
	d := u.doc()
	if d == nil || i < 0 || i >= len(u.review.blocks) {
		return
	}
	b := u.review.blocks[i]
	text := d.Art.Cleaned()[b.CleanStart:b.CleanEnd]
	entry := u.newEntry(true)
	entry.Wrapping = fyne.TextWrapWord
	entry.SetText(text)
	entry.SetMinRowsVisible(8)
	dlg := dialog.NewCustomConfirm("Edit passage", "Save", "Cancel", entry, func(ok bool) {
		if ok {
			u.applyEdit(i, entry.Text)
		}
	}, u.win)
	dlg.Resize(fyne.NewSize(700, 360))
	u.editor, u.editorDlg = entry, dlg
	u.trackDialog(dlg)
	u.showDialog(dlg)
	u.win.Canvas().Focus(entry)
}

// editorOpen reports whether the passage editor is on screen.
func (u *ui) editorOpen() bool {
	return u.editorDlg != nil && len(u.dialogs) > 0 && u.dialogs[len(u.dialogs)-1] == dialog.Dialog(u.editorDlg)
}

// acceptKey is Ctrl+Enter: Save in the passage editor, else accept the
// selected change. The menu sees the key before the editor does.
func (u *ui) acceptKey() {
	if u.editorOpen() {
		u.editorDlg.Confirm()
		return
	}
	u.acceptSelected()
}

// editActive edits the row last tapped or holding the selected change.
func (u *ui) editActive() { u.editRow(u.review.active) }

// applyEdit records the new text of row i as a manual change covering only
// the part that differs, so untouched fixes around it stay separate.
func (u *ui) applyEdit(i int, text string) {
	b := u.review.blocks[i]
	old := u.doc().Art.Cleaned()[b.CleanStart:b.CleanEnd]
	p, s := commonAffixes(old, text)
	if p == len(old) && p == len(text) {
		return
	}
	p, s = wordAffixes(old, text, p, s)
	u.decide(event{Op: review.OpEdit, Start: b.CleanStart + p, End: b.CleanEnd - s, Text: text[p : len(text)-s]})
}

// commonAffixes returns the byte lengths of the longest common prefix and
// suffix of a and b, on character boundaries and not overlapping.
func commonAffixes(a, b string) (prefix, suffix int) {
	for prefix < len(a) && prefix < len(b) && a[prefix] == b[prefix] {
		prefix++
	}
	for prefix > 0 && (prefix < len(a) && !utf8.RuneStart(a[prefix]) || prefix < len(b) && !utf8.RuneStart(b[prefix])) {
		prefix--
	}
	limit := min(len(a), len(b)) - prefix
	for suffix < limit && a[len(a)-1-suffix] == b[len(b)-1-suffix] {
		suffix++
	}
	for suffix > 0 && (!utf8.RuneStart(a[len(a)-suffix]) || !utf8.RuneStart(b[len(b)-suffix])) {
		suffix--
	}
	return prefix, suffix
}

// wordAffixes shrinks the common prefix and suffix of old and new so the
// change starts and ends on word boundaries: "Tuesday → Wednesday", not
// "Tu → Wedn".
func wordAffixes(old, new string, prefix, suffix int) (int, int) {
	for prefix > 0 && (midWord(old, prefix) || midWord(new, prefix)) {
		_, n := utf8.DecodeLastRuneInString(old[:prefix])
		prefix -= n
	}
	for suffix > 0 && (midWord(old, len(old)-suffix) || midWord(new, len(new)-suffix)) {
		_, n := utf8.DecodeRuneInString(old[len(old)-suffix:])
		suffix -= n
	}
	return prefix, suffix
}

// midWord reports whether offset i of s falls between two word characters.
func midWord(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(before) && isWordRune(after)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

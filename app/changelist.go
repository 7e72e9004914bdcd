package app

import (
	"fmt"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/copydesk/copydesk/cleanup"
)

// changePane lists the current article's changes, fixes and suggestions
// apart, and explains and decides the selected one.
type changePane struct {
	u           *ui
	tabs        *container.AppTabs
	fixTab      *container.TabItem
	suggTab     *container.TabItem
	fixes       *widget.List
	suggs       *widget.List
	fixIDs      []int
	suggIDs     []int
	detail      *widget.Label
	accept      *widget.Button
	reject      *widget.Button
	jump        *widget.Button
	acceptRule  *widget.Button
	rejectRule  *widget.Button
	acceptSuggs *widget.Button
	learn       *widget.Button
	selecting   bool // set while the pane itself moves a list selection
	obj         fyne.CanvasObject
}

func newChangePane(u *ui) *changePane {
	p := &changePane{u: u}
	p.fixes = p.newList(&p.fixIDs)
	p.suggs = p.newList(&p.suggIDs)
	p.fixTab = container.NewTabItem("Changes", p.fixes)
	p.suggTab = container.NewTabItem("Suggestions", p.suggs)
	p.tabs = container.NewAppTabs(p.fixTab, p.suggTab)
	p.detail = widget.NewLabel("Select a change to see why it was made.")
	p.detail.Wrapping = fyne.TextWrapWord
	p.accept = widget.NewButtonWithIcon("Accept", theme.ConfirmIcon(), u.acceptSelected)
	p.accept.Importance = widget.HighImportance
	p.reject = widget.NewButtonWithIcon("Reject", theme.CancelIcon(), u.rejectSelected)
	p.jump = widget.NewButtonWithIcon("Show in text", theme.SearchIcon(), u.jumpToSelected)
	// Short labels keep the pane narrow, so the review gets the width; the
	// Edit menu and the confirmations spell them out.
	p.acceptRule = widget.NewButton("Accept same…", func() { u.decideSameFix(true) })
	p.rejectRule = widget.NewButton("Reject same…", func() { u.decideSameFix(false) })
	p.acceptSuggs = widget.NewButton("Accept suggestions", u.acceptAllSuggestions)
	p.learn = widget.NewButtonWithIcon("To my glossary", theme.ContentAddIcon(), u.learnSelected)
	buttons := container.NewVBox(
		container.NewGridWithColumns(2, p.accept, p.reject),
		container.NewGridWithColumns(2, p.acceptRule, p.rejectRule),
		container.NewGridWithColumns(2, p.jump, p.learn),
		p.acceptSuggs)
	detail := container.NewBorder(nil, buttons, nil, nil, container.NewVScroll(p.detail))
	split := container.NewVSplit(p.tabs, detail)
	split.Offset = 0.55
	p.obj = split
	p.setButtons(cleanup.Change{}, false)
	return p
}

func (p *changePane) newList(ids *[]int) *widget.List {
	l := widget.NewList(
		func() int { return len(*ids) },
		func() fyne.CanvasObject {
			swatch := canvas.NewRectangle(nil)
			swatch.SetMinSize(fyne.NewSize(6, 6))
			text := widget.NewLabel("")
			text.Truncation = fyne.TextTruncateEllipsis
			state := widget.NewLabel("")
			return container.NewBorder(nil, nil, swatch, state, text)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			c, ok := p.u.doc().Art.Change((*ids)[id])
			if !ok {
				return
			}
			box := o.(*fyne.Container)
			setText(box.Objects[0].(*widget.Label), summary(c))
			if col := theme.Color(categoryColor(c.Category)); box.Objects[1].(*canvas.Rectangle).FillColor != col {
				box.Objects[1].(*canvas.Rectangle).FillColor = col
				box.Objects[1].Refresh()
			}
			setText(box.Objects[2].(*widget.Label), c.State.String())
		},
	)
	l.OnSelected = func(id widget.ListItemID) {
		if !p.selecting && id < len(*ids) {
			p.u.selectChange((*ids)[id])
		}
	}
	return l
}

// show reloads both lists for the current article.
func (p *changePane) show() {
	p.fixIDs, p.suggIDs = p.fixIDs[:0], p.suggIDs[:0]
	if d := p.u.doc(); d != nil {
		for _, c := range d.Art.Changes() {
			if isSuggestion(c) {
				p.suggIDs = append(p.suggIDs, c.ID)
			} else {
				p.fixIDs = append(p.fixIDs, c.ID)
			}
		}
	}
	p.fixTab.Text = fmt.Sprintf("Changes (%d)", len(p.fixIDs))
	p.suggTab.Text = fmt.Sprintf("Suggestions (%d)", len(p.suggIDs))
	p.tabs.Refresh()
	p.fixes.Refresh()
	p.suggs.Refresh()
	p.reselect(p.u.sel)
}

// refreshChange redraws one change after a decision on it, leaving the
// lists and the selection as they are.
func (p *changePane) refreshChange(id int) {
	for _, l := range []struct {
		list *widget.List
		ids  []int
	}{{p.fixes, p.fixIDs}, {p.suggs, p.suggIDs}} {
		for row, x := range l.ids {
			if x == id {
				l.list.RefreshItem(row)
			}
		}
	}
	c, ok := p.u.doc().Art.Change(p.u.sel)
	p.setButtons(c, ok)
	if ok {
		p.detail.SetText(explain(c))
	}
}

// isSuggestion tells an uncertain fix (listed apart) from an engine fix.
func isSuggestion(c cleanup.Change) bool { return c.Suggestion || c.State == cleanup.Suggested }

// reselect shows change id (0: none) as selected and explains it.
func (p *changePane) reselect(id int) {
	p.selecting = true
	defer func() { p.selecting = false }()
	p.fixes.UnselectAll()
	p.suggs.UnselectAll()
	d := p.u.doc()
	c, ok := cleanup.Change{}, false
	if d != nil && id != 0 {
		c, ok = d.Art.Change(id)
	}
	p.setButtons(c, ok)
	if !ok {
		p.detail.SetText("Select a change to see why it was made.")
		return
	}
	p.detail.SetText(explain(c))
	list, ids, tab := p.fixes, p.fixIDs, p.fixTab
	if isSuggestion(c) {
		list, ids, tab = p.suggs, p.suggIDs, p.suggTab
	}
	for row, x := range ids {
		if x == id {
			p.tabs.Select(tab)
			list.Select(row)
			list.ScrollTo(row)
		}
	}
}

func (p *changePane) setButtons(c cleanup.Change, ok bool) {
	enable := func(b *widget.Button, on bool) {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	enable(p.accept, ok && c.State != cleanup.Applied)
	enable(p.reject, ok && c.State != cleanup.Rejected)
	enable(p.jump, ok)
	enable(p.acceptRule, ok && c.Rule != cleanup.RuleManual)
	enable(p.rejectRule, ok && c.Rule != cleanup.RuleManual)
	enable(p.learn, ok && learnable(c))
	open := 0
	if d := p.u.doc(); d != nil {
		_, open = d.Art.Counts()
	}
	enable(p.acceptSuggs, open > 0)
}

// summary is the one-line form of a change in the list.
func summary(c cleanup.Change) string {
	o, r := quote(c.Original)+homoglyphs(c.Original), quote(c.Replacement)
	switch {
	case c.Replacement == "":
		return "remove " + o
	case c.Original == "":
		return "insert " + r
	}
	return o + " → " + r
}

// homoglyphs names the look-alike letters in a Latin word, which are
// nearly invisible on screen: "Kyіv" gets " (Cyrillic і)".
func homoglyphs(s string) string {
	var names []string
	for _, w := range strings.Fields(s) {
		latin := false
		for _, r := range w {
			latin = latin || unicode.Is(unicode.Latin, r)
		}
		if !latin {
			continue
		}
		for _, r := range w {
			for _, sc := range lookalikeScripts {
				if unicode.Is(sc.table, r) {
					names = append(names, sc.name+" "+string(r))
				}
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	return " (" + strings.Join(names, ", ") + ")"
}

// lookalikeScripts are the scripts whose letters pass for Latin ones.
var lookalikeScripts = []struct {
	name  string
	table *unicode.RangeTable
}{{"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek}, {"Armenian", unicode.Armenian}}

func quote(s string) string {
	return "“" + shorten(strings.Join(strings.Fields(cleanup.Visible(s)), " "), 48) + "”"
}

// explain is the full account of a change shown under the list.
func explain(c cleanup.Change) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s · %s · %s", c.Category, c.Rule, c.State)
	if c.Confidence > 0 && c.Confidence < 1 {
		fmt.Fprintf(&b, " · confidence %.0f%%", c.Confidence*100)
	}
	if c.Note != "" {
		fmt.Fprintf(&b, "\n\n%s", c.Note)
	}
	fmt.Fprintf(&b, "\n\nOriginal: %s", quoteAll(c.Original))
	fmt.Fprintf(&b, "\nBecomes: %s", quoteAll(c.Replacement))
	return b.String()
}

func quoteAll(s string) string {
	if s == "" {
		return "(nothing)"
	}
	return "“" + shorten(cleanup.Visible(s), 400) + "”"
}

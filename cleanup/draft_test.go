package cleanup

import (
	"testing"
)

func propose(t *testing.T, a *Article, edits ...Change) {
	t.Helper()
	d := a.NewDraft()
	for _, e := range edits {
		d.Propose(e.Start, e.End, e)
	}
	if n := d.Commit(); n != 0 {
		t.Fatalf("%d proposals dropped", n)
	}
	if err := a.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestDraftChainsPasses(t *testing.T) {
	a := NewArticle("t", "Kіev  is big.\n\nاضافة تعليق")
	// pass 1: homoglyph і (2 bytes) → i, and double space → one
	propose(t, a,
		Change{Start: 1, End: 3, Replacement: "i", Rule: "unicode.homoglyph", Category: CatUnicode},
		Change{Start: 5, End: 7, Replacement: " ", Rule: "space.repeated", Category: CatWhitespace},
	)
	if got := a.Cleaned(); got != "Kiev is big.\n\nاضافة تعليق" {
		t.Fatalf("after pass 1: %q", got)
	}
	// pass 2: Kiev → Kyiv overlaps the homoglyph fix and absorbs it; debris removed.
	text := a.NewDraft().Text()
	propose(t, a,
		Change{Start: 0, End: 4, Replacement: "Kyiv", Rule: "names.glossary", Category: CatNames},
		Change{Start: 12, End: len(text), Replacement: "", Rule: "debris.comments", Category: CatDebris},
	)
	if got := a.Cleaned(); got != "Kyiv is big." {
		t.Fatalf("after pass 2: %q", got)
	}
	cs := a.Changes()
	if len(cs) != 3 || cs[0].Original != "Kіev" || cs[0].Rule != "names.glossary" {
		t.Fatalf("changes: %+v", cs)
	}
	a.Reject(cs[2].ID)
	if got := a.Cleaned(); got != "Kyiv is big.\n\nاضافة تعليق" {
		t.Fatalf("after reject: %q", got)
	}
	a.RevertAll()
	if a.Cleaned() != a.Original() {
		t.Fatalf("revert-all: %q", a.Cleaned())
	}
}

func TestDraftBoundaryDeletionsAndInsertions(t *testing.T) {
	a := NewArticle("t", "abcdef")
	propose(t, a, Change{Start: 2, End: 4, Replacement: "", Rule: "del"}) // ab|ef
	// insert at the deletion point, replace right after it, replace right before it
	propose(t, a,
		Change{Start: 2, End: 2, Replacement: "X", Rule: "ins"},
	)
	if got := a.Cleaned(); got != "abXef" {
		t.Fatalf("got %q", got)
	}
	text := a.NewDraft().Text()
	if text != "abXef" {
		t.Fatal(text)
	}
	propose(t, a, Change{Start: 1, End: 2, Replacement: "B", Rule: "up"}, Change{Start: 4, End: 5, Replacement: "F", Rule: "up"})
	if got := a.Cleaned(); got != "aBXeF" {
		t.Fatalf("got %q", got)
	}
	if len(a.Changes()) != 4 {
		t.Fatalf("changes %+v", a.Changes())
	}
	a.RevertAll()
	if a.Cleaned() != "abcdef" {
		t.Fatal(a.Cleaned())
	}
}

func TestManualEditFoldsChangesUnderIt(t *testing.T) {
	a := NewArticle("t", "one two three")
	propose(t, a, Change{Start: 4, End: 7, Replacement: "2", Rule: "num"})
	if _, err := a.Edit(0, 5, "1 2", ""); err != nil { // "one 2" → "1 2"
		t.Fatal(err)
	}
	if got := a.Cleaned(); got != "1 2 three" {
		t.Fatalf("got %q", got)
	}
	cs := a.Changes()
	if len(cs) != 1 || cs[0].Rule != RuleManual || cs[0].Original != "one two" {
		t.Fatalf("changes %+v", cs)
	}
	a.Reject(cs[0].ID)
	if a.Cleaned() != a.Original() {
		t.Fatal(a.Cleaned())
	}
}

func TestSuggestionNeverOverridesAppliedChange(t *testing.T) {
	a := NewArticle("t", "Igor Klimenko said")
	propose(t, a, Change{Start: 0, End: 4, Replacement: "Ihor", Rule: "names.glossary"})
	d := a.NewDraft()
	d.Propose(0, 4, Change{Replacement: "Ігор", Rule: "names.variant", State: Suggested})
	d.Propose(5, 13, Change{Replacement: "Klymenko", Rule: "names.variant", State: Suggested})
	if n := d.Commit(); n != 1 {
		t.Fatalf("dropped %d, want 1", n)
	}
	if applied, open := a.Counts(); applied != 1 || open != 1 {
		t.Fatalf("counts %d %d", applied, open)
	}
	a.AcceptSuggestions()
	if got := a.Cleaned(); got != "Ihor Klymenko said" {
		t.Fatal(got)
	}
}

func TestAbsorbedNotesStayShort(t *testing.T) {
	a := NewArticle("t", "a\r\nb\r\nc\r\nd")
	var fixes []Change
	for _, at := range []int{1, 4, 7} {
		fixes = append(fixes, Change{Start: at, End: at + 1, Replacement: "", Rule: "eol", Note: "Windows line ending"})
	}
	propose(t, a, fixes...)
	propose(t, a, Change{Start: 0, End: len(a.Cleaned()), Replacement: "abcd", Rule: "join", Note: "joined"})
	cs := a.Changes()
	if len(cs) != 1 || cs[0].Note != "joined (includes: Windows line ending ×3)" {
		t.Fatalf("changes %+v", cs)
	}
}

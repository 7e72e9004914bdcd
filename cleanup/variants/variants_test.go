package variants

import (
	"reflect"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/names"
)

func TestBatchFixtures(t *testing.T) {
	empty := names.NewGlossary()
	house, st := houseGlossary(t)
	tests := []struct {
		dir  string
		gl   *names.Glossary
		want []edit
	}{
		{"ukraine", empty, []edit{
			{"c.txt", "Oleg Gritsenko", "Oleh Hrytsenko", RuleVariant, "suggested"},
			{"c.txt", "Gritsenko", "Hrytsenko", RuleVariant, "suggested"},
		}},
		{"majority", empty, []edit{
			{"c.txt", "Khalid al-Mishri", "Khaled al-Mishri", RuleVariant, "suggested"},
		}},
		{"distinct", empty, nil},
		{"distinct", house, nil},
	}
	for _, tt := range tests {
		as := readBatch(t, tt.dir)
		run(t, New(tt.gl, st), as)
		if got := edits(as); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got\n%v\nwant\n%v", tt.dir, got, tt.want)
		}
	}
}

func TestNoteListsSpellingsAndSources(t *testing.T) {
	as := readBatch(t, "ukraine")
	run(t, New(names.NewGlossary(), nil), as)
	cs := as[2].Changes()
	if len(cs) == 0 {
		t.Fatal("no suggestion")
	}
	want := "spelled 3 ways in this batch: Oleh Hrytsenko (a.txt, b.txt), Oleg Gritsenko (c.txt), Gritsenko (c.txt) — Ukrainian official form (KMU 2010) preferred"
	if cs[0].Note != want {
		t.Errorf("note\n got %q\nwant %q", cs[0].Note, want)
	}
}

func TestPreference(t *testing.T) {
	house, _ := houseGlossary(t)
	tests := []struct {
		name  string
		gl    *names.Glossary
		texts []string
		want  []string // original→replacement of suggestions, in order
	}{
		{"majority within one article", names.NewGlossary(), []string{
			"Envoy Khaled al-Mishri spoke. Later Khaled al-Mishri left, and Khalid al-Mishri returned.",
		}, []string{"Khalid al-Mishri→Khaled al-Mishri"}},
		{"tie is flagged, not fixed", names.NewGlossary(), []string{
			"The envoy Khaled al-Mishri spoke.", "The envoy Khalid al-Mishri spoke.",
		}, []string{"Khaled al-Mishri→Khaled al-Mishri", "Khalid al-Mishri→Khalid al-Mishri"}},
		{"glossary form wins over majority", house, []string{
			"Minister Igor Klimenko spoke. Minister Igor Klimenko left.", "Minister Ihor Klymenko spoke in Kyiv.",
		}, []string{"Igor Klimenko→Ihor Klymenko", "Igor Klimenko→Ihor Klymenko"}},
		{"Ukrainian form needs Ukrainian context", names.NewGlossary(), []string{
			"The mayor Oleg Gritsenko spoke.", "The mayor Oleg Gritsenko left.", "The mayor Oleh Hrytsenko came back.",
		}, []string{"Oleh Hrytsenko→Oleg Gritsenko"}},
		{"two people, one key: the glossary keeps them apart", house, []string{
			"Prosecutor Andriy Kostin spoke.", "Banker Andrey Kostin spoke.", "Banker Andrey Kostin left.",
		}, nil},
		{"possessive stays outside the name", names.NewGlossary(), []string{
			"Kharkiv's mayor Ihor Terekhov spoke. Ukraine's mayors met Ihor Terekhov.", "Igor Terekhov's office in Ukraine said so.",
		}, []string{"Igor Terekhov→Ihor Terekhov"}},
		{"sentence start keeps a capital particle", names.NewGlossary(), []string{
			"They met Abdel Karim el-Obeidi twice; Abdel Karim el-Obeidi agreed.", "Abdel Karim al-Obaidi spoke. Al-Obaidi left.",
		}, []string{"Abdel Karim al-Obaidi→Abdel Karim el-Obeidi", "Al-Obaidi→El-Obeidi"}},
		{"capitalized common words are not names", names.NewGlossary(), []string{
			"Roger Waters played in the Falklands War years.", "Voters were many. Far away, the voters queued.",
		}, nil},
		{"a surname that is also a common word takes no lone mentions", names.NewGlossary(), []string{
			"Chelsea play at Stamford Bridge, the oldest bridge in the league.", "Coach Brydge spoke.",
		}, nil},
		{"a lone surname refers back, not forward", names.NewGlossary(), []string{
			"Klimenko spoke first; later Ihor Klymenko left.",
		}, nil},
		{"initials and letters are not names", names.NewGlossary(), []string{
			"Group C met Group H and Group G.",
		}, nil},
		{"Arabic-route spellings in one article", names.NewGlossary(), []string{
			"Libya under Muammar Gaddafi. Muammar Gaddafi ruled. Later Moammar Qadhafi fled and Qadhafi hid.",
		}, []string{"Moammar Qadhafi→Muammar Gaddafi", "Qadhafi→Gaddafi"}},
	}
	for _, tt := range tests {
		var as []*cleanup.Article
		for i, s := range tt.texts {
			as = append(as, cleanup.NewArticle(string(rune('a'+i))+".txt", s))
		}
		run(t, New(tt.gl, nil), as)
		var got []string
		for _, e := range edits(as) {
			got = append(got, e.Original+"→"+e.Replacement)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestRevertAndRerun(t *testing.T) {
	as := readBatch(t, "ukraine")
	p := New(names.NewGlossary(), nil)
	run(t, p, as)
	for _, a := range as {
		a.AcceptSuggestions()
	}
	// Cleaning the cleaned batch again finds one spelling: nothing to do.
	again := make([]*cleanup.Article, len(as))
	for i, a := range as {
		again[i] = cleanup.NewArticle(a.Source, a.Cleaned())
	}
	run(t, p, again)
	if e := edits(again); len(e) != 0 {
		t.Errorf("second run: %v", e)
	}
	for _, a := range as {
		a.RevertAll()
		if a.Cleaned() != a.Original() {
			t.Errorf("%s: revert-all does not give the original", a.Source)
		}
	}
}

// Suggestions never point away from the house form, never touch a span
// the glossary protected, and need a real majority.
func TestSuggestionGuards(t *testing.T) {
	house, _ := houseGlossary(t)
	tests := []struct {
		name  string
		texts []string
	}{
		{"a place protected by its context gets no suggestion", []string{
			"Odessa, Texas lies in the Permian Basin. Police in Odessa, Texas said so.",
			"The port of Odesa was shelled again.",
		}},
		{"one mention is no majority", []string{
			"Coach Sergej Rebrow spoke on Monday.",
			"Then Rebrov said the team was ready, and then Rebrov left.",
		}},
		{"a house-style surname is never pointed away from", []string{
			"Then Dmitri Peskow spoke. Then Dmitri Peskow left.",
			"Then Peskov said no.",
		}},
	}
	for _, tt := range tests {
		var as []*cleanup.Article
		for i, s := range tt.texts {
			as = append(as, cleanup.NewArticle(string(rune('a'+i))+".txt", s))
		}
		run(t, New(house, nil), as)
		for _, e := range edits(as) {
			if e.Original != e.Replacement {
				t.Errorf("%s: suggested %s→%s", tt.name, e.Original, e.Replacement)
			}
		}
	}
}

// A short capitalized word one letter off a surname is another word.
func TestShortWordIsNotALoneSurname(t *testing.T) {
	house, _ := houseGlossary(t)
	a := cleanup.NewArticle("a.txt", "Mark Rutte spoke first. Rate rises were not discussed.")
	run(t, New(house, nil), []*cleanup.Article{a})
	for _, e := range edits([]*cleanup.Article{a}) {
		t.Errorf("suggested %s→%s", e.Original, e.Replacement)
	}
}

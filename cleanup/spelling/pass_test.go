package spelling

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

var styles = map[string]Options{
	"ap":      {Style: "AP", Dialect: "american", House: "spelling/house_ap.tsv"},
	"bbc":     {Style: "BBC", Dialect: "british", House: "spelling/house_bbc.tsv"},
	"reuters": {Style: "Reuters", Dialect: "british", House: "spelling/house_reuters.tsv"},
	"oxford":  {Style: "Oxford", Dialect: "british-ize"},
}

func pass(t testing.TB, style string) *Pass {
	t.Helper()
	p, err := New(styles[style])
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func clean(p *Pass, text string) *cleanup.Article {
	a := cleanup.NewArticle("t.txt", text)
	d := a.NewDraft()
	p.Run(d)
	d.Commit()
	return a
}

// suggested renders the article with its suggestions accepted, marking
// them [like this] so a table row shows both kinds at once.
func suggested(a *cleanup.Article) string {
	var b strings.Builder
	text, pos := a.Original(), 0
	for _, c := range a.Changes() {
		b.WriteString(text[pos:c.Start])
		if c.State == cleanup.Suggested {
			b.WriteString("[" + c.Replacement + "]")
		} else {
			b.WriteString(c.Replacement)
		}
		pos = c.End
	}
	b.WriteString(text[pos:])
	return b.String()
}

func TestPass(t *testing.T) {
	for _, tc := range []struct {
		name, style, in, want string
	}{
		{"safe words", "ap", "The defence ministry said organisers would prioritise travellers.",
			"The defense ministry said organizers would prioritize travelers."},
		{"programme and per cent", "ap", "The programme cost 5 per cent more.", "The program cost 5 percent more."},
		{"sentence start keeps case", "ap", "Defence officials said so.", "Defense officials said so."},
		{"all caps", "ap", "He shouted DEFENCE twice.", "He shouted DEFENSE twice."},
		{"possessive", "ap", "on its neighbour's border and its neighbour’s river", "on its neighbor's border and its neighbor’s river"},
		{"plural possessive", "ap", "the neighbours' fence", "the neighbors' fence"},
		{"ministry of defence", "ap", "A Ministry of Defence spokesman said the defence budget grew.",
			"A Ministry of Defence spokesman said the defense budget grew."},
		{"labour party", "ap", "The Labour Party won. Labour said the labour market was tight.",
			"The Labour Party won. [Labor] said the labor market was tight."},
		{"sydney harbour", "ap", "Boats crossed Sydney Harbour near the harbour wall.", "Boats crossed Sydney Harbour near the harbor wall."},
		{"centre party opening a sentence", "ap", "Centre Party leaders met in the city centre.", "Centre Party leaders met in the city center."},
		{"pearl harbor in british copy", "bbc", "The attack on Pearl Harbor shaped the programme.", "The attack on Pearl Harbor shaped the programme."},
		{"american under bbc", "bbc", "The defense program will organize a center.", "The defence [programme] will organise a centre."},
		{"oxford keeps -ize", "oxford", "They will organise the defense.", "They will organize the defence."},
		{"url", "ap", "See https://example.com/defence-programme and www.labour.org.uk today.",
			"See https://example.com/defence-programme and www.labour.org.uk today."},
		{"email and handle", "ap", "Write to defence@mod.uk or @DefenceHQ, #defencebudget.",
			"Write to defence@mod.uk or @DefenceHQ, #defencebudget."},
		{"code", "ap", "Run `colour --favour` now, colour.", "Run `colour --favour` now, color."},
		{"french passage", "ap", "Le programme de la défense est prêt, a dit le ministre.",
			"Le programme de la défense est prêt, a dit le ministre."},
		{"french quote in english line", "ap", "He said « le programme est dans les temps » and the programme went on.",
			"He said « le programme est dans les temps » and the program went on."},
		{"quote spelling changes, words are suggested", "ap", "\"We will move towards a programme,\" he said.",
			"\"We will move [toward] a program,\" he said."},
		{"towards outside quotes", "ap", "They moved towards the border amidst shelling.", "They moved toward the border amid shelling."},
		{"okay keeps OK case", "ap", "Okay, it is okay.", "OK, it is OK."},
		{"clean american", "ap", "The defense program's center organized travelers.", "The defense program's center organized travelers."},
		{"clean british under bbc", "bbc", "The defence programme's centre organised travellers on a story.",
			"The defence programme's centre organised travellers on a story."},
		{"bbc no suggestions in clean copy", "bbc", "The draft law will curb checks on the story.", "The draft law will curb checks on the story."},
		{"acronym", "ap", "The SOS and the ODOUR team.", "The SOS and the ODOR team."},
		{"mixed case left", "ap", "The DeFence app.", "The DeFence app."},
		{"consistency", "bbc", "The judgement was clear. A judgement came. Another judgment followed.",
			"The judgement was clear. A judgement came. Another [judgement] followed."},
		{"cheque under ap", "ap", "A cheque and a kerb and a tyre.", "A check and a curb and a tire."},
		{"a one-word line is a label", "ap", "Colour\n\nThe colour faded.", "Colour\n\nThe color faded."},
		{"title case headline left", "ap", "Defence Ministry Criticised Over Programme", "Defence Ministry Criticised Over Programme"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := clean(pass(t, tc.style), tc.in)
			if got := suggested(a); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
				for _, c := range a.Changes() {
					t.Logf("%s %s %q → %q: %s", c.Rule, c.State, c.Original, c.Replacement, c.Note)
				}
			}
			for _, c := range a.Changes() {
				if c.Category != Category || c.Note == "" {
					t.Errorf("change %q has category %q, note %q", c.Original, c.Category, c.Note)
				}
			}
		})
	}
}

func TestNotesNameTheList(t *testing.T) {
	a := clean(pass(t, "ap"), "on its neighbour's border, 5 per cent")
	notes := []string{}
	for _, c := range a.Changes() {
		notes = append(notes, c.Note)
	}
	want := []string{
		"VarCon safe list: British/Canadian 'neighbour' → American 'neighbor' (AP style is American)",
		"AP Stylebook: percent, one word (house list)",
	}
	if strings.Join(notes, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes:\n%s\nwant:\n%s", strings.Join(notes, "\n"), strings.Join(want, "\n"))
	}
}

// Cleaning the cleaned text again applies nothing.
func TestIdempotent(t *testing.T) {
	text := "Defence officials criticised the programme; 5 per cent of travellers, towards the centre. \"Colour,\" he said. DEFENCE."
	for style := range styles {
		p := pass(t, style)
		a := clean(p, text)
		again := clean(p, a.Cleaned())
		for _, c := range again.Changes() {
			if c.State == cleanup.Applied {
				t.Errorf("%s: second run applied %q → %q", style, c.Original, c.Replacement)
			}
		}
	}
}

func TestOffAndUnknownDialect(t *testing.T) {
	p, err := New(Options{Style: "x", Dialect: "off"})
	if err != nil {
		t.Fatal(err)
	}
	if a := clean(p, "The defence programme."); len(a.Changes()) != 0 {
		t.Errorf("dialect off changed %d words", len(a.Changes()))
	}
	if _, err := New(Options{Dialect: "martian"}); err == nil || !strings.Contains(err.Error(), "martian") {
		t.Errorf("unknown dialect: err %v", err)
	}
}

package varcon

import (
	"strings"
	"testing"
)

const sample = `# neighbor <verified> (level 20)
A Cv: neighbor / B C: neighbour
A Cv: neighbors / B C: neighbours

# organize <verified> (level 10)
A Z: organize / B: organise

# program <verified> (level 10)
A C: program / B: programme | <N>
A Av B: program | computer program

# check <verified> (level 10)
A CV: check / B C: cheque | bank
A B: check | verify

# judgment <verified> (level 10)
A Bv C: judgment / B Cv: judgement

# sol (level 10)
_: so | :1
_: sol / _V: so | :2

# rare (level 95)
A: rarize / B: rarise
`

func TestParseAndDerive(t *testing.T) {
	fams, err := Parse(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(fams) != 7 || fams[0].Head != "neighbor" || fams[0].Level != 20 || !fams[0].Verified {
		t.Fatalf("families %+v", fams)
	}
	rows := func(d byte) map[string]Rule {
		m := map[string]Rule{}
		for _, r := range Derive(fams, d, 60) {
			m[r.From] = r
		}
		return m
	}
	am, br, ox := rows('A'), rows('B'), rows('Z')
	for _, tc := range []struct {
		got  Rule
		to   string
		list List
	}{
		{am["neighbour"], "neighbor", Safe},
		{am["neighbours"], "neighbors", Safe},
		{am["organise"], "organize", Safe},
		{am["programme"], "program", Safe},
		{am["cheque"], "check", Safe},
		{am["judgement"], "judgment", Safe},
		{br["neighbor"], "neighbour", Safe},
		{br["organize"], "organise", Safe},
		{br["program"], "programme", Suggest}, // a British word for software
		{br["check"], "cheque", Suggest},      // a British word in other senses
		{br["judgment"], "judgement", Either}, // British accepts both
		{ox["organise"], "organize", Safe},    // Oxford -ize
		{ox["neighbor"], "neighbour", Safe},   // Z follows B where VarCon is silent
	} {
		if tc.got.To != tc.to || tc.got.List != tc.list {
			t.Errorf("got %+v, want → %s (%s)", tc.got, tc.to, tc.list)
		}
	}
	for _, gone := range []string{"so", "rarise"} {
		if _, ok := am[gone]; ok {
			t.Errorf("%q should have no American row", gone)
		}
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	for _, bad := range []string{
		"A: x / B: y\n",
		"# word (level x)\n",
		"# word (level 10)\nQ: x / B: y\n",
		"# word (level 10)\nA x / B: y\n",
	} {
		_, err := Parse(strings.NewReader(bad), "bad.txt")
		if err == nil || !strings.HasPrefix(err.Error(), "bad.txt:") {
			t.Errorf("%q: err %v", bad, err)
		}
	}
}

func TestOverrides(t *testing.T) {
	os, err := ReadOverrides(strings.NewReader("word\tdialects\taction\treason\nchile\t*\tskip\tcountry\nprise\tamerican\tsuggest\tFrench\n"), "o.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rules := Apply([]Rule{{From: "chile", To: "chili", List: Safe}, {From: "prise", To: "prize", List: Safe}}, "american", os)
	if len(rules) != 1 || rules[0].List != Suggest || rules[0].Why != "French" {
		t.Errorf("rules %+v", rules)
	}
	if _, err := ReadOverrides(strings.NewReader("word\tdialects\taction\treason\nx\tmartian\tskip\twhy\n"), "o.tsv"); err == nil || !strings.Contains(err.Error(), "o.tsv:2") {
		t.Errorf("bad dialect: err %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sample)
	f.Add("# x (level 1)\n_: a | :1\n")
	f.Fuzz(func(t *testing.T, s string) {
		fams, err := Parse(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		for _, d := range Letters {
			for _, r := range Derive(fams, d, 99) {
				if r.From == r.To || r.From == "" {
					t.Fatalf("bad rule %+v", r)
				}
			}
		}
	})
}

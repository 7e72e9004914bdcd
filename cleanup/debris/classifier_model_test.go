package debris

import (
	"bytes"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup"
)

func shippedClassifier(tb testing.TB) *Classifier {
	tb.Helper()
	stop, m := Shipped()
	return NewClassifier(builtin(tb), stop, m)
}

// featuresOf returns the features of the line of text that holds want.
func featuresOf(t *testing.T, text, want string) [numFeatures]float64 {
	t.Helper()
	for _, e := range shippedClassifier(t).Examples(text) {
		if e.Text == want {
			return e.Features
		}
	}
	t.Fatalf("%q is not a candidate line of the text", want)
	return [numFeatures]float64{}
}

func TestFeatures(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		on, off    []int
	}{
		{"menu", "Advertise | Careers | Cookie settings", []int{fMenu3}, []int{fMenu2, fOtherScript}},
		{"count", "Comments (12)", []int{fCountInBrackets, fLexicon}, []int{fEndsColon}},
		{"label", "Related topics:", []int{fEndsColon}, []int{fCountInBrackets}},
		{"other script", "תגובות", []int{fOtherScript, fOneWord}, []int{fOtherLanguage}},
		{"other language", "Leia também o que ele disse", []int{fOtherLanguage, fNoStopBody}, []int{fOtherScript}},
		{"stamp", "12.03.2024 10:45", []int{fDateTime, fNoLetters}, []int{fCopyright}},
		{"copyright", "© 2024 Example Media", []int{fCopyright, fYear}, nil},
		{"handle", "Follow @example on X", []int{fURLOrHandle}, nil},
		{"platform", "Ikuti kami di Google News", []int{fPlatform}, []int{fLabelPrefix}},
		{"label prefix", "Baca juga: Harga Beras Naik Jelang Ramadan", []int{fLabelPrefix, fAbsentStop}, []int{fEndsColon}},
		{"a label alone", "Related topics:", []int{fEndsColon}, []int{fLabelPrefix}},
		{"required field", "Name *", []int{fEndsAsterisk}, nil},
		{"accented", "Kapcsolódó cikkek", []int{fAccented}, []int{fOtherScript}},
		{"CJK stamp", "2025年3月12日 19時05分", []int{fDateTime}, nil},
		{"count must close the line", "(1) Think of a noun", nil, []int{fCountInBrackets}},
		{"year is no count", "Common problems (2013)", nil, []int{fCountInBrackets}},
		{"figures are no menu", "gsoc-2018 | 3.3 GB/s | 0.091 GB/s", nil, []int{fMenu3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := shippedClassifier(t)
			b := bodyInfo{script: scriptLatin, lang: c.stop.Index("English"), plain: true}
			l := line{text: tc.line, words: countWords(tc.line)}
			x := c.facts(l, b, &scratch{}).x
			for _, f := range tc.on {
				if x[f] == 0 {
					t.Errorf("%s is off", featureNames[f])
				}
			}
			for _, f := range tc.off {
				if x[f] != 0 {
					t.Errorf("%s is on", featureNames[f])
				}
			}
		})
	}
}

func TestNeighbourFeatures(t *testing.T) {
	text := "Head line here\n\n" + body + "\nFull name\n\nE-mail address\n\nSubmit\n"
	x := featuresOf(t, text, "E-mail address")
	if x[fPrevShort] != 1 || x[fNextShort] != 1 || x[fRun] == 0 || x[fTail] != 1 || x[fDistance] == 0 {
		t.Errorf("run features: %v", x)
	}
	list := "Head line here\n\n" + body + "\nJune 9 -- Arena, Tampa, FL\n\nJune 10 -- Hall, Miami, FL\n"
	if x := featuresOf(t, list, "June 10 -- Hall, Miami, FL"); x[fParallel] != 1 {
		t.Error("items of a list are not parallel")
	}
}

func TestSkeleton(t *testing.T) {
	for in, want := range map[string]string{
		"England (Group A): 10th appearance": "a(a):0a",
		"Advertise | Careers":                "a|a",
		"":                                   "",
	} {
		if got := skeletonOf(in); got != want {
			t.Errorf("skeletonOf(%q) = %q, want %q", in, got, want)
		}
	}
}

// Training is deterministic: the same examples give the same file.
func TestTrainDeterministic(t *testing.T) {
	var xs [][numFeatures]float64
	var ys []bool
	for i := range 200 {
		var x [numFeatures]float64
		x[fBias] = 1
		x[fOneWord] = float64(i % 2)
		x[fTail] = float64(i % 3 % 2)
		x[fStopBody] = float64(i%5) / 5
		xs = append(xs, x)
		ys = append(ys, (i%2 == 1 && i%3 != 0) || i%7 == 0)
	}
	var files [2]bytes.Buffer
	for k := range files {
		m, err := Train(xs, ys, 1)
		if err != nil {
			t.Fatal(err)
		}
		m.Apply, m.Suggest, m.ApplyMid = 0.9, 0.5, 0.95
		if err := m.WriteTSV(&files[k], "test"); err != nil {
			t.Fatal(err)
		}
	}
	if files[0].String() != files[1].String() {
		t.Fatal("two trainings on the same examples differ")
	}
	m, err := ReadModel(strings.NewReader(files[0].String()))
	if err != nil {
		t.Fatal(err)
	}
	if m.Weight("one_word") <= 0 {
		t.Errorf("one_word weight %v: the label follows it, it should be positive", m.Weight("one_word"))
	}
}

func TestReadModelErrors(t *testing.T) {
	for _, bad := range []string{
		"weight\tnope\t1\n",
		"weight\tbias\tx\n",
		"threshold\tapply\t2\n",
		"weight\tbias\t1\nweight\tbias\t1\n",
		"",
	} {
		if _, err := ReadModel(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// The shipped model loads and scores lines of known shape sensibly.
func TestShippedModel(t *testing.T) {
	if _, err := LoadModel(assets.FS, "debris/model/weights.tsv"); err != nil {
		t.Fatal(err)
	}
	c := shippedClassifier(t)
	text := "Head line here\n\n" + body +
		"The minister is expected to return\n\nAdvertise | Careers | Cookie settings\n\nFull name\n"
	got := map[string]float64{}
	decided := map[string]string{}
	for _, e := range c.Examples(text) {
		got[e.Text], decided[e.Text] = c.Prob(e), c.Decide(e)
	}
	if p := got["Advertise | Careers | Cookie settings"]; p < c.model.Apply {
		t.Errorf("footer menu scores %.2f, below apply %.2f", p, c.model.Apply)
	}
	if p := got["Full name"]; p < c.model.Suggest {
		t.Errorf("form label scores %.2f", p)
	}
	// The model alone leans to removal at the tail; the decision needs
	// evidence of form, which a line of text with stopwords lacks.
	if d := decided["The minister is expected to return"]; d != "" {
		t.Errorf("a short line of text is %s", d)
	}
}

// A content sentence that opens with a debris word is never removed, and
// nothing the classifier does is applied to the headline.
func TestClassifierKeepsSentences(t *testing.T) {
	for _, s := range []string{
		"Share prices fell sharply in early trading.",
		"Comments by the minister drew criticism.",
		"Follow-up talks are planned.",
		"All rights groups condemned the move.",
		"Tags were found on the parcels.",
	} {
		a := cleanText(t, builtin(t), "Talks end\n\n"+body+"\n"+s+"\n")
		for _, c := range a.Changes() {
			if c.State == cleanup.Applied {
				t.Errorf("%q: %s removed %q", s, c.Rule, c.Original)
			}
		}
	}
}

func BenchmarkLoadModel(b *testing.B) {
	for b.Loop() {
		if _, err := LoadStoplists(assets.FS, "stoplists"); err != nil {
			b.Fatal(err)
		}
		if _, err := LoadModel(assets.FS, "debris/model/weights.tsv"); err != nil {
			b.Fatal(err)
		}
	}
}

// The headline is the head line nearest the body that reads as a title;
// lines above it may go, the headline itself is never judged.
func TestHeadline(t *testing.T) {
	c := shippedClassifier(t)
	for _, tc := range []struct{ name, text, nearest, first string }{
		{"title under a foreign widget", "Ouça este artigo\n\nRutte: Europe must spend much more on defense\n\n" + body,
			"Rutte: Europe must spend much more on defense", "Rutte: Europe must spend much more on defense"},
		{"short headline above a deck", "Markets tumble\n\nShares fell across Asia after the talks broke down\n\n" + body,
			"Shares fell across Asia after the talks broke down", "Markets tumble"},
		{"lone short line", "Переговоры\n\n" + body, "", "Переговоры"},
		{"first plain line", "Talks end\n\nأخبار العالم اليوم\n\n" + body, "", "Talks end"},
	} {
		var s scratch
		lines, removals, z := c.lex.judgeLines(tc.text, &s)
		present := presentLines(removals)
		b := c.measureBody(lines, z, func(i int) bool { return present[i] }, &s)
		facts := c.allFacts(lines, present, b, &s)
		nearest, first := headlineOf(lines, newLayout(present), facts, b, c.foreignAt(lines, facts, b, &s))
		text := func(i int) string {
			if i < 0 {
				return ""
			}
			return lines[i].text
		}
		if text(nearest) != tc.nearest || text(first) != tc.first {
			t.Errorf("%s: protected %q and %q, want %q and %q", tc.name, text(nearest), text(first), tc.nearest, tc.first)
		}
	}
}

// A short closing statement about the article's own people is the
// article's, whatever its few stopwords suggest; a rights notice in
// another language is not.
func TestClosingStatementStays(t *testing.T) {
	const body = "Egypt hosts talks\n\nPresident Abdel Fattah al-Sisi received the former Prime Minister of Japan on Sunday and discussed with him ways to strengthen economic cooperation and the reconstruction of Gaza.\n\nThe two leaders also discussed regional security, the situation in Sudan and the price of grain, officials said in a statement after the meeting.\n\n"
	for _, tc := range []struct {
		last    string
		applied bool
	}{
		{"al-Sisi said. Sisi added.", false},
		{"Negotiations continue.", false},
		{"Sisi added.", false},
		{"Todos os direitos reservados.", true},
	} {
		a := cleanText(t, builtin(t), body+tc.last+"\n")
		removed := !strings.Contains(a.Cleaned(), tc.last)
		if removed != tc.applied {
			t.Errorf("%q: removed=%v, want %v", tc.last, removed, tc.applied)
		}
	}
}

package debris

import "testing"

func TestFoldMakesVariantsMeet(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"إضافة تعليق", "اضافة تعليق"},                   // hamza under alef
		{"أضف تعليقك", "اضف تعليقك"},                     // hamza over alef
		{"اقرأ أيضاً", "اقرا ايضا"},                      // hamza and tanween
		{"التعليقات والآراء", "التعليقات والاراء"},       // madda
		{"الصفحة الرئيسية", "الصفحه الرئيسيه"},           // ta marbuta
		{"قد يعجبك أيضًا", "قد يعجبك ايضا"},              // tanween on alef
		{"مســـتوى", "مستوي"},                            // tatweel, alef maksura
		{"کلیدواژه‌ها", "كليدواژه ها"},                   // Persian kaf/ye, non-joiner
		{"Читайте ещё", "читайте еще"},                   // case, yo
		{"Mis à jour", "MIS A JOUR"},                     // accents, case
		{"Schlagwörter", "schlagworter"},                 // umlaut
		{"İlgili haberler", "ilgili haberler"},           // Turkish dotted capital I
		{"Çok okunanlar", "cok okunanlar"},               // cedilla
		{"• Read also: ", "read also"},                   // bullet, colon, spaces
		{"→ Share this article ←", "share this article"}, // arrows
		{"Lire aussi :", "lire aussi"},                   // French spaced colon
		{"٢٠٢٢", "2022"},                                 // Arabic-Indic digits
		{"۱۴۰۰", "1400"},                                 // Persian digits
		{"Straße", "strasse"},                            // sharp s
	} {
		if fa, fb := fold(tc.a), fold(tc.b); fa != fb {
			t.Errorf("fold(%q) = %q, fold(%q) = %q", tc.a, fa, tc.b, fb)
		}
	}
}

func TestTokenizeMarksPunctuationAndDigits(t *testing.T) {
	toks := tokenize("Tags: Ukraine 2022 - NATO")
	type tok struct {
		word         string
		punct, digit bool
	}
	want := []tok{{"tags", true, false}, {"ukraine", false, false}, {"2022", true, true}, {"nato", false, false}}
	if len(toks) != len(want) {
		t.Fatalf("tokens %+v", toks)
	}
	for i := range want {
		if got := (tok{toks[i].word(), toks[i].punct, toks[i].digit}); got != want[i] {
			t.Errorf("token %d = %+v, want %+v", i, got, want[i])
		}
	}
	if got := join(toks[1:3]); got != "ukraine 2022" {
		t.Errorf("join of adjacent tokens = %q", got)
	}
	if got := join(withoutNumbers(toks)); got != "tags ukraine nato" {
		t.Errorf("join without numbers = %q", got)
	}
}

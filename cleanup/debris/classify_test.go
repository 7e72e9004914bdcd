package debris

import "testing"

// TestClassifyLine covers each signal on single lines, position aside.
func TestClassifyLine(t *testing.T) {
	lex := builtin(t)
	for _, tc := range []struct {
		line string
		want string // category, "" for content
	}{
		// lexicon, whole line, with spelling variants and counters
		{"اضافة تعليق", "comments"},
		{"إضافة تعليق", "comments"},
		{"التعليقات والاراء", "comments"},
		{"التعليقات والآراء", "comments"},
		{"Комментарии (12)", "comments"},
		{"12 Comments", "comments"},
		{"Поделиться", "share"},
		{"Partager", "share"},
		{"» Share this article «", "share"},
		{"Facebook Twitter WhatsApp Telegram", "share"},
		{"فيسبوك تويتر واتساب", "share"},
		{"Advertisement", "ads"},
		{"PUBLICITÉ", "ads"},
		{"Yorumlar", "comments"},
		{"دیدگاه‌ها", "comments"},
		{"دیدگاه ها", "comments"},
		// prefixes and labels: a headline may follow
		{"اقرأ أيضا: أسعار القمح ترتفع", "related"},
		{"اقرا ايضاً أسعار القمح ترتفع", "related"},
		{"ALSO READ: Kremlin rejects talks", "related"},
		{"Lire aussi : Les négociations reprennent à Genève", "related"},
		{"Читайте также: Переговоры в Женеве", "related"},
		{"Tags: Ukraine, Russia, NATO", "tags"},
		{"Теги: Украина, Россия", "tags"},
		{"Related: Talks resume in Geneva", "related"},
		// dated
		{"Published 12.01.2022 10:30", "timestamp"},
		{"آخر تحديث: ١٢/٠١/٢٠٢٢ - ١٠:٣٠", "timestamp"},
		{"Опубликовано 12 января 2022, 10:30", "timestamp"},
		{"Publié le 12/01/2022 à 10h30", "timestamp"},
		{"تاریخ انتشار: ۲۲ دی ۱۴۰۰", "timestamp"},
		// contains
		{"© 2022 Reuters. All rights reserved.", "copyright"},
		{"جميع الحقوق محفوظة لموقع الأخبار 2022", "copyright"},
		{"This website uses cookies to improve your experience. By continuing you accept our use of cookies.", "cookies"},
		// shapes
		{"© Agence France-Presse", "copyright"},
		{"(c) 2021 Example Media Group", "copyright"},
		{"#Ukraine #Russia #NATO", "tags"},
		{"12.01.2022 10:30", "timestamp"},
		{"Monday 12 January 2022, 10:30 GMT", "timestamp"},
		{"World › Europe › Ukraine", "navigation"},
		{"Home » World", "navigation"},
		{"Главная / Новости / В мире", "navigation"},
		{"الرئيسية » أخبار عالمية", "navigation"},
		// the hard rule: content that opens with a debris word stays
		{"Share prices fell 3% on Monday.", ""},
		{"Comments by the minister drew criticism.", ""},
		{"Related talks will resume in March.", ""},
		{"Advertisement spending rose 5% last year.", ""},
		{"Read also the full statement, which the ministry published on Monday.", ""},
		{"Published figures show the economy grew 3% in 2022.", ""},
		{"Tags and labels were removed from the goods, officials said.", ""},
		{"Copyright law changes were approved on Monday.", ""},
		{"Updated figures show growth of 5% in 2022 across the region.", ""},
		{"Read also why the minister said the talks would go on?", ""},
		// a labelled "read also" before a question headline is a link
		{"Czytaj też: Czy grozi nam wojna atomowa w Europie?", "related"},
		{"Read also: Will the talks in Geneva ever resume?", "related"},
		{"اقرأ أيضا: هل تنجح المحادثات في جنيف هذا الأسبوع؟", "related"},
		// look-alikes of shapes that are content
		{"10 000 people", ""},
		{"2 killed in 2022 blast", ""},
		{"Talks resume", ""},
		{"Moscow confirms that it does not intend to attack Ukraine", ""},
		{"« Nous ne voulons pas la guerre » a déclaré le ministre", ""},
		{"He said the costs were 12/01 of the budget", ""},
		{"Ukraine and/or Russia", ""},
		{"Live updates | Ukraine talks | Geneva", ""},
		{"Home | News | World", "navigation"},
		{"http://amzn.to/2hWxt1m", ""},
		{"More “Questions” for your opponent", ""},
		{"Image source: Jane Doe / Example Photos / Agency", ""},
	} {
		l := splitLines(tc.line)[0]
		v, ok := lex.classify(l)
		got := ""
		if ok {
			got = v.category
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q (%s)", tc.line, got, tc.want, lex.note(&v, tc.line))
		}
	}
}

func TestNoteQuotesLineAndGloss(t *testing.T) {
	lex := builtin(t)
	for _, tc := range []struct{ line, want string }{
		{"اضافة تعليق", `Arabic "اضافة تعليق" = "add a comment": comment-section widget`},
		{"Advertisement", `English "Advertisement": advertisement marker`},
		{"Home › World › Europe", `English "Home › World › Europe": site navigation or breadcrumbs`},
		{"World › Europe › Ukraine", `"World › Europe › Ukraine" is a trail of short links: site navigation or breadcrumbs`},
		{"Facebook Twitter", `English "Facebook Twitter": share/follow buttons`},
		{"ВКонтакте Телеграм", `Russian "ВКонтакте Телеграм" = "VKontakte, Telegram": share/follow buttons`},
	} {
		v, ok := lex.classify(splitLines(tc.line)[0])
		if got := lex.note(&v, tc.line); !ok || got != tc.want {
			t.Errorf("note %q, want %q", got, tc.want)
		}
	}
}

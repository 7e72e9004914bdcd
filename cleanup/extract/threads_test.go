package extract

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCommentThreads runs pages written for this test: reader-comment
// threads in Arabic, Russian, French and English, most without a class
// name that says "comment", several longer than the article, and pages
// whose article quotes readers or is itself a run of timed entries, which
// must stay whole.
func TestCommentThreads(t *testing.T) {
	tests := []struct {
		page   string
		thread bool     // a thread must be removed as extract.comments
		keep   []string // article text that must stay
		drop   []string // readers' words and thread furniture that must go
	}{
		{"en-plain-divs.html", true,
			[]string{"Port strike enters second week", "Dock workers at the northern terminal", "diverted to other ports"},
			[]string{"5 comments", "Mark T.", "2 hours ago", "About time somebody", "Fruit prices are already up", "Reply · Like", "Leave a comment", "Email"}},
		{"ar-bootstrap-long-thread.html", true,
			[]string{"ارتفاع أسعار الخبز في العاصمة", "رفعت المخابز في العاصمة", "شحنات القمح الجديدة"},
			[]string{"التعليقات (8)", "أبو محمد", "منذ ساعتين", "الأسعار ترتفع كل شهر", "الحل هو المقاطعة", "أضف تعليقك"}},
		{"ru-plain.html", true,
			[]string{"В Новосибирске открыли новый мост", "четвёртому мосту через Обь", "стоимость пока не объявлена"},
			[]string{"Комментарии (6)", "3 часа назад", "Наконец-то!", "Красивый получился мост", "Ответить", "Ваш комментарий"}},
		{"fr-classes.html", true,
			[]string{"La ligne de tram prolongée", "Le conseil métropolitain a voté", "durer trois ans"},
			[]string{"12 réactions", "il y a 2 heures", "Enfin !", "argent jeté par les fenêtres", "Répondre"}},
		{"en-absolute-dates.html", true,
			[]string{"Council approves new cycle lanes", "voted 31 to 12", "take about six months"},
			[]string{"7 Responses", "Gareth Lewis", "12 March 2024 at 10:15", "Station Road is already gridlocked", "Good news for the school run"}},
		{"fr-long-thread-dates.html", true,
			[]string{"Fermeture de la maternité", "Les maires de la vallée", "une heure de route."},
			[]string{"Sophie M.", "12/03/2024 14:05", "J'ai accouché dans cette maternité", "Pétition signée", "Signaler", "Votre commentaire"}},
		{"ar-time-elements.html", true,
			[]string{"افتتاح معرض الكتاب الدولي", "افتتح وزير الثقافة", "ورش القراءة في المدارس"},
			[]string{"نور الهدى", "أسعار الكتب مرتفعة", "المواقف مزدحمة جدا"}},
		{"ru-nested-replies.html", true,
			[]string{"Цены на бензин выросли", "Средняя розничная цена", "к концу месяца"},
			[]string{"Комментарии: 9", "Виктор", "зарплаты стоят", "Зимой на велосипеде", "Интересно, что скажут аналитики", "Пожаловаться"}},
		{"en-article-quotes-readers.html", false,
			[]string{"Maria Lopez, Leeds", "12 March 2024", "I got my life back", "Tom Bright, Cardiff", "Sick days fell by a third", "wrote on 15 March", "results in factories"}, nil},
		{"en-timeline-story.html", false,
			[]string{"06:10", "First warning", "The gauge at the old mill", "The peak", "starts to fall slowly", "By Sunday morning"}, nil},
		{"ar-article-quotes-reader.html", false,
			[]string{"وكتب أحد القراء", "أطفالي لم يستحموا", "أم سامر، قارئة من حي الزهور", "فرق الصيانة تعمل"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			a := loadPage(t, filepath.Join("testdata", "threads", tt.page))
			checkInvariants(t, a)
			got := a.Cleaned()
			structural := false
			for _, c := range a.Changes() {
				if c.Rule == "extract.comments" && strings.Contains(c.Note, "same-shaped blocks") {
					structural = true
					if !strings.HasSuffix(c.Note, ": reader comments") {
						t.Errorf("note does not say why: %q", c.Note)
					}
				}
			}
			if structural != tt.thread {
				t.Errorf("thread found by its shape: %v, want %v", structural, tt.thread)
			}
			wantText(t, got, tt.keep, tt.drop)
		})
	}
}

func TestDateShaped(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"10:45", true}, {"12.03.2024", true}, {"2024-03-12", true}, {"3/12/24", true},
		{"12 March 2024", true}, {"١٢ مارس ٢٠٢٤", true}, {"12 мая 2024 в 10:15", true},
		{"Chapter 3", false}, {"2024", false}, {"Top 10 tips", false}, {"Ratio 3:1", false},
	}
	for _, tt := range tests {
		if got := dateShaped(tt.text); got != tt.want {
			t.Errorf("dateShaped(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestThreadWords(t *testing.T) {
	w, err := loadThreadWords()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"2 hours ago", "منذ ساعتين", "3 часа назад", "il y a 2 heures", "вчера"} {
		if !hasWord(strings.ToLower(s), w.time) {
			t.Errorf("%q is not read as a time", s)
		}
	}
	for _, s := range []string{"Chicago", "agony", "Hierarchy"} {
		if hasWord(strings.ToLower(s), w.time) {
			t.Errorf("%q is read as a time: words must match whole", s)
		}
	}
	if _, err := parseThreadWords("kind\tlanguage\tphrase\tgloss\nwhen\ten\tago\tago\n"); err == nil {
		t.Error("an unknown kind was accepted")
	}
}

func TestBareCount(t *testing.T) {
	for text, want := range map[string]bool{
		"(12)": true, "التعليقات (8)": true, "12 Kommentare": true, "Yorumlar 12": true, "[3]": true,
		"Raining on Day 23": false, "Comments": false, "Top 10 tips for you": false,
	} {
		if got := bareCount(text); got != want {
			t.Errorf("bareCount(%q) = %v, want %v", text, got, want)
		}
	}
}

package debris

import (
	"strings"
	"testing"
)

// Link lines and head widget labels are told apart from subheads and short
// headlines by the words the article itself uses, not by a listed phrase.
func TestUnlistedWidgetKinds(t *testing.T) {
	const para = "The talks in Geneva ended on Monday without an agreement, officials from both delegations said.\n\n"
	for _, tc := range []struct {
		name, text, line string
		removed          bool
	}{
		{"foreign link line between paragraphs", para + "Baca juga: Harga Beras Naik Jelang Ramadan, Pemerintah Siapkan Operasi Pasar\n\n" + body,
			"Baca juga:", true},
		{"accented link line between paragraphs", para + "Xem thêm: Giá xăng dầu hôm nay giảm nhẹ\n\n" + body, "Xem thêm:", true},
		{"subhead with a label the body uses", para + "Geneva: Delegations Leave Without Deal Again\n\n" + body, "Geneva:", false},
		{"English subhead with stopwords", para + "Analysis: what the failure means for the region\n\n" + body, "Analysis:", false},
		{"label line ending a sentence", para + "Update: Officials confirmed the meeting would resume.\n\n" + body, "Update:", false},
		{"one-line quote between paragraphs", para + "\"We will not give up,\" he said.\n\n" + body, "We will not give up", false},
		{"widget label between breadcrumb and stamp", "Inicio / Internacional / Rusia\nEscuchar noticia\nPor Redacción | 14/03/2025 - 18:40 hrs\n\nDelegates leave Geneva without a deal\n\n" + body,
			"Escuchar noticia", true},
		{"short headline above a deck", "Markets tumble\n\nShares fell across Asia after the talks broke down\n\n" + body, "Markets tumble", false},
		{"short headline above a stamp and a deck", "Talks collapse\n\nUpdated 14/03/2025 18:40\n\nShares fell across Asia after the diplomats left\n\n" + body,
			"Talks collapse", false},
		{"short headline with words of its own above a stamp and a deck", "Deadlock persists\n\nUpdated 14/03/2025 18:40\n\nShares fell across Asia after the diplomats left\n\n" + body,
			"Deadlock persists", false},
		{"short headline under a breadcrumb, naming the body", "World > Europe\nGeneva stalemate\n14/03/2025 18:40\n\nDelegates leave the city without a deal\n\n" + body,
			"Geneva stalemate", false},
		{"short headline naming the body above a stamp", "Geneva stalemate\n\n14/03/2025 18:40\n\nDelegates leave the city without a deal\n\n" + body,
			"Geneva stalemate", false},
		{"head stamp with a clock in another language", "Delegates leave Geneva without a deal\n\nनई दिल्ली, 13 मार्च 2025, अपडेटेड 10:05 IST\n\n" + body,
			"अपडेटेड", true},
		{"dateline opening the first paragraph", "Delegates leave Geneva without a deal\n\nGENEVA, March 13, 2025 10:05 — " + body, "GENEVA, March 13", false},
		{"rights notice under furniture", body + "\nPartilhe\nMinden jog fenntartva.\n", "Minden jog", true},
		{"closing line right under the prose", body + "\nNegotiations continue.\n", "Negotiations continue.", false},
		{"closing line with stopwords under furniture", body + "\nShare\nHe did not elaborate.\n", "He did not elaborate.", false},
		{"closing line naming the body under furniture", body + "\nShare\nVienna waits.\n", "Vienna waits.", false},
		{"follow line with an inflected platform", body + "\nKövessen minket a Facebookon!\n", "Facebookon", true},
		{"sentence about a platform", body + "\nFacebookers were not told.\n", "Facebookers", false},
		{"foreign related label and its headline", para + "مواضيع ذات صلة\nالحوثيون يعلنون استهداف سفينة في البحر الأحمر\n\n" + body,
			"البحر الأحمر", true},
		{"headline under a listed see-also label", para + "Zobacz także:\nPrezydent podpisał ustawę o budżecie na 2025 rok\n\n" + body,
			"Prezydent podpisał", true},
		{"English related label stays mid-body", para + "Related\nKremlin says talks useful\n\n" + body, "Kremlin says talks useful", false},
		{"foreign quote under an English line", para + "Protesters chanted\nلا للحرب\n\n" + body, "لا للحرب", false},
		{"form field inside a widget block", body + "\nAdd your comment\nFull name\nE-mail address\nSubmit\n© 2025 All rights reserved\n", "Full name", true},
		{"short line after the prose, above a widget", body + "\nTalks resume in May\n© 2025 All rights reserved\n", "Talks resume in May", false},
		{"short headline under an English breadcrumb, above a stamp", "Home > World\nDeadlock persists\nUpdated 12 March 2025 10:05\n\nDelegates leave the city without a deal in sight\n\n" + body,
			"Deadlock persists", false},
		{"speaker and a short foreign quotation", para + "Lula: Brasil não aceitará pressões\n\n" + body, "Lula:", false},
		{"closing line under furniture, no foreign words", body + "\nShare\nNegotiations continue.\n", "Negotiations continue.", false},
		{"headline giving a time", "Quake hits eastern Turkey at 04:17 on 6 February 2023\n\n" + body, "Quake hits", false},
		{"foreign audio label beside a foreign stamp", "نشر في: 04 مارس 2025 - 22:10\nاستمع إلى المقال\n\nDelegates leave Geneva without a deal\n\n" + body,
			"استمع", true},
		{"foreign original title beside a foreign stamp", "نشر في: 04 مارس 2025 - 22:10\nالوفود تغادر جنيف دون اتفاق بعد محادثات طويلة\n\nDelegates leave Geneva without a deal\n\n" + body,
			"الوفود تغادر", false},
	} {
		a := cleanText(t, builtin(t), tc.text)
		if removed := !strings.Contains(a.Cleaned(), tc.line); removed != tc.removed {
			t.Errorf("%s: %q removed=%v, want %v\n%s", tc.name, tc.line, removed, tc.removed, a.Cleaned())
		}
	}
}

package extract

import "testing"

func TestPhrases(t *testing.T) {
	ph, err := loadPhrases()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		block    string
		rule     string // "" means not boilerplate
		anywhere bool
	}{
		{"Comments (12)", "comments", false},
		{"Auch interessant:", "related", true},
		{"Lesen Sie auch: Weizenpreise steigen", "related", true},
		{"Читайте также: Переговоры в Женеве", "related", true},
		{"اقرأ أيضا: استئناف المحادثات في جنيف", "related", true},
		{"Tags: Geneva, grain, Black Sea", "tags", false},
		{"Facebook Twitter WhatsApp", "share", false},
		// content that only opens with a debris word stays
		{"Read more about the talks in Geneva and what they mean for the grain trade.", "", false},
		{"Share prices fell sharply on Monday after the deal was announced.", "", false},
		{"Tags were attached to every crate that left the port.", "", false},
		{"Comments by the minister were welcomed by traders in Geneva.", "", false},
		{"Delegations from both sides met again on Tuesday in Geneva.", "", false},
		{"Zobacz także: Rząd przyjął projekt budżetu", "related", true},
		{"Schon gelesen?", "related", true},
		{"Foto: Keystone", "media", true},
		{"Bild anzeigen Bild schließen", "media", true},
		{"Foto und Film sind seit Jahren ihre große Leidenschaft gewesen.", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		why, anywhere := ph.match(tt.block)
		rule := ""
		if why != nil {
			rule = why.rule
		}
		if rule != tt.rule || (why != nil && anywhere != tt.anywhere) {
			t.Errorf("match(%q) = %q anywhere=%v, want %q anywhere=%v", tt.block, rule, anywhere, tt.rule, tt.anywhere)
		}
	}
}

func TestEdgeSentence(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"The talks will resume next week.", true},
		{"Schon gelesen?", false},
		{"Jetzt teilen!", false},
		{"Lesen Sie auch die folgenden Beiträge:", false},
		{"Twitter seemed a bit confused by the whole campaign:", true},
		{"※「iPhone」は、Apple Inc.の商標です。", true},
		{"Related articles", false},
	}
	for _, tt := range tests {
		if got := edgeSentence(tt.line); got != tt.want {
			t.Errorf("edgeSentence(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

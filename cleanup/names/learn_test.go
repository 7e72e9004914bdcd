package names

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLearn(t *testing.T) {
	const head = "# my words\ncanonical\tvariants\tkind\tleave_alone\tbasis\n"
	row := "Oleh Hrytsenko\tOleg Gritsenko\tperson\t\tKharkiv governor's own spelling\n"
	tests := []struct {
		name    string
		before  string // "" means no file yet
		entry   Entry
		added   int
		after   string
		wantErr bool
	}{
		{"new file", "", Entry{Canonical: "Ihor Klymenko", Variants: []string{"Igor Klimenko"}},
			1, HeaderLine() + "Ihor Klymenko\tIgor Klimenko\tperson\t\taccepted in review\n", false},
		{"appended row keeps comments", head + row, Entry{Canonical: "Ihor Klymenko", Variants: []string{"Igor Klimenko"}, Basis: "review"},
			1, head + row + "Ihor Klymenko\tIgor Klimenko\tperson\t\treview\n", false},
		{"variant joins its canonical's row", head + row + "# end\n", Entry{Canonical: "Oleh Hrytsenko", Variants: []string{"Oleg Hritsenko", "Oleg Gritsenko"}},
			1, head + "Oleh Hrytsenko\tOleg Gritsenko|Oleg Hritsenko\tperson\t\tKharkiv governor's own spelling\n# end\n", false},
		{"already known: nothing to do", head + row, Entry{Canonical: "Oleh Hrytsenko", Variants: []string{"oleg gritsenko"}},
			0, head + row, false},
		{"file without final newline", head + strings.TrimSuffix(row, "\n"), Entry{Canonical: "Ihor Klymenko", Variants: []string{"Igor Klimenko"}, Basis: "review"},
			1, head + row + "Ihor Klymenko\tIgor Klimenko\tperson\t\treview\n", false},
		{"spelling owned by another name", head + row, Entry{Canonical: "Oleg Gritsenko", Variants: []string{"Oleh Hrytsenko"}},
			0, head + row, true},
		{"canonical owned by another name", head + row, Entry{Canonical: "Oleg Gritsenko", Variants: []string{"Oleg Hritsenko"}},
			0, head + row, true},
		{"case-only difference is not learned", head + row, Entry{Canonical: "Oleh Hrytsenko", Variants: []string{"OLEH HRYTSENKO"}},
			0, head + row, false},
		{"broken file is left alone", "not a glossary\n", Entry{Canonical: "Ihor Klymenko", Variants: []string{"Igor Klimenko"}},
			0, "not a glossary\n", true},
		{"tab in a value", head, Entry{Canonical: "Ihor\tKlymenko", Variants: []string{"Igor Klimenko"}},
			0, head, true},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "mine.tsv")
		if tt.before != "" {
			if err := os.WriteFile(path, []byte(tt.before), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		added, err := Learn(path, tt.entry)
		if (err != nil) != tt.wantErr || added != tt.added {
			t.Errorf("%s: Learn = %d, %v; want %d, error %v", tt.name, added, err, tt.added, tt.wantErr)
		}
		got, _ := os.ReadFile(path)
		if tt.before == "" && tt.wantErr {
			continue
		}
		if string(got) != tt.after {
			t.Errorf("%s: file\n%q\nwant\n%q", tt.name, got, tt.after)
		}
		if _, err := ReadGlossary(strings.NewReader(string(got)), path); err != nil && !tt.wantErr {
			t.Errorf("%s: result does not read back: %v", tt.name, err)
		}
		if tt.before != "" {
			if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
				t.Errorf("%s: mode %v, want 0600 kept", tt.name, st.Mode().Perm())
			}
		}
		if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*tmp")); len(left) > 0 {
			t.Errorf("%s: temp files left: %v", tt.name, left)
		}
	}
}

package desktoplocale

import "testing"

func TestFix(t *testing.T) {
	tests := []struct {
		env       map[string]string
		key, want string
	}{
		{map[string]string{}, "", ""},
		{map[string]string{"LANG": "C"}, "", ""},
		{map[string]string{"LANG": "POSIX"}, "", ""},
		{map[string]string{"LANG": "C.UTF-8"}, "LANGUAGE", "en"},
		{map[string]string{"LANG": "C.utf8"}, "LANGUAGE", "en"},
		{map[string]string{"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"}, "LANGUAGE", "en"},
		{map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "C.UTF-8"}, "", ""},
		{map[string]string{"LANG": "de_DE.UTF-8"}, "", ""},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "", ""},
		{map[string]string{"LANG": "en_US.UTF-8", "LANGUAGE": "C"}, "LANGUAGE", "en"},
	}
	for _, tt := range tests {
		k, v := Fix(func(k string) string { return tt.env[k] })
		if k != tt.key || v != tt.want {
			t.Errorf("%v: got %q=%q, want %q=%q", tt.env, k, v, tt.key, tt.want)
		}
	}
}

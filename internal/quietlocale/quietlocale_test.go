package quietlocale

import "testing"

func TestFix(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		want string // "" when nothing is to be set
	}{
		{"nothing set", nil, ""},
		{"Debian container", map[string]string{"LANG": "C.UTF-8"}, "LC_MESSAGES"},
		{"posix with codeset", map[string]string{"LANG": "POSIX.utf8"}, "LC_MESSAGES"},
		{"modifier", map[string]string{"LANG": "C@euro"}, "LC_MESSAGES"},
		{"plain C is understood", map[string]string{"LANG": "C"}, ""},
		{"a real language", map[string]string{"LANG": "de_DE.UTF-8"}, ""},
		{"LC_MESSAGES decides before LANG", map[string]string{"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "C.UTF-8"}, ""},
		{"LC_ALL decides", map[string]string{"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"}, "LC_ALL"},
		{"LC_ALL real", map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "C.UTF-8"}, ""},
		{"not a C prefix", map[string]string{"LANG": "Ca.UTF-8"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Fix(func(k string) string { return tc.env[k] })
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("Fix = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}

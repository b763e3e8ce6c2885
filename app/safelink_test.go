package app

import "testing"

// TestSafeLink: the exports make links of http, https and mailto addresses
// only, whatever a hand-edited file holds.
func TestSafeLink(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"https://example.com/a?b=c", true},
		{"http://example.com", true},
		{"HTTPS://EXAMPLE.COM", true},
		{"mailto:pm@example.com", true},
		{"javascript:alert(1)", false},
		{"JavaScript:alert(1)", false},
		{"JavaScript:app.alert(1)", false},
		{" javascript:alert(1)", false},
		{"file:///etc/passwd", false},
		{"data:text/html,<script>", false},
		{"/relative/path", false},
		{"https://", false},
		{"mailto:", false},
		{"https://example.com/\x00", false},
		{"https://exa mple.com", false},
		{"ftp://example.com", false},
	} {
		if _, ok := SafeLink(c.in); ok != c.ok {
			t.Errorf("SafeLink(%q) ok = %v, want %v", c.in, ok, c.ok)
		}
	}
}

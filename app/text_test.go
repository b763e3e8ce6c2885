package app

import "testing"

func TestGroupDigits(t *testing.T) {
	tests := []struct{ in, sep, want string }{
		{"0", ",", "0"},
		{"999", ",", "999"},
		{"1000", ",", "1,000"},
		{"-21900.5", ",", "-21,900.5"},
		{"1234567", " ", "1 234 567"},
		{"-100", " ", "-100"},
		{"12345.678", "\u00a0", "12\u00a0345.678"},
	}
	for _, tc := range tests {
		if got := GroupDigits(tc.in, tc.sep); got != tc.want {
			t.Errorf("GroupDigits(%q, %q) = %q, want %q", tc.in, tc.sep, got, tc.want)
		}
	}
	if got := GroupThousands(-32767); got != "-32 767" {
		t.Errorf("GroupThousands(-32767) = %q", got)
	}
}

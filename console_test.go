package main

import "testing"

func TestConsoleNeedsEachStreamAlone(t *testing.T) {
	const file = uintptr(0x1a4) // a redirected handle
	tests := []struct {
		name           string
		stdout, stderr uintptr
		out, err       bool
	}{
		{"both to the console", 0, 0, true, true},
		{"stdout redirected alone", file, 0, false, true},
		{"stderr redirected alone", 0, file, true, false},
		{"both redirected", file, file, false, false},
		{"invalid handles", invalidHandle, invalidHandle, true, true},
	}
	for _, tt := range tests {
		out, err := consoleNeeds(tt.stdout, tt.stderr)
		if out != tt.out || err != tt.err {
			t.Errorf("%s: consoleNeeds = %v, %v; want %v, %v", tt.name, out, err, tt.out, tt.err)
		}
	}
}

package store

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestDataDir(t *testing.T) {
	home := func() (string, error) { return "/home/ada", nil }
	config := func() (string, error) { return "/cfg", nil }
	noHome := func() (string, error) { return "", errors.New("no $HOME") }
	tests := []struct {
		goos, xdg string
		home      func() (string, error)
		want      string
		wantErr   bool
	}{
		{"linux", "", home, "/home/ada/.local/share/canopy", false},
		{"linux", "/data", home, "/data/canopy", false},
		{"linux", "relative", home, "/home/ada/.local/share/canopy", false},
		{"freebsd", "", home, "/home/ada/.local/share/canopy", false},
		{"windows", "", home, "/cfg/Canopy", false},
		{"darwin", "", home, "/cfg/Canopy", false},
		{"linux", "", noHome, "", true},
	}
	for _, tt := range tests {
		got, err := dataDir(tt.goos, func(string) string { return tt.xdg }, tt.home, config)
		if (err != nil) != tt.wantErr || got != filepath.FromSlash(tt.want) {
			t.Errorf("dataDir(%s, XDG=%q) = %q, %v; want %q", tt.goos, tt.xdg, got, err, tt.want)
		}
	}
}

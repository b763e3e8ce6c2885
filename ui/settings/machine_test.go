package settings

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// TestMachineTab: your name and the auto-sync interval typed in Settings ▸
// On this machine are this machine's preferences; an interval out of range
// is refused with a dialog that says which numbers it takes, and the last
// good one is kept.
func TestMachineTab(t *testing.T) {
	a := test.NewTempApp(t)
	c := uitest.NewContext(t, uitest.SeedWorkspace(t))
	m := newMachineTab(c.Env, page.Host{Prefs: a.Preferences(), Dir: t.TempDir()})
	if m == nil {
		t.Fatal("no tab with preferences")
	}
	c.Show(m.content, 800, 400)
	uitest.Commit(t, c.Win, m.name, "Ada Lovelace")
	if got := a.Preferences().String(page.PrefUserName); got != "Ada Lovelace" {
		t.Fatalf("name preference %q", got)
	}
	tests := []struct {
		typed string
		want  int
		err   string
	}{
		{"15", 15, ""},
		{"-3", 15, "not a number of minutes from 0 (off) to 1440"},
		{"1441", 15, "not a number of minutes"},
		{"2.5", 15, "not a number of minutes"},
		{"0", 0, ""},
	}
	for _, tc := range tests {
		uitest.Commit(t, c.Win, m.autoSync, tc.typed)
		if tc.err != "" {
			uitest.WaitForDialog(t, c.Win, tc.err)
			c.Win.Canvas().Overlays().Top().Hide()
		}
		if got := a.Preferences().IntWithFallback(page.PrefAutoSync, -1); got != tc.want {
			t.Errorf("after typing %q: auto-sync %d, want %d", tc.typed, got, tc.want)
		}
	}
	if newMachineTab(c.Env, page.Host{}) != nil {
		t.Error("a tab without preferences")
	}
}

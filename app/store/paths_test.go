package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
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

func TestRulesFor(t *testing.T) {
	tests := []struct {
		goos                  string
		foldCase, retry, sync bool
		maxPath               int
	}{
		{"windows", true, true, false, 259},
		{"darwin", true, false, true, 0},
		{"linux", false, false, true, 0},
		{"freebsd", false, false, true, 0},
	}
	for _, tt := range tests {
		r := RulesFor(tt.goos)
		if r.OS != tt.goos || r.FoldCase != tt.foldCase || r.RetryRename != tt.retry || r.SyncDir != tt.sync || r.MaxPath != tt.maxPath {
			t.Errorf("RulesFor(%s) = %+v", tt.goos, r)
		}
	}
}

func TestExtendedPath(t *testing.T) {
	win, linux := RulesFor("windows"), RulesFor("linux")
	deep := strings.Repeat(`folder\`, 36) // 252 characters
	tests := []struct {
		rules FileRules
		in    string
		want  string
	}{
		{win, `C:\Users\ada\plan\items\item-x.json`, `C:\Users\ada\plan\items\item-x.json`},
		{win, `C:\` + deep + `a.json`, `\\?\C:\` + deep + `a.json`},           // 262 characters
		{win, `C:\` + deep[:250] + `1234`, `C:\` + deep[:250] + `1234`},       // 258: short enough
		{win, `C:\` + deep[:252] + `12345`, `\\?\C:\` + deep[:252] + `12345`}, // 260
		{win, `C:\` + deep[:252] + `1234`, `C:\` + deep[:252] + `1234`},       // exactly 259
		{win, `C:/` + strings.ReplaceAll(deep, `\`, "/") + "a.json", `\\?\C:\` + deep + `a.json`},
		{win, `\\nas\share\` + deep + "a.json", `\\?\UNC\nas\share\` + deep + "a.json"},
		{win, `\\?\C:\` + deep + "a.json", `\\?\C:\` + deep + "a.json"},
		{win, deep + "a.json", deep + "a.json"}, // relative
		{win, `C:\` + strings.Repeat("ü", 257), `\\?\C:\` + strings.Repeat("ü", 257)},
		{linux, "/" + strings.Repeat("folder/", 60), "/" + strings.Repeat("folder/", 60)},
	}
	for _, tt := range tests {
		if got := tt.rules.ExtendedPath(tt.in); got != tt.want {
			t.Errorf("%s: ExtendedPath(%q… %d chars) = %q…, want %q…", tt.rules.OS, head(tt.in), len(tt.in), head(got), head(tt.want))
		}
	}
}

func head(s string) string {
	if len(s) > 24 {
		return s[:24]
	}
	return s
}

func TestFoldCollisions(t *testing.T) {
	tests := []struct {
		names []string
		want  []FoldCollision
	}{
		{[]string{"item-a.json", "item-b.json"}, nil},
		{[]string{"item-a.json", "Item-A.json"}, []FoldCollision{{"item-a.json", "Item-A.json"}}},
		{[]string{"item-a.json", "ITEM-A.JSON", "Item-a.json"}, []FoldCollision{{"item-a.json", "ITEM-A.JSON"}, {"item-a.json", "Item-a.json"}}},
		{[]string{"con.json", "CON.json"}, []FoldCollision{{"con.json", "CON.json"}}},
	}
	for _, tt := range tests {
		if got := foldCollisions(tt.names); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("foldCollisions(%q) = %v, want %v", tt.names, got, tt.want)
		}
	}
}

// A workspace holding two files whose names differ only in case (made on
// Linux, or merged in git) cannot travel to Windows or macOS: opening it
// names both files and reads only the lowercase one.
func TestCaseCollisionNamesBothFiles(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	data, err := os.ReadFile(filepath.Join(dir, "items", "item-full.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "items", "Item-Full.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, ws, report, err := OpenAt(dir, p)
	if err != nil {
		t.Fatal(err)
	}
	lines := report.Lines()
	want := "items/Item-Full.json: the same name as items/item-full.json but for case: Windows and macOS see one file where Linux sees two; keep one, delete the other"
	if len(lines) != 1 || lines[0] != want {
		t.Fatalf("report = %q, want only %q", lines, want)
	}
	if ws.ReadOnly() == nil {
		t.Error("the workspace stays editable with a file that cannot travel")
	}
	if _, ok := ws.Item("item-full"); !ok {
		t.Error("the lowercase file was not read")
	}
}

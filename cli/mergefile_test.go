package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/store"
	"canopy/internal/gittest"
)

// TestMergeFile runs the driver as git would, with and without the path,
// and checks git's protocol: the result in OURS, exit 0 clean, 1 on a
// conflict.
func TestMergeFile(t *testing.T) {
	gittest.Isolate(t) // the fallback runs git merge-file
	dir := t.TempDir()
	write := func(name string, it *app.Item, extra string) string {
		data, err := store.Encode(it)
		if err != nil {
			t.Fatal(err)
		}
		if extra != "" {
			data = []byte(strings.Replace(string(data), "\n}\n", ",\n"+extra+"\n}\n", 1))
		}
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return file
	}
	item := func(title, assignee string, tags ...string) *app.Item {
		it := &app.Item{ID: "item-00000001", Type: app.TypeStory, Title: title, Status: app.StatusNew, Assignee: assignee, Tags: tags}
		app.Normalize(it)
		return it
	}
	base := write("base", item("T", "Ada", "a"), "")
	for _, c := range []struct {
		name         string
		ours, theirs *app.Item
		extra        string
		path         []string
		code         int
		want         []string
	}{
		{"clean, with the path", item("T", "Grace", "a", "pm"), item("T", "Ada", "a", "po"), "", []string{"items/item-00000001.json"}, 0,
			[]string{`"assignee": "Grace"`, `"pm",`, `"po"`}},
		{"clean, its path guessed", item("T2", "Ada", "a"), item("T", "Ada"), "", nil, 0, []string{`"title": "T2"`, `"tags": []`}},
		{"a conflict", item("Ours", "Ada", "a"), item("Theirs", "Ada", "a"), "", []string{"items/item-00000001.json"}, 1,
			[]string{"<<<<<<< ours\n  \"title\": \"Ours\",\n||||||| base\n  \"title\": \"T\",\n=======\n  \"title\": \"Theirs\",\n>>>>>>> theirs\n"}},
		{"a key this build does not know: line by line, kept", item("T", "Ada", "a"), item("T", "Ada", "a"), `  "points": 8`, []string{"items/item-00000001.json"}, 0,
			[]string{`"points": 8`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ours := write("ours", c.ours, "")
			theirs := write("theirs", c.theirs, c.extra)
			code, _, errOut := runCLI(t, append([]string{"merge-file", base, ours, theirs}, c.path...)...)
			if code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errOut)
			}
			got, _ := os.ReadFile(ours)
			for _, w := range c.want {
				if !strings.Contains(string(got), w) {
					t.Fatalf("result lacks %q:\n%s", w, got)
				}
			}
		})
	}
	if code, _, _ := runCLI(t, "merge-file", base); code != 2 {
		t.Fatalf("merge-file with one file = %d, want 2", code)
	}
}

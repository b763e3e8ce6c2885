package gitrev

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/diff"
	"canopy/app/sample"
	"canopy/app/store"
	"canopy/internal/gittest"
)

var today = app.MustDate("2026-03-02")

// run runs git in dir, dated date when not empty, and returns its output
// trimmed.
func run(t *testing.T, dir, date string, args ...string) string {
	t.Helper()
	return strings.TrimSpace(gittest.RunAt(t, dir, date, args...))
}

// history is a repository whose workspace lives in plan/: a first commit
// without it, one with the sample (tagged v1), one that edits it, and an
// edit not committed.
type history struct {
	root, dir string
	item      *app.Item // edited in the second commit
	added     *app.Item // added in the second commit
	init      *app.Initiative
}

// write saves one entity's file as the store would.
func write(t *testing.T, dir string, e app.Entity) {
	t.Helper()
	data, err := store.Encode(e)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, filepath.FromSlash(store.Path(app.KeyOf(e))))
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func newHistory(t *testing.T) *history {
	t.Helper()
	gittest.Isolate(t)
	h := &history{root: t.TempDir()}
	h.dir = filepath.Join(h.root, "plan")
	run(t, h.root, "", "-c", "init.defaultBranch=main", "init", "-q")
	run(t, h.root, "", "config", "user.name", "Test")
	run(t, h.root, "", "config", "user.email", "test@example.com")
	os.WriteFile(filepath.Join(h.root, "README"), []byte("hello\n"), 0o644)
	run(t, h.root, "", "add", ".")
	run(t, h.root, "2026-01-05T10:00:00+00:00", "commit", "-q", "-m", "start")

	ws, err := sample.New(today, app.DayClock(today))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Create(h.dir, ws); err != nil {
		t.Fatal(err)
	}
	run(t, h.root, "", "add", ".")
	run(t, h.root, "2026-01-20T10:00:00+00:00", "commit", "-q", "-m", "the plan")
	run(t, h.root, "", "tag", "v1")

	h.item = app.Clone(ws.Items()[0])
	h.item.Estimate += 5
	write(t, h.dir, h.item)
	h.added = &app.Item{ID: "item-zzzzzzzz", Type: app.TypeBug, Title: "Crash on start", Status: app.StatusNew, Rank: 1e6, Estimate: 2}
	write(t, h.dir, h.added)
	run(t, h.root, "", "add", ".")
	run(t, h.root, "2026-02-10T10:00:00+00:00", "commit", "-q", "-m", "groomed")

	h.init = app.Clone(ws.Initiatives()[0])
	h.init.Name += " (renamed)"
	write(t, h.dir, h.init)
	return h
}

func current(t *testing.T, dir string) *app.Workspace {
	t.Helper()
	_, ws, report, err := store.OpenAt(dir, store.Places{})
	if err != nil || len(report.Decode) > 0 {
		t.Fatalf("open: %v %v", err, report.Lines())
	}
	return ws
}

func summaries(d *diff.Diff) []string {
	var out []string
	for _, c := range d.Changes {
		if c.Field != diff.FieldPriority {
			out = append(out, c.Title+": "+c.Summary())
		}
	}
	return out
}

func TestLoadRevisions(t *testing.T) {
	h := newHistory(t)
	now := current(t, h.dir)
	est := func(it *app.Item) string { return diff.Number(it.Estimate) }
	rel, ok := now.Release(h.item.Release)
	if !ok {
		t.Fatal("the edited item is in no release")
	}
	var pts float64
	for _, it := range now.Items() {
		if it.Release == rel.ID {
			pts += it.Estimate
		}
	}
	tests := []struct {
		rev  string
		want []string
	}{
		{"HEAD", []string{h.init.Name + `: name: "` + strings.TrimSuffix(h.init.Name, " (renamed)") + `" → "` + h.init.Name + `"`}},
		{"v1", []string{
			h.init.Name + `: name: "` + strings.TrimSuffix(h.init.Name, " (renamed)") + `" → "` + h.init.Name + `"`,
			rel.Name + ": points: " + diff.Number(pts-5) + " → " + diff.Number(pts) + " (scope creep +5 pts)",
			h.item.Title + ": estimate: " + diff.Number(h.item.Estimate-5) + " → " + est(h.item),
			"Crash on start: added (Bug, New, 2 pts)",
		}},
		{"HEAD~1", nil}, // the same as v1
	}
	tests[2].want = tests[1].want
	for _, tt := range tests {
		t.Run(tt.rev, func(t *testing.T) {
			old, report, rev, err := Load(h.dir, tt.rev, now)
			if err != nil {
				t.Fatal(err)
			}
			if !report.OK() {
				t.Errorf("report: %v", report.Lines())
			}
			if rev.Name != tt.rev || len(rev.Commit) != 40 {
				t.Errorf("revision %+v", rev)
			}
			got := summaries(diff.Compare(old, now))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			// Reading every file from git gives the same plan.
			fresh, _, _, err := Load(h.dir, tt.rev, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d := diff.Compare(fresh, old); !d.Empty() {
				t.Errorf("reusing unchanged files changed the result: %v", summaries(d))
			}
			if old.ReadOnly() == nil {
				t.Error("the past version is editable")
			}
		})
	}
}

func TestLoadReusesUnchangedFiles(t *testing.T) {
	h := newHistory(t)
	now := current(t, h.dir)
	old, _, _, err := Load(h.dir, "v1", now)
	if err != nil {
		t.Fatal(err)
	}
	shared, read := 0, 0
	for _, it := range old.Items() {
		n, _ := now.Item(it.ID)
		if n == it {
			shared++
		} else {
			read++
		}
	}
	if read != 1 || shared != now.Count(app.KindItem)-2 {
		t.Errorf("%d items shared, %d read from git; want all but the 1 edited shared (of %d)", shared, read, now.Count(app.KindItem))
	}
}

func TestSince(t *testing.T) {
	h := newHistory(t)
	for _, tt := range []struct {
		day, want string
	}{
		{"2026-01-21", "the plan"},
		{"2026-02-10", "the plan"}, // the commit on that day is not before it
		{"2026-02-11", "groomed"},
	} {
		commit, err := Since(h.dir, app.MustDate(tt.day))
		if err != nil {
			t.Fatal(err)
		}
		if got := run(t, h.root, "", "log", "-1", "--format=%s", commit); got != tt.want {
			t.Errorf("since %s: %q, want %q", tt.day, got, tt.want)
		}
	}
	if _, err := Since(h.dir, app.MustDate("2025-12-01")); !errors.Is(err, ErrUnknownRevision) {
		t.Errorf("since before the first commit: %v, want an unknown revision", err)
	}
}

func TestLoadErrors(t *testing.T) {
	h := newHistory(t)
	now := current(t, h.dir)
	_, _, _, err := Load(h.dir, "v9", now)
	if !errors.Is(err, ErrUnknownRevision) || !strings.Contains(err.Error(), `"v9"`) {
		t.Errorf("unknown tag: %v", err)
	}
	_, _, _, err = Load(h.dir, "--output=x", now)
	if !errors.Is(err, ErrUnknownRevision) {
		t.Errorf("an option as a revision: %v", err)
	}
	_, _, _, err = Load(h.dir, "HEAD~2", now)
	if !errors.Is(err, ErrNoWorkspace) || !strings.Contains(err.Error(), "plan") || !strings.Contains(err.Error(), "HEAD~2") {
		t.Errorf("before the workspace existed: %v", err)
	}
	_, _, _, err = Load(t.TempDir(), "HEAD", nil)
	if !errors.Is(err, ErrNotRepo) {
		t.Errorf("outside git: %v", err)
	}

	// A commit of a newer Canopy is refused by name.
	manifest := filepath.Join(h.dir, store.ManifestFile)
	data, _ := os.ReadFile(manifest)
	os.WriteFile(manifest, []byte(strings.Replace(string(data), fmt.Sprintf(`"schema": %d`, app.SchemaVersion), fmt.Sprintf(`"schema": %d`, app.SchemaVersion+1), 1)), 0o644)
	run(t, h.root, "", "commit", "-q", "-am", "from the future")
	_, _, _, err = Load(h.dir, "HEAD", nil)
	if !errors.Is(err, store.ErrNewerSchema) || !strings.Contains(err.Error(), "HEAD") {
		t.Errorf("newer schema: %v", err)
	}

	// A damaged file at the revision is reported, not fatal.
	os.WriteFile(manifest, data, 0o644)
	item := filepath.Join(h.dir, filepath.FromSlash(store.Path(app.KeyOf(h.added))))
	os.WriteFile(item, []byte(`{"id": `), 0o644)
	run(t, h.root, "", "commit", "-q", "-am", "broken")
	_, report, _, err := Load(h.dir, "HEAD", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(report.Decode) != 1 || !strings.Contains(report.Decode[0].Error(), "items/item-zzzzzzzz.json") {
		t.Errorf("damaged file: %v", report.Lines())
	}
}

func TestRecent(t *testing.T) {
	h := newHistory(t)
	list, err := Recent(h.dir, 5)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range list {
		got = append(got, r.When.UTC().Format("2006-01-02")+" "+r.Subject)
	}
	// "start" did not touch the workspace's folder.
	if want := "2026-02-10 groomed|2026-01-20 the plan"; strings.Join(got, "|") != want {
		t.Errorf("recent %q, want %q", strings.Join(got, "|"), want)
	}
}

package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"canopy/app"
	"canopy/app/store"
	"canopy/internal/gittest"
)

// rewrite rewrites one entity's file as the store would.
func rewrite[E app.Entity](t *testing.T, dir string, e E, change func(E)) {
	t.Helper()
	c := app.Clone(e)
	change(c)
	data, err := store.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(store.Path(app.KeyOf(c)))), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// reviewedPlan is the sample committed and tagged v1 on 2026-11-20 and
// saved as the baseline "q4", then a month of work not committed: an
// initiative slipped, an item started, one dropped from its release and
// one added to it, a key result moved, the vision rewritten.
func reviewedPlan(t *testing.T) string {
	t.Helper()
	gittest.Isolate(t)
	dir := sampleDir(t)
	if code, _, stderr := runCLI(t, "baseline", dir, "q4", "--today", "2026-11-20"); code != 0 {
		t.Fatalf("baseline: %s", stderr)
	}
	gittest.RunAt(t, dir, "", "init", "-q")
	gittest.RunAt(t, dir, "", "add", ".")
	gittest.RunAt(t, dir, "2026-11-20T10:00:00+00:00", "commit", "-q", "-m", "Quarterly review")
	gittest.RunAt(t, dir, "", "tag", "v1")

	_, ws, _, err := store.OpenAt(dir, store.Places{})
	if err != nil {
		t.Fatal(err)
	}
	ini := ws.Initiatives()[0]
	rewrite(t, dir, ini, func(in *app.Initiative) { in.End = in.End.AddDays(21); in.Status = app.InitiativeAtRisk })
	var inRelease, outside *app.Item
	for _, it := range ws.Items() {
		switch {
		case it.Release != "" && inRelease == nil && it.Status == app.StatusReady:
			inRelease = it
		case it.Release == "" && outside == nil && it.Status == app.StatusNew:
			outside = it
		}
	}
	rel := inRelease.Release
	rewrite(t, dir, inRelease, func(it *app.Item) {
		it.Status = app.StatusInProgress
		it.History = append(it.History, app.Decision{At: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), By: "Ada",
			Kind: app.DecisionMoved, From: app.StatusReady, To: app.StatusInProgress})
		it.Release = ""
	})
	rewrite(t, dir, outside, func(it *app.Item) { it.Release = rel })
	g := ws.Goals()[0]
	rewrite(t, dir, g, func(g *app.Goal) { g.KeyResults[0].Current = g.KeyResults[0].Target })
	rewrite(t, dir, ws.Strategy(), func(s *app.Strategy) { s.Vision = "Every field crew finishes the day with nothing left to type." })
	return dir
}

func TestDiffGolden(t *testing.T) {
	dir := reviewedPlan(t)
	code, text, stderr := runCLI(t, "diff", dir, "--rev", "v1")
	if code != 1 || stderr != "" {
		t.Fatalf("diff --rev v1: exit %d, want 1 (changed): %s", code, stderr)
	}
	golden(t, "diff.txt", text)

	code, out, stderr := runCLI(t, "diff", dir, "--rev", "v1", "--json")
	if code != 1 || stderr != "" {
		t.Fatalf("diff --json: exit %d: %s", code, stderr)
	}
	golden(t, "diff.json", out)
	var parsed struct {
		From, To string
		Changes  []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &parsed); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(parsed.From, "v1 (") || parsed.To != currentSide || len(parsed.Changes) == 0 {
		t.Errorf("JSON from %q to %q, %d changes", parsed.From, parsed.To, len(parsed.Changes))
	}
	for _, c := range parsed.Changes {
		for _, k := range []string{"kind", "entity", "id", "title", "old", "new"} {
			if _, ok := c[k]; !ok && !(k == "id" && c["entity"] == "strategy") {
				t.Errorf("change %v has no %s", c, k)
			}
		}
	}

	// The same changes from HEAD (nothing committed since), the last
	// commit before a day, and the baseline; only the name of the old side
	// differs.
	body := func(s string) string { _, rest, _ := strings.Cut(s, "\n"); return rest }
	for _, args := range [][]string{{}, {"--since", "2026-11-21"}, {"--baseline", "q4"}} {
		code, got, stderr := runCLI(t, append([]string{"diff", dir}, args...)...)
		if code != 1 || body(got) != body(text) {
			t.Errorf("diff %v: exit %d %s\n%s", args, code, stderr, got)
		}
	}

	gittest.RunAt(t, dir, "", "add", ".")
	gittest.RunAt(t, dir, "2026-12-02T10:00:00+00:00", "commit", "-q", "-m", "December")
	code, got, _ := runCLI(t, "diff", dir)
	if code != 0 || !strings.HasPrefix(got, "No changes from HEAD (") {
		t.Errorf("diff after committing: exit %d, want 0: %s", code, got)
	}
}

func TestDiffErrors(t *testing.T) {
	dir := reviewedPlan(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--rev", "v9"}, `unknown revision "v9"`},
		{[]string{"--since", "2026-01-01"}, "no commit before 2026-01-01"},
		{[]string{"--baseline", "q9"}, `no such baseline named "q9"`},
		{[]string{"--rev", "v1", "--baseline", "q4"}, "give one of --rev, --since and --baseline"},
		{[]string{"--since", "yesterday"}, "--since"},
	} {
		code, _, stderr := runCLI(t, append([]string{"diff", dir}, tt.args...)...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("diff %v: exit %d %q, want 2 mentioning %q", tt.args, code, stderr, tt.want)
		}
	}
	os.WriteFile(filepath.Join(dir, "baselines", "q4.json"), []byte(`{"schema": 1,`), 0o644)
	if code, _, stderr := runCLI(t, "diff", dir, "--baseline", "q4"); code != 2 || !strings.Contains(stderr, "baseline q4 is damaged: baselines/q4.json:1:") {
		t.Errorf("damaged baseline: exit %d %q", code, stderr)
	}
	outside := sampleDir(t)
	if code, _, stderr := runCLI(t, "diff", outside); code != 2 || !strings.Contains(stderr, "not inside a git repository") || !strings.Contains(stderr, "--baseline") {
		t.Errorf("outside git: exit %d %q", code, stderr)
	}
}

func TestBaselineCommand(t *testing.T) {
	dir := sampleDir(t)
	before := tree(t, dir)
	code, out, stderr := runCLI(t, "baseline", dir, "q3", "--today", "2026-09-30")
	if code != 0 || !strings.Contains(out, "saved the baseline q3") {
		t.Fatalf("baseline: exit %d %s %s", code, out, stderr)
	}
	after := tree(t, dir)
	delete(after, "baselines/q3.json")
	if len(after) != len(before) {
		t.Errorf("saving a baseline changed other files")
	}
	if code, _, stderr := runCLI(t, "baseline", dir, "q3"); code != 1 || !strings.Contains(stderr, "already exists") {
		t.Errorf("saving over it: exit %d %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "baseline", dir, "Q 3"); code != 2 || !strings.Contains(stderr, "lowercase letters") {
		t.Errorf("a bad name: exit %d %q", code, stderr)
	}
	runCLI(t, "baseline", dir, "q4", "--today", "2026-12-31")
	code, out, _ = runCLI(t, "baseline", dir, "--list")
	if code != 0 || !regexpMatch(`(?s)NAME +SAVED\nq3 +2026-09-30 .*\nq4 +2026-12-31 `, out) {
		t.Errorf("list: exit %d\n%s", code, out)
	}
	if code, _, stderr := runCLI(t, "baseline", dir, "--delete", "q3"); code != 0 {
		t.Errorf("delete: exit %d %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "baseline", dir, "--delete", "q3"); code != 1 || !strings.Contains(stderr, "there are: q4") {
		t.Errorf("delete again: exit %d %q", code, stderr)
	}
	code, out, _ = runCLI(t, "diff", dir, "--baseline", "q4")
	if code != 0 || !strings.HasPrefix(out, "No changes from baseline q4 (saved 2026-12-31)") {
		t.Errorf("diff with an unchanged baseline: exit %d %q", code, out)
	}
	// The workspace with its baselines still validates clean.
	if code, out, _ := runCLI(t, "validate", dir); code != 0 {
		t.Errorf("validate with baselines: exit %d\n%s", code, out)
	}
}

func regexpMatch(pattern, s string) bool { return regexp.MustCompile(pattern).MatchString(s) }

package team

import (
	"bytes"
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/diff"
)

func TestCommitMessage(t *testing.T) {
	resched := diff.Change{Kind: diff.Changed, Entity: diff.EntityInitiative, ID: "ini-1", Title: "Real-time re-planning", Field: "end", Old: "2026-03-01", New: "2026-04-12", Delta: 42, Unit: "days"}
	status := func(id, title string, to app.Status) diff.Change {
		return diff.Change{Kind: diff.Changed, Entity: diff.EntityItem, ID: id, Title: title, Field: "status", Old: app.StatusDone.Title(), New: to.Title()}
	}
	added := func(id, title string) diff.Change {
		return diff.Change{Kind: diff.Added, Entity: diff.EntityItem, ID: id, Title: title}
	}
	for _, c := range []struct {
		name    string
		changes []diff.Change
		edits   []Edit
		subject string
		body    []string
	}{
		{"the issue's example", []diff.Change{
			resched,
			status("it-1", "Login", app.StatusAccepted), status("it-2", "Logout", app.StatusAccepted),
			added("it-3", "A"), added("it-4", "B"), added("it-5", "C"),
		}, nil, "Reschedule 'Real-time re-planning', accept 2 items, add 3 items",
			[]string{`~ Real-time re-planning: end: "2026-03-01" → "2026-04-12"`, "+ A: added"}},
		{"one verb per entity, the most telling", []diff.Change{
			{Kind: diff.Changed, Entity: diff.EntityItem, ID: "it-1", Title: "Login", Field: "estimate", Old: 3.0, New: 5.0},
			status("it-1", "Login", app.StatusAccepted),
		}, nil, "Accept 'Login'", []string{"~ Login: estimate: 3 → 5"}},
		{"a single change has no body", []diff.Change{status("it-1", "Login", app.StatusDone)}, nil, "Finish 'Login'", nil},
		{"edits the diff does not list", nil, []Edit{
			{Title: "Acme Corp", Kind: app.KindCompetitor, What: "add"},
			{Title: "Mobile", Kind: app.KindLane},
			{Title: "Web", Kind: app.KindLane},
		}, "Add 'Acme Corp', edit 2 lanes", []string{"~ Acme Corp: added", "~ Mobile: edited"}},
		{"priority and strategy", []diff.Change{
			{Kind: diff.Changed, Entity: diff.EntityItem, ID: "it-9", Title: "Search", Field: diff.FieldPriority, Old: "#3", New: "#1"},
			{Kind: diff.Changed, Entity: diff.EntityStrategy, Title: "Strategy", Field: "vision", Old: "a", New: "b"},
		}, nil, "Reorder what next, rewrite the strategy's vision", []string{`~ Strategy: vision: "a" → "b"`}},
		{"nothing the diff can say", nil, nil, "Update the plan", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			msg := CommitMessage(&diff.Diff{Changes: c.changes}, c.edits)
			subject, body, _ := strings.Cut(msg, "\n")
			if subject != c.subject {
				t.Fatalf("subject = %q, want %q", subject, c.subject)
			}
			for _, want := range c.body {
				if !strings.Contains(body, want) {
					t.Fatalf("body lacks %q:\n%s", want, body)
				}
			}
			if c.body == nil && strings.TrimSpace(body) != "" {
				t.Fatalf("unexpected body:\n%s", body)
			}
		})
	}
}

func TestCommitMessageLong(t *testing.T) {
	var cs []diff.Change
	for i, title := range []string{"An initiative with a rather long name indeed", "Second", "Third"} {
		cs = append(cs, diff.Change{Kind: diff.Changed, Entity: diff.EntityMilestone, ID: string(rune('a' + i)), Title: title, Field: "date", Unit: "days", Delta: 7})
		cs = append(cs, diff.Change{Kind: diff.Added, Entity: diff.EntityRelease, ID: string(rune('x' + i)), Title: title + " release"})
		cs = append(cs, diff.Change{Kind: diff.Removed, Entity: diff.EntityGoal, ID: string(rune('m' + i)), Title: title + " goal"})
	}
	cs = append(cs, diff.Change{Kind: diff.Changed, Entity: diff.EntityStrategy, Title: "Strategy", Field: "vision"})
	for i := range 60 {
		cs = append(cs, diff.Change{Kind: diff.Changed, Entity: diff.EntityItem, ID: "it-" + string(rune('A'+i)), Title: "Item", Field: "title", Old: "a", New: "b"})
	}
	msg := CommitMessage(&diff.Diff{Changes: cs}, nil)
	subject, body, _ := strings.Cut(msg, "\n")
	if n := len([]rune(subject)); n > subjectWidth+len(" and 9 more") {
		t.Fatalf("subject is %d long: %q", n, subject)
	}
	if !strings.HasPrefix(subject, "Reschedule 3 milestones, add 3 releases") || !strings.Contains(subject, "more") {
		t.Fatalf("subject = %q", subject)
	}
	if lines := strings.Count(body, "\n"); lines != bodyLines+2 || !strings.Contains(body, "… and 30 more") {
		t.Fatalf("body has %d lines:\n%s", lines, body)
	}
}

func TestByEntity(t *testing.T) {
	d := &diff.Diff{Changes: []diff.Change{
		{Kind: diff.Changed, Entity: diff.EntityItem, ID: "it-1", Title: "Login", Field: "status", Old: "Ready", New: "Done"},
		{Kind: diff.Changed, Entity: diff.EntityItem, ID: "it-2", Title: "Search", Field: diff.FieldPriority, Old: "#3", New: "#1"},
		{Kind: diff.Changed, Entity: diff.EntityItem, ID: "it-1", Title: "Login", Field: "estimate", Old: 3.0, New: 5.0},
		{Kind: diff.Changed, Entity: diff.EntityItem, ID: "it-3", Title: "Export", Field: diff.FieldPriority, Old: "#1", New: "#2"},
	}}
	groups := ByEntity(d)
	if len(groups) != 2 || groups[0].Title != "Login" || len(groups[0].Changes) != 2 || groups[1].Title != "What next" || len(groups[1].Changes) != 2 {
		t.Fatalf("groups = %+v", groups)
	}
	var b bytes.Buffer
	if err := WriteIncoming(&b, d, "abc", "def"); err != nil {
		t.Fatal(err)
	}
	want := "Came in (abc → def):\n  Login (item)\n    ~ status: \"Ready\" → \"Done\"\n    ~ estimate: 3 → 5\n  What next\n    ~ Search: priority: \"#3\" → \"#1\"\n    ~ Export: priority: \"#1\" → \"#2\"\n"
	if b.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	if err := WriteIncoming(&b, &diff.Diff{}, "abc", "def"); err != nil || !strings.Contains(b.String(), "no change to the plan") {
		t.Fatalf("empty: %q %v", b.String(), err)
	}
}

func TestStateWords(t *testing.T) {
	for _, c := range []struct {
		name    string
		st      SyncState
		unsaved bool
		want    string
	}{
		{"in sync", SyncState{Upstream: "origin/main", Remotes: 1}, false, "in sync with origin/main"},
		{"everything at once", SyncState{Upstream: "origin/main", Remotes: 1, Changed: []string{"a", "b"}, Ahead: 1, Behind: 3}, true, "unsaved changes, 2 files not committed, 1 to push, 3 to bring in"},
		{"conflicts", SyncState{Upstream: "origin/main", Remotes: 1, Changed: []string{"a", "b"}, Unmerged: 1, Merging: true}, false, "1 conflict to settle, 1 file not committed"},
		{"no remote", SyncState{Changed: []string{"a"}}, false, "1 file not committed, no remote"},
		{"no upstream", SyncState{Remotes: 1}, false, "no upstream branch"},
		{"refused", SyncState{Refusal: "a rebase is in progress"}, false, "cannot sync: a rebase is in progress"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.st.Words(c.unsaved); got != c.want {
				t.Fatalf("Words = %q, want %q", got, c.want)
			}
		})
	}
}

func TestPlainGit(t *testing.T) {
	for _, c := range []struct{ git, want string }{
		{"fatal: could not read Username for 'https://example.com': terminal prompts disabled", "credential helper"},
		{"git@example.com: Permission denied (publickey).\nfatal: Could not read from remote repository.", "SSH key"},
		{"fatal: '/tmp/x.git' does not appear to be a git repository", "the remote repository is not there"},
		{"fatal: unable to access 'https://example.com/': Could not resolve host: example.com", "cannot be reached"},
		{"error: Your local changes to the following files would be overwritten by merge:\n\tREADME.md", "outside the plan"},
		{"fatal: something new", "fatal: something new"},
	} {
		if got := plainGit(c.git); !strings.Contains(got, c.want) || !strings.Contains(got, strings.Fields(c.git)[0]) {
			t.Errorf("plainGit(%q) = %q, want it to say %q and keep git's words", c.git, got, c.want)
		}
	}
	for _, goos := range []string{"linux", "darwin", "windows"} {
		if got := installGit(goos); !strings.Contains(got, "install") || !strings.Contains(got, "git") {
			t.Errorf("installGit(%s) = %q", goos, got)
		}
	}
}

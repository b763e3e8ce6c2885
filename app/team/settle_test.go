package team

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"canopy/app"
	"canopy/app/merge"
	"canopy/app/store"
)

const settleRel = "items/item-00000001.json"

func encItem(t *testing.T, it *app.Item) []byte {
	t.Helper()
	app.Normalize(it)
	data, err := store.Encode(it)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// conflictOf is the conflict of an item whose title and status both
// sides changed, and whose tags and estimate one side each.
func conflictOf(t *testing.T) *FileConflict {
	t.Helper()
	item := func(title string, status app.Status, est float64, tags ...string) *app.Item {
		return &app.Item{ID: "item-00000001", Type: app.TypeStory, Title: title, Status: status, Estimate: est, Tags: tags, Initiative: "init-00000001"}
	}
	fc := &FileConflict{Rel: settleRel, From: FromMarker,
		Base:   encItem(t, item("Base", app.StatusNew, 1)),
		Ours:   encItem(t, item("Mine", app.StatusReady, 3)),
		Theirs: encItem(t, item("Theirs", app.StatusDone, 1, "urgent")),
	}
	fc.merge(0, nil)
	if len(fc.Fields) != 2 || fc.Fields[0].Path != "title" {
		t.Fatalf("fields = %+v", fc.Fields)
	}
	return fc
}

func TestSettleChoices(t *testing.T) {
	raw := func(s string) json.RawMessage { return json.RawMessage(s) }
	for _, c := range []struct {
		name   string
		ch     Choices
		title  string
		status app.Status
		left   int
		err    string
	}{
		{"all mine", Choices{All: merge.Ours}, "Mine", app.StatusReady, 0, ""},
		{"all theirs", Choices{All: merge.Theirs}, "Theirs", app.StatusDone, 0, ""},
		{"one field each", Choices{Fields: map[string]Choice{"title": {Take: merge.Theirs}, "status": {Take: merge.Ours}}}, "Theirs", app.StatusReady, 0, ""},
		{"a field chosen, the rest all mine", Choices{All: merge.Ours, Fields: map[string]Choice{"title": {Take: merge.Theirs}}}, "Theirs", app.StatusReady, 0, ""},
		{"an edited value", Choices{All: merge.Theirs, Fields: map[string]Choice{"title": {Value: raw(`"Both, reworded"`)}}}, "Both, reworded", app.StatusDone, 0, ""},
		{"one field left", Choices{Fields: map[string]Choice{"title": {Take: merge.Ours}}}, "", "", 1, ""},
		{"a field not in conflict", Choices{Fields: map[string]Choice{"estimate": {Take: merge.Ours}}}, "", "", 0, "no conflict on field estimate"},
		{"an edited value that does not fit", Choices{All: merge.Ours, Fields: map[string]Choice{"title": {Value: raw(`42`)}}}, "", "", 0, "does not fit"},
		{"an edited value the rules refuse", Choices{All: merge.Ours, Fields: map[string]Choice{"status": {Value: raw(`"someday"`)}}}, "", "", 0, "do not fit together"},
		{"an edited value that is not JSON", Choices{All: merge.Ours, Fields: map[string]Choice{"title": {Value: raw(`Both`)}}}, "", "", 0, "not a value"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fc := conflictOf(t)
			s, err := fc.Settle(0, c.ch)
			if len(fc.Fields) != 2 {
				t.Fatalf("Settle changed the conflict's fields: %+v", fc.Fields)
			}
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Left) != c.left {
				t.Fatalf("left = %+v", s.Left)
			}
			if c.left > 0 {
				if s.Entity != nil || !strings.Contains(string(s.Data), "<<<<<<<") {
					t.Fatalf("a settlement with fields left: %v\n%s", s.Entity, s.Data)
				}
				return
			}
			it := s.Entity.(*app.Item)
			if it.Title != c.title || it.Status != c.status || it.Estimate != 3 || len(it.Tags) != 1 {
				t.Fatalf("settled: %q %s %v %v", it.Title, it.Status, it.Estimate, it.Tags)
			}
			if want := encItem(t, it); string(s.Data) != string(want) {
				t.Fatalf("not canonical:\n%s\nwant\n%s", s.Data, want)
			}
		})
	}
}

func TestSettleModifyDelete(t *testing.T) {
	edited := encItem(t, &app.Item{ID: "item-00000001", Type: app.TypeBug, Title: "Edited", Status: app.StatusReady})
	fc := &FileConflict{Rel: settleRel, From: FromGit, Base: edited, Theirs: edited}
	fc.merge(0, nil)
	if !fc.ModifyDelete() || fc.EditedSide() != merge.Theirs {
		t.Fatalf("modify/delete = %v, edited side %v", fc.ModifyDelete(), fc.EditedSide())
	}
	if _, err := fc.Settle(0, Choices{}); err == nil || !strings.Contains(err.Error(), "keep the edited version or to delete it") {
		t.Fatalf("no choice: %v", err)
	}
	s, err := fc.Settle(0, Choices{Whole: fc.EditedSide()})
	if err != nil || s.Entity.(*app.Item).Title != "Edited" {
		t.Fatalf("keep: %+v %v", s, err)
	}
	s, err = fc.Settle(0, Choices{Whole: merge.Ours})
	if err != nil || s.Data != nil || s.Entity != nil {
		t.Fatalf("delete: %+v %v", s, err)
	}
}

// TestSettleWrites: a file with markers is settled in place, the version
// it replaces kept; a sync client's copy goes to the trash too.
func TestSettleWrites(t *testing.T) {
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(t.TempDir())) // no repository above
	p := store.Places{Data: filepath.Join(t.TempDir(), "data")}
	ws := t.TempDir()
	fc := conflictOf(t)
	res, err := merge.Merge(settleRel, fc.Base, fc.Ours, fc.Theirs, merge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(ws, "items"), 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(ws, filepath.FromSlash(settleRel))
	if err := os.WriteFile(file, res.Data, 0o644); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	r, err := Settle(ws, p, fc, Choices{All: merge.Theirs, Fields: map[string]Choice{"status": {Take: merge.Ours}}}, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Left) != 0 || len(r.Kept) != 1 || r.Staged {
		t.Fatalf("resolution = %+v", r)
	}
	data, _ := os.ReadFile(file)
	e, _, err := store.Decode(settleRel, data)
	if err != nil || e.(*app.Item).Title != "Theirs" || e.(*app.Item).Status != app.StatusReady {
		t.Fatalf("written: %v\n%s", err, data)
	}
	if v, err := store.Versions(p, ws, fc.Key); err != nil || len(v) != 1 {
		t.Fatalf("versions kept: %v %v", v, err)
	}

	// A conflicted copy: settled, then moved to the trash.
	copyRel := "items/item-00000001 (Ada's conflicted copy).json"
	if err := os.WriteFile(filepath.Join(ws, filepath.FromSlash(copyRel)), fc.Theirs, 0o644); err != nil {
		t.Fatal(err)
	}
	cp := *fc
	cp.From, cp.Copy = FromCopy, copyRel
	if _, err := Settle(ws, p, &cp, Choices{All: merge.Ours}, now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(ws, filepath.FromSlash(copyRel))); !os.IsNotExist(err) {
		t.Fatalf("the copy is still there: %v", err)
	}
	if v, err := store.Versions(p, ws, fc.Key); err != nil || len(v) != 3 {
		t.Fatalf("versions kept: %d %v", len(v), err)
	}
}

func TestWords(t *testing.T) {
	ws := app.NewWorkspace(app.Product{Name: "P"})
	ini := &app.Initiative{ID: "init-00000001", Name: "Real-time re-planning", Status: app.InitiativePlanned}
	if err := ws.Do(app.Create(ini)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ raw, want string }{
		{"", "(not set)"},
		{`"init-00000001"`, "Real-time re-planning"},
		{`"init-99999999"`, "init-99999999"},
		{`"2026-03-02"`, "2 March 2026"},
		{`"2026-03-02T14:05:00Z"`, "2 March 2026 14:05"},
		{`true`, "yes"},
		{`8.5`, "8.5"},
		{`null`, "(none)"},
		{`["a","init-00000001"]`, "• a\n• Real-time re-planning"},
		{`[]`, "(empty list)"},
		{`{"text":"Works offline","met":false}`, "met: no\ntext: Works offline"},
	} {
		if got := Words(ws, c.raw); got != c.want {
			t.Errorf("Words(%s) = %q, want %q", c.raw, got, c.want)
		}
	}
	for p, want := range map[string]string{
		"title":             "Title",
		"criteria[1].text":  "Criteria 2 › text",
		"positioning.for":   "Positioning › for",
		"launchNotes":       "Launch notes",
		"tasks[0].dueDate":  "Tasks 1 › due date",
		"product.name":      "Product › name",
		"goals":             "Goals",
		"keyResults[2]":     "Key results 3",
		"scores.rice.reach": "Scores › rice › reach",
	} {
		if got := FieldName(p); got != want {
			t.Errorf("FieldName(%s) = %q, want %q", p, got, want)
		}
	}
	fc := conflictOf(t)
	if got := fc.Title(); got != "Mine" {
		t.Fatalf("Title = %q", got)
	}
	v := fc.Views(ws)
	if len(v) != 2 || v[0].Name != "Title" || v[0].Base != "Base" || v[0].Mine != "Mine" || v[0].Theirs != "Theirs" || v[1].Name != "Status" {
		t.Fatalf("views = %+v", v)
	}
}

func TestEditRoundTrip(t *testing.T) {
	ws := app.NewWorkspace(app.Product{Name: "P"})
	for _, e := range []app.Entity{
		&app.Goal{ID: "goal-00000001", Title: "Grow"},
		&app.Goal{ID: "goal-00000002", Title: "Keep"},
		&app.Goal{ID: "goal-00000003", Title: "Keep"},
	} {
		if err := ws.Do(app.Create(e)); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name, example, text, want, err string
	}{
		{"a text", `"Old"`, " New title ", `"New title"`, ""},
		{"a number", `3`, "5,5", `5.5`, ""},
		{"not a number", `3`, "five", "", "not a number"},
		{"yes", `false`, "Yes", `true`, ""},
		{"a date in words", `"2026-01-05"`, "2 March 2026", `"2026-03-02"`, ""},
		{"a date as ISO", `"2026-01-05"`, "2026-03-02", `"2026-03-02"`, ""},
		{"not a date", `"2026-01-05"`, "soon", "", "not a date"},
		{"an entity by name", `"goal-00000002"`, "grow", `"goal-00000001"`, ""},
		{"an unknown name", `"goal-00000001"`, "Shrink", "", `no goal is named "Shrink"`},
		{"two of that name", `"goal-00000001"`, "Keep", "", "give the ID"},
		{"a list one a line", `["goal-00000001"]`, "• Grow\n\nkeep\n", "", "give the ID"},
		{"a list of texts", `["a","b"]`, "• x\n• y", `["x","y"]`, ""},
		{"a record as JSON", `{"text":"a","met":false}`, `{"text":"b","met":true}`, `{"met":true,"text":"b"}`, ""},
		{"a record not JSON", `{"text":"a"}`, `b`, "", "as JSON"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := FromEdit(ws, c.example, c.text)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want %q", err, c.err)
				}
				return
			}
			if err != nil || string(got) != c.want {
				t.Fatalf("FromEdit = %s, %v; want %s", got, err, c.want)
			}
		})
	}
	// What EditText shows comes back as the same value.
	for _, raw := range []string{`"Title"`, `8`, `true`, `"2026-03-02"`, `"goal-00000001"`, `["x","y"]`, `[{"met":false,"text":"a"}]`} {
		back, err := FromEdit(ws, raw, EditText(ws, raw))
		if err != nil || string(back) != raw {
			t.Errorf("%s → %q → %s, %v", raw, EditText(ws, raw), back, err)
		}
	}
}

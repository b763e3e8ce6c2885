package teamsync

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/merge"
	"canopy/app/store"
	"canopy/app/team"
)

var now = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// workspace writes a workspace folder holding two items whose title and
// status both sides changed, merged with markers, and returns it with
// the conflicts found in it.
func workspace(t *testing.T) (string, store.Places, []team.FileConflict) {
	t.Helper()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(t.TempDir())) // no repository above
	p := store.Places{Data: filepath.Join(t.TempDir(), "data")}
	ws := t.TempDir()
	if err := os.WriteFile(filepath.Join(ws, store.ManifestFile), []byte("{\n  \"schema\": 1,\n  \"product\": {\"name\": \"P\", \"scoringModel\": \"rice\", \"ice\": \"product\", \"fiscalYearStart\": 1}\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(ws, "items"), 0o755); err != nil {
		t.Fatal(err)
	}
	enc := func(id, title string, s app.Status) []byte {
		it := &app.Item{ID: id, Type: app.TypeStory, Title: title, Status: s, Estimate: 3, Criteria: []app.Criterion{{Text: "Works offline"}}}
		app.Normalize(it)
		data, err := store.Encode(it)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	for _, id := range []string{"item-00000001", "item-00000002"} {
		rel := "items/" + id + ".json"
		res, err := merge.Merge(rel, enc(id, "Base "+id, app.StatusNew), enc(id, "Mine "+id, app.StatusReady), enc(id, "Theirs "+id, app.StatusDone), merge.Options{})
		if err != nil || len(res.Conflicts) != 2 {
			t.Fatalf("merge: %v %+v", err, res)
		}
		if err := os.WriteFile(filepath.Join(ws, rel), res.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fcs, err := team.Find(ws, p)
	if err != nil || len(fcs) != 2 {
		t.Fatalf("Find = %v, %v", fcs, err)
	}
	return ws, p, fcs
}

// writer is the env of a workspace that cannot be edited: the page's
// choices are written by team.Settle.
func writer(ws string, places store.Places) ConflictsEnv {
	return ConflictsEnv{Apply: func(fc *team.FileConflict, ch team.Choices, _ *team.Settled) error {
		_, err := team.Settle(ws, places, fc, ch, now)
		return err
	}}
}

// row returns the radio group and the entry of the selected entity's
// field row i.
func row(t *testing.T, p *ConflictsPage, i int) (*widget.RadioGroup, *widget.Entry) {
	t.Helper()
	box := p.fields.Objects[i].(*fyne.Container)
	return box.Objects[2].(*widget.RadioGroup), box.Objects[3].(*widget.Entry)
}

func item(t *testing.T, ws, id string) *app.Item {
	t.Helper()
	rel := "items/" + id + ".json"
	data, err := os.ReadFile(filepath.Join(ws, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	e, _, err := store.Decode(rel, data)
	if err != nil {
		t.Fatalf("%s: %v\n%s", rel, err, data)
	}
	return e.(*app.Item)
}

func TestConflictsPage(t *testing.T) {
	test.NewTempApp(t)
	ws, places, fcs := workspace(t)
	settled := false
	env := writer(ws, places)
	env.OnSettled = func() { settled = true }
	p := NewConflictsPage(env, fcs)
	w := test.NewWindow(p)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 700))

	if p.Count() != 2 || !strings.Contains(p.head.Text, "4 fields in 2 entities") || !p.apply.Disabled() {
		t.Fatalf("head %q, count %d, apply disabled %v", p.head.Text, p.Count(), p.apply.Disabled())
	}
	if got := p.rowText(0); got != "○ Mine item-00000001: 2 fields" {
		t.Fatalf("row 0 = %q", got)
	}
	// The first entity: its fields side by side, in words.
	if !strings.Contains(p.title.Text, "Mine item-00000001") || len(p.fields.Objects) != 2 {
		t.Fatalf("title %q, %d rows", p.title.Text, len(p.fields.Objects))
	}
	texts := labels(p.fields.Objects[0])
	for _, want := range []string{"Title", "Before (base)", "Base item-00000001", "Mine item-00000001", "Theirs item-00000001"} {
		if !strings.Contains(texts, want) {
			t.Fatalf("the title row lacks %q: %s", want, texts)
		}
	}
	title, entry := row(t, p, 0)
	if entry.Visible() {
		t.Fatal("the edit box shows before Edit is chosen")
	}
	title.SetSelected(choiceEdit)
	if !entry.Visible() || entry.Text != "Mine item-00000001" {
		t.Fatalf("edit box: visible %v, text %q", entry.Visible(), entry.Text)
	}
	entry.SetText(entry.Text + ", reworded")
	status, _ := row(t, p, 1)
	status.SetSelected(choiceTheirs)
	if p.apply.Disabled() || p.rowText(0)[:len("●")] != "●" {
		t.Fatalf("apply disabled %v, row %q", p.apply.Disabled(), p.rowText(0))
	}
	test.Tap(p.apply)
	if p.Count() != 1 || settled || !strings.Contains(p.status.Text, "Settled 1 entity") {
		t.Fatalf("after apply: %d left, status %q", p.Count(), p.status.Text)
	}
	if it := item(t, ws, "item-00000001"); it.Title != "Mine item-00000001, reworded" || it.Status != app.StatusDone {
		t.Fatalf("settled: %q %s", it.Title, it.Status)
	}
	if v, err := store.Versions(places, ws, app.Key{Kind: app.KindItem, ID: "item-00000001"}); err != nil || len(v) != 1 {
		t.Fatalf("the file with markers was not kept: %v %v", v, err)
	}
	// Everything else: all theirs.
	test.Tap(p.allTheir)
	test.Tap(p.apply)
	if p.Count() != 0 || !settled || p.head.Text != "No conflicts left." {
		t.Fatalf("after all theirs: %d left, settled %v, head %q", p.Count(), settled, p.head.Text)
	}
	if it := item(t, ws, "item-00000002"); it.Title != "Theirs item-00000002" || it.Status != app.StatusDone {
		t.Fatalf("settled: %q %s", it.Title, it.Status)
	}
	if left, err := team.Find(ws, places); err != nil || len(left) != 0 {
		t.Fatalf("left: %v %v", left, err)
	}
}

// TestConflictsPageBadEdit: a value that cannot be read keeps its
// conflict, with the reason naming the entity and the field.
func TestConflictsPageBadEdit(t *testing.T) {
	test.NewTempApp(t)
	ws, places, fcs := workspace(t)
	p := NewConflictsPage(writer(ws, places), fcs[:1])
	w := test.NewWindow(p)
	defer w.Close()
	test.Tap(p.entityMine)
	status, entry := row(t, p, 1)
	status.SetSelected(choiceEdit)
	entry.SetText("sometime")
	test.Tap(p.apply)
	if p.Count() != 1 || !strings.Contains(p.status.Text, "Not settled: Mine item-00000001: the values chosen do not fit together: Status must be") {
		t.Fatalf("%d left, status %q", p.Count(), p.status.Text)
	}
	data, _ := os.ReadFile(filepath.Join(ws, "items", "item-00000001.json"))
	if !strings.Contains(string(data), "<<<<<<<") {
		t.Fatal("the file was written over")
	}
}

// TestConflictsPageApply: with an editable workspace the window applies
// the settled entity itself (one command, saved through the store); a
// modify/delete conflict offers keep-the-edited or delete.
func TestConflictsPageApply(t *testing.T) {
	test.NewTempApp(t)
	ws, places, fcs := workspace(t)
	edited := &app.Item{ID: "item-00000003", Type: app.TypeBug, Title: "Edited here", Status: app.StatusNew}
	app.Normalize(edited)
	data, err := store.Encode(edited)
	if err != nil {
		t.Fatal(err)
	}
	md := team.FileConflict{Rel: "items/item-00000003.json", From: team.FromGit, Key: app.KeyOf(edited), Label: edited.Label(), Whole: "changed on our side, deleted on theirs", Ours: data, Base: data}
	if err := os.WriteFile(filepath.Join(ws, "items", "item-00000003.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	// The window: one command on its workspace, a save, then Finish.
	plan := app.NewWorkspace(app.Product{Name: "P"})
	if err := plan.Do(app.Create(app.Clone(edited))); err != nil {
		t.Fatal(err)
	}
	var applied []string
	p := NewConflictsPage(ConflictsEnv{Workspace: plan, Apply: func(fc *team.FileConflict, _ team.Choices, s *team.Settled) error {
		var cmd app.Command
		switch _, ok := plan.Get(fc.Key); {
		case s.Entity == nil:
			cmd = app.Delete(fc.Key)
			applied = append(applied, "delete "+fc.Rel)
		case ok:
			cmd = app.Update(s.Entity)
			applied = append(applied, "update "+app.Name(s.Entity))
		default:
			cmd = app.Create(s.Entity)
			applied = append(applied, "create "+app.Name(s.Entity))
		}
		if err := plan.Do(cmd); err != nil {
			return err
		}
		if s.Entity == nil {
			if err := os.Remove(filepath.Join(ws, filepath.FromSlash(fc.Rel))); err != nil {
				return err
			}
		} else if err := os.WriteFile(filepath.Join(ws, filepath.FromSlash(fc.Rel)), s.Data, 0o644); err != nil {
			return err
		}
		_, _, err := team.Finish(ws, places, fc, now)
		return err
	}}, []team.FileConflict{fcs[0], md})
	w := test.NewWindow(p)
	defer w.Close()
	test.Tap(p.entityTheirs)
	p.list.Select(1)
	radio := p.fields.Objects[0].(*fyne.Container).Objects[1].(*widget.RadioGroup)
	if strings.Join(radio.Options, "|") != choiceKeep+"|"+choiceDelete {
		t.Fatalf("options %v", radio.Options)
	}
	radio.SetSelected(choiceDelete)
	test.Tap(p.apply)
	if p.Count() != 0 || len(applied) != 2 || applied[0] != "create Theirs item-00000001" || applied[1] != "delete items/item-00000003.json" {
		t.Fatalf("%d left, applied %v, status %q", p.Count(), applied, p.status.Text)
	}
	if _, ok := plan.Get(md.Key); ok {
		t.Fatal("the deleted item is still in the workspace")
	}
	if _, ok := plan.CanUndo(); !ok {
		t.Fatal("nothing to undo")
	}
	if left, err := team.Find(ws, places); err != nil || len(left) != 1 || left[0].Rel != "items/item-00000002.json" {
		t.Fatalf("left: %+v %v", left, err)
	}
}

// labels joins the text of every label under o.
func labels(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return b.String()
}

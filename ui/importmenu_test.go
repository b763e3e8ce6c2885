package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"canopy/app"
	"canopy/export/xlsx"
	"canopy/ui/internal/uitest"
)

// editedExport writes ws's export to a temporary file, sets the cells given
// as item ID → header → value, and returns the file's path.
func editedExport(t *testing.T, ws *app.Workspace, edits map[string]map[string]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "backlog.xlsx")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := xlsx.WriteBacklog(out, ws, time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	out.Close()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.SheetBacklog)
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i + 1
	}
	for n, row := range rows[1:] {
		for h, v := range edits[row[col["ID"]-1]] {
			if col[h] == 0 {
				t.Fatalf("no column %q", h)
			}
			cell, _ := excelize.CoordinatesToCellName(col[h], n+2)
			if err := f.SetCellStr(xlsx.SheetBacklog, cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportFromTheWindow(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	path := editedExport(t, ws, map[string]map[string]string{
		"item-d": {"Title": "Planted the saplings", "Status": "Done"},
	})
	before, _ := ws.Item("item-d")
	title, status := before.Title, before.Status

	s.dialogs.ImportFrom(path)
	top := uitest.WaitForDialog(t, s.win, "Import preview")
	if s.busy {
		t.Error("busy is still set after the plan was read")
	}
	all := strings.Join(uitest.Texts(top), "\n")
	for _, want := range []string{"0 new, 1 updated", "item-d", "Title", "Status (In progress → Done)"} {
		if !strings.Contains(all, want) {
			t.Errorf("the preview lacks %q:\n%s", want, all)
		}
	}
	if uitest.Button(top, "Apply valid rows only") != nil {
		t.Error("Apply valid rows only is offered without invalid rows")
	}
	if it, _ := ws.Item("item-d"); it.Title != title {
		t.Fatal("the preview changed the workspace")
	}
	apply := uitest.Button(top, "Apply")
	if apply == nil || apply.Disabled() {
		t.Fatal("no enabled Apply button")
	}
	undoBefore, _ := ws.CanUndo()
	test.Tap(apply)
	res := uitest.WaitForDialog(t, s.win, "Import applied")
	if !uitest.HasText(res, "1 updated") || !uitest.HasText(res, "Planted the saplings") {
		t.Errorf("the result: %q", uitest.Texts(res))
	}
	it, _ := ws.Item("item-d")
	if it.Title != "Planted the saplings" || it.Status != app.StatusDone {
		t.Fatalf("after apply: %q %s", it.Title, it.Status)
	}
	// One command: a single undo restores both fields.
	if _, err := ws.Undo(); err != nil {
		t.Fatal(err)
	}
	it, _ = ws.Item("item-d")
	if it.Title != title || it.Status != status {
		t.Fatalf("after one undo: %q %s, want %q %s", it.Title, it.Status, title, status)
	}
	if u, _ := ws.CanUndo(); u != undoBefore {
		t.Errorf("undo label after undo = %q, want %q", u, undoBefore)
	}
}

func TestImportInvalidCell(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	path := editedExport(t, ws, map[string]map[string]string{
		"item-a": {"Title": "Highest scored, renamed"},
		"item-b": {"Status": "Doing"},
	})
	s.dialogs.ImportFrom(path)
	top := uitest.WaitForDialog(t, s.win, "Import preview")
	if !uitest.HasText(top, "1 invalid") || !uitest.HasText(top, "Doing") {
		t.Errorf("the preview: %q", uitest.Texts(top))
	}
	if apply := uitest.Button(top, "Apply"); apply == nil || !apply.Disabled() {
		t.Error("Apply is enabled with an invalid row")
	}
	valid := uitest.Button(top, "Apply valid rows only")
	if valid == nil {
		t.Fatal("no Apply valid rows only")
	}
	test.Tap(valid)
	uitest.WaitForDialog(t, s.win, "Import applied")
	if a, _ := ws.Item("item-a"); a.Title != "Highest scored, renamed" {
		t.Errorf("the valid row was not applied: %q", a.Title)
	}
	if b, _ := ws.Item("item-b"); b.Status != app.StatusNew {
		t.Errorf("the invalid row was applied: %s", b.Status)
	}
}

func TestImportMenu(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	var item *fyne.MenuItem
	for _, it := range s.win.MainMenu().Items[0].Items {
		if it.Label == "Import…" {
			item = it
		}
	}
	if item == nil || item.Disabled || item.Shortcut == nil {
		t.Fatalf("File ▸ Import…: %+v", item)
	}
	s.dialogs.ImportFrom(filepath.Join(t.TempDir(), "notes.txt"))
	uitest.WaitForDialog(t, s.win, ".xlsx")
}

func TestImportCSV(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	path := filepath.Join(t.TempDir(), "jira.csv")
	if err := os.WriteFile(path, []byte("Issue key,Summary,Status\nPRJ-1,From Jira,To Do\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.dialogs.ImportFrom(path)
	top := uitest.WaitForDialog(t, s.win, "Import preview")
	if !uitest.HasText(top, "1 new") {
		t.Errorf("the CSV preview: %q", uitest.Texts(top))
	}
}

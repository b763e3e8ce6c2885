package cli

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"canopy/app"
	"canopy/app/store"
	"canopy/export/xlsx"
)

// exportSample exports the workspace in dir and returns the file and the
// Backlog rows of a few items: one Ready, two others.
func exportSample(t *testing.T, dir string) (file string, ws *app.Workspace) {
	t.Helper()
	file = filepath.Join(t.TempDir(), "backlog.xlsx")
	if code, _, stderr := runCLI(t, "export", dir, "--xlsx", file, "--today", "2026-11-27"); code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	_, ws, _, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return file, ws
}

// editCells sets cells of the Backlog sheet, by item ID and header, and
// saves the workbook as out.
func editCells(t *testing.T, in, out string, edits map[[2]string]any) {
	t.Helper()
	f, err := excelize.OpenFile(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(xlsx.SheetBacklog)
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i + 1
	}
	for k, v := range edits {
		row := -1
		for i, r := range rows {
			if len(r) > 0 && r[0] == k[0] {
				row = i + 1
			}
		}
		if row < 0 || col[k[1]] == 0 {
			t.Fatalf("no cell for %v", k)
		}
		cell, _ := excelize.CoordinatesToCellName(col[k[1]], row)
		if err := f.SetCellValue(xlsx.SheetBacklog, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(out); err != nil {
		t.Fatal(err)
	}
}

func TestImportCommand(t *testing.T) {
	dir := sampleDir(t)
	file, ws := exportSample(t, dir)
	var ready, other *app.Item
	for _, it := range ws.Items() {
		if ready == nil && it.Status == app.StatusReady {
			ready = it
		} else if other == nil && it.Status == app.StatusNew {
			other = it
		}
	}
	good := filepath.Join(t.TempDir(), "good.xlsx")
	editCells(t, file, good, map[[2]string]any{
		{ready.ID, "Status"}: "In progress",
		{other.ID, "Title"}:  "Renamed in Excel",
	})
	bad := filepath.Join(t.TempDir(), "bad.xlsx")
	editCells(t, good, bad, map[[2]string]any{{other.ID, "Estimate"}: "lots"})
	before := tree(t, dir)

	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr string
	}{
		{"unchanged", []string{file}, 0, []string{"Backlog: 0 new, 0 updated, 62 unchanged, 0 invalid"}, "nothing was changed"},
		{"preview", []string{good}, 0, []string{
			"Backlog: 0 new, 2 updated, 60 unchanged, 0 invalid",
			"Status (Ready → In progress)", other.ID + " (" + other.Title + "): Title"}, "nothing was changed"},
		{"preview invalid", []string{bad}, 1, []string{"1 invalid", "invalid  Backlog!M", `(Estimate): "lots" is not a number`}, "1 invalid row(s); nothing was changed"},
		{"apply invalid", []string{bad, "--apply"}, 1, []string{"invalid  Backlog!M"}, "nothing was applied"},
		{"missing file", []string{filepath.Join(t.TempDir(), "nope.xlsx")}, 1, nil, "no such file"},
		{"not xlsx", []string{filepath.Join(dir, "canopy.json")}, 1, nil, "not an Excel workbook"},
		{"skip without apply", []string{good, "--skip-invalid"}, 2, nil, "--skip-invalid goes with --apply"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, append([]string{"import", dir}, tt.args...)...)
			ok := code == tt.code && strings.Contains(stderr, tt.stderr)
			for _, s := range tt.stdout {
				ok = ok && strings.Contains(stdout, s)
			}
			if !ok {
				t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant exit %d, stdout with %q, stderr with %q", code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
			}
			if !reflect.DeepEqual(before, tree(t, dir)) {
				t.Fatal("the workspace changed")
			}
		})
	}
	if code, _, stderr := runCLI(t, "import", dir); code != 2 || !strings.Contains(stderr, "want a workspace folder and a file") {
		t.Fatalf("import without a file: %d %s", code, stderr)
	}

	// Another Canopy has the workspace open: --apply refuses.
	s, held, _, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Lock(held); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "import", dir, good, "--apply")
	s.Close()
	if code != 1 || !strings.Contains(stderr, "another Canopy window has this workspace open") {
		t.Fatalf("locked: exit %d %s", code, stderr)
	}
	if !reflect.DeepEqual(before, tree(t, dir)) {
		t.Fatal("a refused import changed the workspace")
	}

	code, stdout, stderr := runCLI(t, "import", dir, good, "--apply", "--today", "2026-11-28")
	if code != 0 || !strings.Contains(stdout, "updated  item "+other.ID+" (Renamed in Excel)") || !strings.Contains(stderr, "applied: 0 new, 2 updated, 0 refused") {
		t.Fatalf("apply: exit %d\n%s%s", code, stdout, stderr)
	}
	after := tree(t, dir)
	changed := 0
	for k, v := range after {
		if before[k] != v {
			changed++
		}
	}
	if changed != 2 || len(after) != len(before) {
		t.Errorf("%d files changed, want the two items'", changed)
	}
	if code, stdout, stderr := runCLI(t, "validate", dir); code != 0 {
		t.Fatalf("validate after import: %d\n%s%s", code, stdout, stderr)
	}
	_, ws2, _, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	moved, _ := ws2.Item(ready.ID)
	if d := moved.History[len(moved.History)-1]; moved.Status != app.StatusInProgress || d.To != app.StatusInProgress || d.From != app.StatusReady {
		t.Errorf("moved item %s, last decision %+v", moved.Status, d)
	}
	// Importing the same file again finds nothing to do.
	if code, stdout, _ := runCLI(t, "import", dir, good); code != 0 || !strings.Contains(stdout, "0 updated, 62 unchanged") {
		t.Errorf("second import: %d\n%s", code, stdout)
	}
}

package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"canopy/app"
	"canopy/app/sample"
)

// readBack reads an exported workbook's bytes as an import into ws.
func readBack(t testing.TB, data []byte, ws *app.Workspace) *ImportPlan {
	t.Helper()
	p, err := ReadBacklog(bytes.NewReader(data), int64(len(data)), ws)
	if err != nil {
		t.Fatalf("ReadBacklog: %v", err)
	}
	return p
}

// edited exports ws, lets edit change the workbook as a person would, and
// returns the saved bytes.
func edited(t *testing.T, ws *app.Workspace, edit func(f *excelize.File)) []byte {
	t.Helper()
	f, _, _ := export(t, ws)
	edit(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// snapshotItems returns a deep copy of every item, for comparisons.
func snapshotItems(ws *app.Workspace) map[string]*app.Item {
	out := map[string]*app.Item{}
	for _, it := range ws.Items() {
		out[it.ID] = app.Clone(it)
	}
	return out
}

func set(t *testing.T, f *excelize.File, header string, row int, v any) string {
	t.Helper()
	cell := cellName(column(t, header), row)
	if err := f.SetCellValue(SheetBacklog, cell, v); err != nil {
		t.Fatal(err)
	}
	return cell
}

func TestImportRoundTripIsUnchanged(t *testing.T) {
	ws := sampleWorkspace(t)
	_, data, _ := export(t, ws)
	p := readBack(t, data, ws)
	if p.New+p.Updated+p.Invalid != 0 || p.Unchanged != ws.Count(app.KindItem) {
		t.Fatalf("round trip: %s\n%s", p.Summary(), strings.Join(p.Lines(), "\n"))
	}
	if len(p.Notes) != 0 {
		t.Errorf("notes: %q", p.Notes)
	}
	before := snapshotItems(ws)
	if err := ws.Do(p.Command()); err != nil {
		t.Fatal(err)
	}
	if _, ok := ws.CanUndo(); ok {
		t.Error("an import that changes nothing left an undo step")
	}
	if !reflect.DeepEqual(before, snapshotItems(ws)) {
		t.Error("an unchanged import changed items")
	}
}

// pick returns the first item matching ok.
func pick(t *testing.T, ws *app.Workspace, ok func(*app.Item) bool) *app.Item {
	t.Helper()
	for _, it := range ws.Items() {
		if ok(it) {
			return it
		}
	}
	t.Fatal("no such item in the sample")
	return nil
}

func TestImportEditedCells(t *testing.T) {
	ws := sampleWorkspace(t)
	f0, _, _ := export(t, ws)
	rowOf := func(id string) int { _, n := backlogRow(t, f0, id); return n }
	items := ws.Items()
	titled, estimated, tagged, formula := items[0], items[1], items[2], items[3]
	ready := pick(t, ws, func(it *app.Item) bool { return it.Status == app.StatusReady })
	badStatus, badNumber, badRelease := items[5], items[6], items[7]
	if slices.Contains([]string{titled.ID, estimated.ID, tagged.ID, formula.ID, badStatus.ID, badNumber.ID, badRelease.ID}, ready.ID) {
		t.Fatal("pick another Ready item")
	}
	newRow := len(items) + 2
	var statusCell, numberCell, releaseCell string
	data := edited(t, ws, func(f *excelize.File) {
		set(t, f, "Title", rowOf(titled.ID), "Renamed in Excel")
		set(t, f, "Estimate", rowOf(estimated.ID), 13)
		set(t, f, "Tags", rowOf(tagged.ID), strings.Join(append(slices.Clone(tagged.Tags), "from-excel"), ", "))
		set(t, f, "Title", rowOf(formula.ID), "=1+1")
		set(t, f, "Status", rowOf(ready.ID), "In progress")
		statusCell = set(t, f, "Status", rowOf(badStatus.ID), "Doing")
		numberCell = set(t, f, "Estimate", rowOf(badNumber.ID), "lots")
		releaseCell = set(t, f, "Release", rowOf(badRelease.ID), "Q9 launch")
		set(t, f, "Title", newRow, "Added in Excel")
		set(t, f, "Type", newRow, "bug")
		set(t, f, "Tags", newRow, "excel, import")
	})
	p := readBack(t, data, ws)

	kinds := map[string]RowKind{}
	var newRows []*RowPlan
	for _, r := range p.Rows {
		if r.Kind == RowNew {
			newRows = append(newRows, r)
		} else {
			kinds[r.ID] = r.Kind
		}
	}
	tests := []struct {
		id      string
		kind    RowKind
		changes []string
	}{
		{titled.ID, RowUpdated, []string{"Title"}},
		{estimated.ID, RowUpdated, []string{"Estimate"}},
		{tagged.ID, RowUpdated, []string{"Tags"}},
		{formula.ID, RowUpdated, []string{"Title"}},
		{ready.ID, RowUpdated, []string{"Status (Ready → In progress)"}},
		{badStatus.ID, RowInvalid, nil},
		{badNumber.ID, RowInvalid, nil},
		{badRelease.ID, RowInvalid, nil},
		{items[4].ID, RowUnchanged, nil},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			var got *RowPlan
			for _, r := range p.Rows {
				if r.ID == tt.id {
					got = r
				}
			}
			if got == nil || got.Kind != tt.kind || !slices.Equal(got.Changes, tt.changes) {
				t.Fatalf("row = %+v; want %v with changes %q", got, tt.kind, tt.changes)
			}
		})
	}
	if p.New != 1 || p.Updated != 5 || p.Invalid != 3 || p.Unchanged != len(items)-8 {
		t.Errorf("summary %s", p.Summary())
	}
	if len(newRows) != 1 || newRows[0].Row != newRow || newRows[0].Title != "Added in Excel" {
		t.Fatalf("new rows: %+v", newRows)
	}
	wantErrs := []string{
		"Backlog!" + statusCell + ` (Status): "Doing" is not a status; want New, Ready, In progress, Done or Accepted`,
		"Backlog!" + numberCell + ` (Estimate): "lots" is not a number`,
		"Backlog!" + releaseCell + ` (Release): "Q9 launch" is not a release of this workspace`,
	}
	var gotErrs []string
	for _, e := range p.Errors() {
		gotErrs = append(gotErrs, e.Error())
	}
	slices.Sort(gotErrs)
	slices.Sort(wantErrs)
	if !slices.Equal(gotErrs, wantErrs) {
		t.Errorf("invalid cells:\n%s\nwant:\n%s", strings.Join(gotErrs, "\n"), strings.Join(wantErrs, "\n"))
	}
	preview := strings.Join(p.Lines(), "\n")
	for _, want := range []string{"Backlog: 1 new, 5 updated, ", "invalid  " + wantErrs[0], "updated  row ", "new      row "} {
		if !strings.Contains(preview, want) {
			t.Errorf("preview lacks %q:\n%s", want, preview)
		}
	}

	// With invalid rows the command refuses; with SkipInvalid it applies the rest.
	before := snapshotItems(ws)
	if err := ws.Do(p.Command()); !errors.Is(err, ErrInvalidRows) {
		t.Fatalf("Do with invalid rows: %v", err)
	}
	p.SkipInvalid = true
	if err := ws.Do(p.Command()); err != nil {
		t.Fatal(err)
	}
	if len(p.Result.Refusals) != 0 || len(p.Result.Created) != 1 || len(p.Result.Changed) != 5 {
		t.Fatalf("result %+v", p.Result)
	}
	get := func(id string) *app.Item { it, _ := ws.Item(id); return it }
	if get(titled.ID).Title != "Renamed in Excel" || get(formula.ID).Title != "=1+1" || get(estimated.ID).Estimate != 13 ||
		!slices.Contains(get(tagged.ID).Tags, "from-excel") {
		t.Error("the edits did not arrive")
	}
	moved := get(ready.ID)
	if moved.Status != app.StatusInProgress {
		t.Errorf("status %s", moved.Status)
	}
	if d := moved.History[len(moved.History)-1]; d.From != app.StatusReady || d.To != app.StatusInProgress || d.Kind != app.DecisionMoved {
		t.Errorf("last decision %+v", d)
	}
	added := get(p.Result.Created[0])
	if added.Type != app.TypeBug || added.Title != "Added in Excel" || !slices.Equal(added.Tags, []string{"excel", "import"}) || added.Status != app.StatusNew {
		t.Errorf("new item %+v", added)
	}
	for _, id := range []string{badStatus.ID, badNumber.ID, badRelease.ID, items[4].ID} {
		if !reflect.DeepEqual(before[id], get(id)) {
			t.Errorf("%s changed", id)
		}
	}
	// One command: undo restores everything.
	if desc, _ := ws.CanUndo(); !strings.HasPrefix(desc, "Import backlog") {
		t.Errorf("undo says %q", desc)
	}
	if _, err := ws.Undo(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, snapshotItems(ws)) {
		t.Error("undo did not restore every item")
	}
	// The formula-looking title stays text through a second export.
	if _, err := ws.Redo(); err != nil {
		t.Fatal(err)
	}
	f2, _, _ := export(t, ws)
	if formulaText, _ := f2.GetCellFormula(SheetBacklog, cellName(column(t, "Title"), rowOf(formula.ID))); formulaText != "" {
		t.Errorf("the title became the formula %q", formulaText)
	}
}

func TestImportRefusedMove(t *testing.T) {
	ws := sampleWorkspace(t)
	addItem(t, ws, &app.Item{Title: "No criteria yet", Estimate: 3})
	f0, _, _ := export(t, ws)
	bare := pick(t, ws, func(it *app.Item) bool { return it.Status == app.StatusNew && len(it.Criteria) == 0 })
	other := pick(t, ws, func(it *app.Item) bool { return it.ID != bare.ID })
	_, bareRow := backlogRow(t, f0, bare.ID)
	_, otherRow := backlogRow(t, f0, other.ID)
	newRow := ws.Count(app.KindItem) + 2
	data := edited(t, ws, func(f *excelize.File) {
		set(t, f, "Status", bareRow, "Done")
		set(t, f, "Title", bareRow, "Also renamed")
		set(t, f, "Title", otherRow, "Renamed")
		set(t, f, "Title", newRow, "New and done already")
		set(t, f, "Status", newRow, "Done")
	})
	p := readBack(t, data, ws)
	if p.Updated != 2 || p.New != 1 || p.Invalid != 0 {
		t.Fatalf("%s", p.Summary())
	}
	if err := ws.Do(p.Command()); err != nil {
		t.Fatal(err)
	}
	if len(p.Result.Changed) != 1 || p.Result.Changed[0] != other.ID || len(p.Result.Refusals) != 2 {
		t.Fatalf("result %+v", p.Result)
	}
	lines := strings.Join(p.Result.Lines(ws), "\n")
	for _, want := range []string{
		fmt.Sprintf("refused  row %d: %s can't move to Done yet: give it an acceptance criterion; left as it was (%s)", bareRow, bare.Title, bare.ID),
		fmt.Sprintf("refused  row %d: ", newRow),
		"can't move to Ready yet: give it an acceptance criterion and an estimate; created as New instead (item-",
		"updated  item " + other.ID + " (Renamed)",
	} {
		if !strings.Contains(lines, want) {
			t.Errorf("result lacks %q:\n%s", want, lines)
		}
	}
	if it, _ := ws.Item(bare.ID); it.Status != app.StatusNew || it.Title != bare.Title {
		t.Errorf("the refused item changed: %+v", it)
	}
	if it, _ := ws.Item(p.Result.Created[0]); it.Status != app.StatusNew {
		t.Errorf("the new item is %s", it.Status)
	}
	if probs := app.Validate(ws); len(probs) != 0 {
		t.Errorf("the workspace has problems: %v", probs)
	}
}

func TestImportColumns(t *testing.T) {
	ws := sampleWorkspace(t)
	it := ws.Items()[0]
	tests := []struct {
		name   string
		header []string
		row    []any
		want   string // the plan's summary
		errs   []string
		notes  []string
	}{
		{"reordered and partial", []string{"Title", "Whatever", "ID", "RICE score (computed)"}, []any{it.Title, "x", it.ID, 3},
			"0 new, 0 updated, 1 unchanged, 0 invalid", nil, []string{"Backlog!B1 (Whatever): not a Canopy column; ignored"}},
		{"no ID column: new", []string{"title", "STATUS"}, []any{"Fresh", "ready"}, "1 new, 0 updated, 0 unchanged, 0 invalid", nil, nil},
		{"bad ID", []string{"ID", "Title"}, []any{"Item 7", "X"}, "0 new, 0 updated, 0 unchanged, 1 invalid",
			[]string{`Backlog!A2 (ID): "Item 7" is not a Canopy ID: want 2–64 lowercase letters, digits and inner hyphens`}, nil},
		{"unknown ID: new with it", []string{"ID", "Title"}, []any{"item-fromexcel", "X"}, "1 new, 0 updated, 0 unchanged, 0 invalid", nil, nil},
		{"cut marker", []string{"ID", "Description"}, []any{it.ID, "abc" + CutMarkerPrefix + "40 000 characters in Canopy]"},
			"0 new, 0 updated, 1 unchanged, 0 invalid", nil, []string{"Backlog!B2 (Description): cut to fit a cell in the export; the field is left as it is"}},
		{"values", []string{"ID", "Type", "MoSCoW", "WSJF job size", "Depends on", "Acceptance criteria", "Links"},
			[]any{it.ID, "Epic", "Maybe", 2.5, "Item X", "[x]", "javascript:alert(1)"}, "0 new, 0 updated, 0 unchanged, 1 invalid",
			[]string{
				`Backlog!B2 (Type): "Epic" is not a type; want Feature, Story, Bug or Chore`,
				`Backlog!C2 (MoSCoW): "Maybe" is not a MoSCoW category; want Must, Should, Could or Won't, or nothing`,
				`Backlog!D2 (WSJF job size): 2.5 is not a whole number`,
				`Backlog!E2 (Depends on): "Item X" is not an item ID; want one a line, as "ID — title" or the ID alone`,
				`Backlog!F2 (Acceptance criteria): "[x]" has no text; want "[x] text" or "[ ] text", one a line`,
				`Backlog!G2 (Links): "javascript:alert(1)" is not an http, https or mailto link`,
			}, nil},
		{"new row without title", []string{"ID", "Title", "Estimate"}, []any{"", "", 3}, "0 new, 0 updated, 0 unchanged, 1 invalid",
			[]string{"Backlog!B2 (Title): a new item needs a title"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := excelize.NewFile()
			defer f.Close()
			f.SetSheetName("Sheet1", SheetBacklog)
			f.SetSheetRow(SheetBacklog, "A1", &tt.header)
			f.SetSheetRow(SheetBacklog, "A2", &tt.row)
			var buf bytes.Buffer
			if err := f.Write(&buf); err != nil {
				t.Fatal(err)
			}
			p := readBack(t, buf.Bytes(), ws)
			var errs []string
			for _, e := range p.Errors() {
				errs = append(errs, e.Error())
			}
			if p.Summary() != tt.want || !slices.Equal(errs, tt.errs) || !slices.Equal(p.Notes, tt.notes) {
				t.Fatalf("got %s\nerrors %q\nnotes %q\nwant %s\nerrors %q\nnotes %q", p.Summary(), errs, p.Notes, tt.want, tt.errs, tt.notes)
			}
		})
	}
}

func TestImportHostileFiles(t *testing.T) {
	ws := sampleWorkspace(t)
	zipOf := func(name string, size int) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create(name)
		chunk := bytes.Repeat([]byte(" "), 1<<20)
		for n := 0; n < size; n += len(chunk) {
			w.Write(chunk)
		}
		zw.Close()
		return buf.Bytes()
	}
	manyRows := func() []byte {
		f := excelize.NewFile()
		defer f.Close()
		sw, _ := f.NewStreamWriter("Sheet1")
		sw.SetRow("A1", []any{"Title"})
		sw.SetRow(fmt.Sprintf("A%d", MaxImportRows+5), []any{"far away"})
		sw.Flush()
		var buf bytes.Buffer
		f.Write(&buf)
		return buf.Bytes()
	}
	tests := []struct {
		name string
		data []byte
		size int64
		want string
	}{
		{"not a zip", []byte("ID,Title\n"), 9, "not an Excel workbook"},
		{"declared too large", nil, MaxImportBytes + 1, "too large"},
		{"zip bomb", zipOf("xl/sharedStrings.xml", 300<<20), -1, "too large"},
		{"million rows", manyRows(), -1, "more than 200 000 rows"},
		{"no header", func() []byte {
			f := excelize.NewFile()
			var buf bytes.Buffer
			f.SetCellValue("Sheet1", "A1", "Summary")
			f.Write(&buf)
			return buf.Bytes()
		}(), -1, "neither an ID nor a Title column"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := ReadBacklog(bytes.NewReader(tt.data), tt.size, ws)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

func TestImportTenThousandItemsRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("10 000 items")
	}
	ws := sampleWorkspace(t)
	if err := sample.Generate(ws, 10000, 1); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := WriteBacklog(&buf, ws, exportTime); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	p := readBack(t, buf.Bytes(), ws)
	read := time.Since(start)
	if p.Unchanged != ws.Count(app.KindItem) || p.New+p.Updated+p.Invalid != 0 {
		lines := p.Lines()
		t.Fatalf("%s\n%s", p.Summary(), strings.Join(lines[:min(len(lines), 20)], "\n"))
	}
	start = time.Now()
	if err := ws.Do(p.Command()); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d items, %d KB: read and planned in %v, applied in %v", ws.Count(app.KindItem), buf.Len()/1024, read, time.Since(start))
}

func TestImportRefusesMergedCells(t *testing.T) {
	ws := sampleWorkspace(t)
	data := edited(t, ws, func(f *excelize.File) {
		if err := f.MergeCell(SheetBacklog, "C2", "C3"); err != nil {
			t.Fatal(err)
		}
	})
	_, err := ReadBacklog(bytes.NewReader(data), int64(len(data)), ws)
	if err == nil || !strings.Contains(err.Error(), "has merged cells (C2:C3): unmerge them, one item a row") {
		t.Fatalf("ReadBacklog of a merged range = %v", err)
	}
}

// TestMayHaveMergedCells checks the quick test that spares a full decode of
// the worksheet: it must never miss a merged range, wherever the word falls
// in the stream.
func TestMayHaveMergedCells(t *testing.T) {
	ws := sampleWorkspace(t)
	var plain bytes.Buffer
	if _, err := WriteBacklog(&plain, ws, exportTime); err != nil {
		t.Fatal(err)
	}
	if mayHaveMergedCells(plain.Bytes(), SheetBacklog) {
		t.Error("our own export has no merged cells, but the quick test says it may")
	}
	f, err := excelize.OpenReader(bytes.NewReader(plain.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.MergeCell(SheetBacklog, "C40", "C41"); err != nil {
		t.Fatal(err)
	}
	var merged bytes.Buffer
	if err := f.Write(&merged); err != nil {
		t.Fatal(err)
	}
	if !mayHaveMergedCells(merged.Bytes(), SheetBacklog) {
		t.Error("a merged range was missed")
	}
	for _, bad := range [][]byte{nil, []byte("PK\x03\x04 not a zip")} {
		if !mayHaveMergedCells(bad, SheetBacklog) {
			t.Errorf("%q: an unreadable workbook must leave the answer to excelize", bad)
		}
	}
	if !mayHaveMergedCells(plain.Bytes(), "No such sheet") {
		t.Error("an unknown sheet must leave the answer to excelize")
	}
}

func TestContainsStreamAcrossChunks(t *testing.T) {
	for _, at := range []int{0, 65536 - 9, 65536 - 4, 65536, 3*65536 + 7} {
		var z bytes.Buffer
		zw := zip.NewWriter(&z)
		w, _ := zw.Create("part.xml")
		w.Write(bytes.Repeat([]byte("a"), at))
		w.Write([]byte("mergeCell"))
		w.Write(bytes.Repeat([]byte("b"), 100))
		zw.Close()
		zr, err := zip.NewReader(bytes.NewReader(z.Bytes()), int64(z.Len()))
		if err != nil {
			t.Fatal(err)
		}
		if !containsStream(zr.File[0], []byte("mergeCell")) {
			t.Errorf("the word at offset %d was missed", at)
		}
		if containsStream(zr.File[0], []byte("mergeCells")) {
			t.Errorf("offset %d: found a word that is not there", at)
		}
	}
}

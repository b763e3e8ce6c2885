package xlsx

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"canopy/app"
	"canopy/app/sample"
)

// day is the sample's anchor quarter, so its dates are not shifted.
var day = app.MustDate("2026-01-15")

// exportTime is the export's "now" in the tests.
var exportTime = time.Date(2026, 1, 15, 9, 30, 0, 0, time.UTC)

// The sample item the row tests read: rejected once, a dependency, three criteria.
const knownItem = "item-hadj2jn0"

func sampleWorkspace(t testing.TB) *app.Workspace {
	t.Helper()
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// export writes ws and reopens the workbook.
func export(t testing.TB, ws *app.Workspace) (*excelize.File, []byte, []string) {
	t.Helper()
	var buf bytes.Buffer
	warnings, err := WriteBacklog(&buf, ws, exportTime)
	if err != nil {
		t.Fatalf("WriteBacklog: %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f, buf.Bytes(), warnings
}

// backlogRow returns the Backlog row (raw values, 1-based row number) of the item.
func backlogRow(t *testing.T, f *excelize.File, id string) ([]string, int) {
	t.Helper()
	rows, err := f.GetRows(SheetBacklog, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == id {
			return slices.Grow(r, len(backlogColumns))[:len(backlogColumns)], i + 1
		}
	}
	t.Fatalf("no Backlog row for %s", id)
	return nil, 0
}

func column(t *testing.T, header string) int {
	t.Helper()
	for i, c := range backlogColumns {
		if c.Header == header {
			return i
		}
	}
	t.Fatalf("no column %q", header)
	return -1
}

func cellName(col, row int) string {
	ref, _ := excelize.CoordinatesToCellName(col+1, row)
	return ref
}

func TestSampleSheetsAndHeader(t *testing.T) {
	ws := sampleWorkspace(t)
	f, _, warnings := export(t, ws)
	if len(warnings) != 0 {
		t.Errorf("warnings on the sample: %q", warnings)
	}
	if got := f.GetSheetList(); !slices.Equal(got, Sheets) {
		t.Errorf("sheets = %q, want %q", got, Sheets)
	}
	rows, err := f.GetRows(SheetBacklog)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, c := range BacklogColumns() {
		want = append(want, c.Header)
	}
	for _, d := range itemFields(ws) { // the custom fields follow
		want = append(want, FieldHeader(d))
	}
	if !slices.Equal(rows[0], want) {
		t.Errorf("header =\n%q\nwant\n%q", rows[0], want)
	}
	for _, h := range []string{"RICE score (computed)", "Blocked (computed)", "What-next position (computed)", "Goals (computed)"} {
		if !slices.Contains(rows[0], h) {
			t.Errorf("header lacks %q", h)
		}
	}
	if got, want := len(rows)-1, ws.Count(app.KindItem); got != want {
		t.Errorf("%d item rows, want %d", got, want)
	}
	// Computed headers look different from the others.
	plain, _ := f.GetCellStyle(SheetBacklog, "A1")
	computed, _ := f.GetCellStyle(SheetBacklog, cellName(column(t, "RICE score (computed)"), 1))
	if plain == computed {
		t.Errorf("computed and plain headers share style %d", plain)
	}
}

func TestSampleItemRow(t *testing.T) {
	ws := sampleWorkspace(t)
	f, _, _ := export(t, ws)
	it, ok := ws.Item(knownItem)
	if !ok {
		t.Fatalf("the sample lost %s", knownItem)
	}
	row, rowNo := backlogRow(t, f, knownItem)
	cell := func(h string) string { return row[column(t, h)] }
	dep, _ := ws.Item(it.DependsOn[0])
	tests := []struct{ header, want string }{
		{"Title", "Push invoices to QuickBooks when a job is closed"},
		{"Type", "Feature"},
		{"Status", it.Status.Title()},
		{"Estimate", "5"},
		{"MoSCoW", "Must"},
		{"Assignee", it.Assignee},
		{"Tags", "integrations, invoicing, quickbooks"},
		{"Depends on", it.DependsOn[0] + " — " + dep.Title},
		{"Acceptance criteria", "[x] The invoice appears in QuickBooks within 2 minutes of closing the job\n" +
			"[x] A retry after a timeout never creates a duplicate invoice\n" +
			"[x] Sync errors show on the job with a Retry button"},
		{"Decision reason (computed)", "A retry after a QuickBooks timeout created a duplicate invoice for Hartley Plumbing (INV-20931)."},
		{"Notes", it.Notes},
	}
	for _, tt := range tests {
		if got := cell(tt.header); got != tt.want {
			t.Errorf("%s = %q, want %q", tt.header, got, tt.want)
		}
	}
	if got := cell("Last decision (computed)"); !strings.HasPrefix(got, "Rejected on ") {
		t.Errorf("Last decision = %q, want a rejection", got)
	}
	if got := cell("Initiative"); got == "" || strings.Contains(got, "missing") {
		t.Errorf("Initiative = %q", got)
	}
	for i, m := range app.ScoringModels {
		want, scored := app.Score(&it.Scores, m, ws.Product().ICE)
		got, err := strconv.ParseFloat(row[colRICE+i], 64)
		if !scored || err != nil || got != want {
			t.Errorf("%s score = %q (%v), want %v", m, row[colRICE+i], err, want)
		}
	}
	// Scores are numbers, text is text.
	for _, c := range []struct {
		header string
		want   excelize.CellType
	}{{"RICE score (computed)", excelize.CellTypeUnset}, {"Estimate", excelize.CellTypeUnset}, {"Title", excelize.CellTypeInlineString}} {
		// excelize reports a number cell, which has no type attribute, as Unset.
		got, err := f.GetCellType(SheetBacklog, cellName(column(t, c.header), rowNo))
		if err != nil || got != c.want {
			t.Errorf("%s cell type = %v (%v), want %v", c.header, got, err, c.want)
		}
	}
}

func TestSampleBlockedAndNext(t *testing.T) {
	ws := sampleWorkspace(t)
	f, _, _ := export(t, ws)
	entries, err := app.Next(ws, ws.Product().ScoringModel)
	if err != nil || len(entries) == 0 {
		t.Fatalf("Next: %d entries, %v", len(entries), err)
	}
	for i, e := range entries[:min(5, len(entries))] {
		row, _ := backlogRow(t, f, e.Item.ID)
		if got, want := row[column(t, "What-next position (computed)")], strconv.Itoa(i+1); got != want {
			t.Errorf("%s: what-next position %q, want %s", e.Item.ID, got, want)
		}
		blocked := row[column(t, "Blocked (computed)")]
		if want := map[bool]string{true: "yes", false: "no"}[e.Blocked()]; blocked != want {
			t.Errorf("%s: blocked %q, want %q", e.Item.ID, blocked, want)
		}
		if e.Blocked() && !strings.HasPrefix(row[column(t, "Blocked by (computed)")], e.BlockedBy[0]+" — ") {
			t.Errorf("%s: blocked by %q, want %s first", e.Item.ID, row[column(t, "Blocked by (computed)")], e.BlockedBy[0])
		}
	}
}

func TestBacklogSheetFeatures(t *testing.T) {
	ws := sampleWorkspace(t)
	f, _, _ := export(t, ws)
	last := ws.Count(app.KindItem) + 1

	dvs, err := f.GetDataValidations(SheetBacklog)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		col    int
		values []string
	}{
		{colType, TypeLabels()},
		{colStatus, StatusLabels()},
		{colMoSCoW, MoSCoWLabels()},
	} {
		sqref := columnRange(tt.col, last)
		i := slices.IndexFunc(dvs, func(dv *excelize.DataValidation) bool { return dv.Sqref == sqref })
		if i < 0 {
			t.Errorf("no data validation on %s", sqref)
			continue
		}
		if dvs[i].Type != "list" || !strings.Contains(dvs[i].Formula1, strings.Join(tt.values, ",")) {
			t.Errorf("validation on %s: %s %s, want a list of %q", sqref, dvs[i].Type, dvs[i].Formula1, tt.values)
		}
	}

	tables, err := f.GetTables(SheetBacklog)
	if err != nil || len(tables) != 1 || tables[0].Name != BacklogTable {
		t.Fatalf("tables = %+v, %v; want one named %s", tables, err, BacklogTable)
	}
	lastCol, _ := excelize.ColumnNumberToName(len(backlogColumns) + len(itemFields(ws)))
	if want := "A1:" + lastCol + strconv.Itoa(last); tables[0].Range != want {
		t.Errorf("table range %s, want %s", tables[0].Range, want)
	}

	panes, err := f.GetPanes(SheetBacklog)
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.XSplit != frozenCols {
		t.Errorf("panes = %+v, %v; want the header row and %d columns frozen", panes, err, frozenCols)
	}

	formats, err := f.GetConditionalFormats(SheetBacklog)
	if err != nil {
		t.Fatal(err)
	}
	scoreRange := columnRange(scoreColumn(ws.Product().ScoringModel), last)
	if cf := formats[scoreRange]; len(cf) != 1 || cf[0].Type != "3_color_scale" {
		t.Errorf("conditional formats = %+v, want a 3-color scale on %s", formats, scoreRange)
	}

	width, err := f.GetColWidth(SheetBacklog, "D")
	if err != nil || width < 40 {
		t.Errorf("Description width = %v, %v; want a wide column", width, err)
	}
}

func TestOtherSheets(t *testing.T) {
	ws := sampleWorkspace(t)
	f, _, _ := export(t, ws)
	get := func(sheet string) [][]string {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	has := func(sheet string, rows [][]string, want string) {
		t.Helper()
		for _, r := range rows {
			if slices.Contains(r, want) {
				return
			}
		}
		t.Errorf("%s has no cell %q", sheet, want)
	}

	roadmap := get(SheetRoadmap)
	for _, in := range ws.Initiatives() {
		has(SheetRoadmap, roadmap, in.Name)
	}
	// The bar: a dated initiative's months carry its color, others none.
	in := ws.Initiatives()[0]
	rowNo := slices.IndexFunc(roadmap, func(r []string) bool { return len(r) > 1 && r[1] == in.Name }) + 1
	styleID, _ := f.GetCellStyle(SheetRoadmap, "K"+strconv.Itoa(rowNo))
	st, err := f.GetStyle(styleID)
	if err != nil || !strings.EqualFold("#"+strings.Join(st.Fill.Color, ""), in.Color) {
		t.Errorf("%s: first month cell fill %+v, want %s", in.Name, st.Fill, in.Color)
	}

	releases := get(SheetReleases)
	for _, r := range ws.Releases() {
		has(SheetReleases, releases, r.Name)
		for _, task := range r.Tasks {
			has(SheetReleases, releases, task.Title)
		}
	}

	strategy := get(SheetStrategy)
	has(SheetStrategy, strategy, ws.Strategy().Vision)
	for _, g := range ws.Goals() {
		has(SheetStrategy, strategy, g.Title)
	}
	for _, p := range ws.Personas() {
		has(SheetStrategy, strategy, p.Name)
	}
	for _, c := range ws.Competitors() {
		has(SheetStrategy, strategy, c.Name)
	}
	// Each risk's row ends with its likelihood, impact and exposure.
	for _, r := range ws.Risks() {
		i := slices.IndexFunc(strategy, func(row []string) bool { return len(row) > 0 && row[0] == r.Description })
		if i < 0 {
			t.Errorf("%s has no row for risk %s", SheetStrategy, r.ID)
			continue
		}
		want := []string{r.Likelihood.Title(), r.Impact.Title(), strconv.Itoa(r.Exposure())}
		if got := strategy[i][min(5, len(strategy[i])):]; !slices.Equal(got, want) || r.Exposure() == 0 {
			t.Errorf("risk %s ends with %q, want %q (the sample rates every risk)", r.ID, got, want)
		}
	}

	about := get(SheetAbout)
	has(SheetAbout, about, ws.Product().Name)
	has(SheetAbout, about, ws.Product().ScoringModel.Formula(ws.Product().ICE))
	has(SheetAbout, about, "2026-01-15 09:30 UTC")
	has(SheetAbout, about, strconv.Itoa(app.SchemaVersion))
}

// addItem adds an item to ws and returns its ID.
func addItem(t testing.TB, ws *app.Workspace, it *app.Item) string {
	t.Helper()
	if it.Type == "" {
		it.Type = app.TypeFeature
	}
	if it.Status == "" {
		it.Status = app.StatusNew
	}
	if err := ws.Do(app.Create(it)); err != nil {
		t.Fatalf("add %q: %v", it.Title, err)
	}
	return it.ID
}

func TestFormulaLookingTextStaysText(t *testing.T) {
	titles := []string{`=HYPERLINK("x")`, "+1", "-2", "@SUM(A1)", "=1+1", "\tTabbed", "\rCR", "\nLF"}
	ws := sampleWorkspace(t)
	ids := make([]string, len(titles))
	for i, title := range titles {
		it := &app.Item{Title: title, Description: title}
		if strings.ContainsAny(title, "\t\r\n") {
			// Titles are one line (control characters are refused): the
			// description keeps the risky start.
			it.Title = "Starts with " + strconv.Quote(title)
		}
		if strings.TrimSpace(title) == title { // tags may not start with a space
			it.Tags = []string{title}
		}
		ids[i] = addItem(t, ws, it)
	}
	if err := ws.Do(app.Func{Desc: "risky vision", Fn: func(tx *app.Tx) error {
		tx.EditStrategy().Vision = "=1+1"
		return nil
	}}); err != nil {
		t.Fatal(err)
	}
	f, _, _ := export(t, ws)
	for i, title := range titles {
		t.Run(strconv.Quote(title), func(t *testing.T) {
			row, rowNo := backlogRow(t, f, ids[i])
			it, _ := ws.Item(ids[i])
			for h, want := range map[string]string{"Title": it.Title, "Description": it.Description, "Tags": strings.Join(it.Tags, ", ")} {
				if want == "" {
					continue
				}
				col := column(t, h)
				ref := cellName(col, rowNo)
				if got := row[col]; got != want {
					t.Errorf("%s = %q, want %q", h, got, want)
				}
				if typ, err := f.GetCellType(SheetBacklog, ref); err != nil || typ != excelize.CellTypeInlineString {
					t.Errorf("%s type = %v (%v), want an inline string", h, typ, err)
				}
				if fm, err := f.GetCellFormula(SheetBacklog, ref); err != nil || fm != "" {
					t.Errorf("%s formula = %q (%v), want none", h, fm, err)
				}
				// The Text format keeps the cell text when a person edits it.
				styleID, _ := f.GetCellStyle(SheetBacklog, ref)
				if st, err := f.GetStyle(styleID); err != nil || st.NumFmt != 49 {
					t.Errorf("%s number format = %d (%v), want 49 (Text)", h, st.NumFmt, err)
				}
			}
		})
	}
	// Small sheets go through shared strings: the same guarantee.
	rows, _ := f.GetRows(SheetStrategy)
	for i, r := range rows {
		if len(r) > 1 && r[0] == "Vision" {
			ref := "B" + strconv.Itoa(i+1)
			typ, _ := f.GetCellType(SheetStrategy, ref)
			fm, _ := f.GetCellFormula(SheetStrategy, ref)
			if r[1] != "=1+1" || typ != excelize.CellTypeSharedString || fm != "" {
				t.Errorf("Vision = %q, type %v, formula %q; want the text =1+1", r[1], typ, fm)
			}
		}
	}
}

// TestFormulaLookingTextInLibreOffice converts the export to CSV with
// LibreOffice: a computed formula would show its result, not its text.
func TestFormulaLookingTextInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatal("soffice is missing: run `make test`, which installs libreoffice-calc-nogui")
	}
	ws := sampleWorkspace(t)
	titles := []string{"=1+1", `=HYPERLINK("x")`, "+1", "-2", "@SUM(A1)"}
	for _, title := range titles {
		addItem(t, ws, &app.Item{Title: title})
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	if _, err := WriteBacklog(&buf, ws, exportTime); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "backlog.xlsx")
	if err := os.WriteFile(in, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "backlog.csv"))
	if err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range records {
		if len(r) > 2 {
			got = append(got, r[2])
		}
	}
	for _, title := range titles {
		if !slices.Contains(got, title) {
			t.Errorf("LibreOffice CSV has no title %q", title)
		}
	}
}

func TestLongTextIsCutWithMarker(t *testing.T) {
	ws := sampleWorkspace(t)
	long := strings.Repeat("abcdefghij", 4000) // 40 000 characters
	id := addItem(t, ws, &app.Item{Title: "Long one", Description: long})
	f, _, warnings := export(t, ws)
	row, _ := backlogRow(t, f, id)
	got := row[column(t, "Description")]
	marker := "… [cut: 40 000 characters in Canopy]"
	if !strings.HasSuffix(got, marker) {
		t.Errorf("description ends %q, want the marker %q", got[max(0, len(got)-60):], marker)
	}
	if n := utf16Len(got); n != MaxCellChars {
		t.Errorf("cut description is %d characters, want %d", n, MaxCellChars)
	}
	if !strings.HasPrefix(got, long[:1000]) {
		t.Error("the cut description does not start with the text")
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], id) || !strings.Contains(warnings[0], "description") {
		t.Errorf("warnings = %q, want one naming %s and its description", warnings, id)
	}
}

func TestFit(t *testing.T) {
	astral := "😀" // two UTF-16 units
	tests := []struct {
		name    string
		in      string
		cut     bool
		wantLen int // in UTF-16 units
	}{
		{"empty", "", false, 0},
		{"short", "hello", false, 5},
		{"exactly the limit", strings.Repeat("a", MaxCellChars), false, MaxCellChars},
		{"one over", strings.Repeat("a", MaxCellChars+1), true, MaxCellChars},
		{"multibyte under the limit in units", strings.Repeat("é", MaxCellChars), false, MaxCellChars},
		{"astral over in units only", strings.Repeat(astral, MaxCellChars/2+1), true, MaxCellChars - 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := fit(tt.in)
			if cut != tt.cut || utf16Len(got) != tt.wantLen {
				t.Errorf("fit: cut %v, %d units; want cut %v, %d units", cut, utf16Len(got), tt.cut, tt.wantLen)
			}
			if cut && !strings.Contains(got, CutMarkerPrefix) {
				t.Errorf("cut text lacks the marker")
			}
			if !utf8.ValidString(got) {
				t.Errorf("cut inside a character")
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	ws := sampleWorkspace(t)
	if err := sample.Generate(ws, 300, 7); err != nil {
		t.Fatal(err)
	}
	_, a, _ := export(t, ws)
	_, b, _ := export(t, ws)
	if !bytes.Equal(a, b) {
		t.Fatal("two exports with the same now differ")
	}
	// The export date is the only source of change.
	var c bytes.Buffer
	if _, err := WriteBacklog(&c, ws, exportTime.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a, c.Bytes()) {
		t.Error("an export an hour later is identical: the date is not recorded")
	}
}

func TestEmptyWorkspace(t *testing.T) {
	ws := app.NewWorkspace(app.Product{Name: "Empty"})
	f, _, warnings := export(t, ws)
	if len(warnings) != 0 {
		t.Errorf("warnings: %q", warnings)
	}
	if got := f.GetSheetList(); !slices.Equal(got, Sheets) {
		t.Errorf("sheets = %q", got)
	}
}

func TestTenThousandItems(t *testing.T) {
	ws := sampleWorkspace(t)
	if err := sample.Generate(ws, 10000, 1); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	start := time.Now()
	warnings, err := WriteBacklog(&buf, ws, exportTime)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d items: %v, %d KB, %d warnings", ws.Count(app.KindItem), elapsed, buf.Len()/1024, len(warnings))
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.Rows(SheetBacklog)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		n++
	}
	if want := ws.Count(app.KindItem) + 1; n != want {
		t.Errorf("%d rows, want %d", n, want)
	}
}

// TestStrategyPositioningMap checks that the positioning map reaches the
// Strategy sheet: the axis names and our place beside the statement, and
// each competitor's place as two numbers under headers naming the axes,
// empty while unplaced.
func TestStrategyPositioningMap(t *testing.T) {
	tests := []struct {
		name string
		edit func(tx *app.Tx) error // applied to the sample
		// wantHeads are the two position headers of the Competitors table.
		wantHeads [2]string
		// wantOurs is our place ("" for an empty cell), then the axis names.
		wantOurs  [2]string
		wantAxes  [2]string
		wantPlace map[string][2]string // competitor name → its x and y cells
	}{
		{
			name:      "the sample",
			wantHeads: [2]string{"Position x (Price per technician)", "Position y (Ease of getting started)"},
			wantOurs:  [2]string{"45", "80"},
			wantAxes:  [2]string{"Price per technician", "Ease of getting started"},
			wantPlace: map[string][2]string{"ServiceForge": {"90", "15"}, "JobJar": {"22", "88"}, "Whiteboards and spreadsheets": {"4", "62"}},
		},
		{
			name: "unnamed axes, us unplaced, a competitor off the map and one at a fraction",
			edit: func(tx *app.Tx) error {
				s := tx.EditStrategy()
				s.PositioningAxes = app.Axes{}
				s.OurPosition = nil
				if err := tx.Put(&app.Competitor{ID: "comp-offmap00", Name: "Offmap"}); err != nil {
					return err
				}
				return tx.Put(&app.Competitor{ID: "comp-fraction", Name: "Fraction", Position: &app.Point{X: 12.5, Y: 0}})
			},
			wantHeads: [2]string{"Position x", "Position y"},
			wantPlace: map[string][2]string{"Offmap": {"", ""}, "Fraction": {"12.5", "0"}, "JobJar": {"22", "88"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := sampleWorkspace(t)
			if tt.edit != nil {
				if err := ws.Do(app.Func{Desc: "edit", Fn: tt.edit}); err != nil {
					t.Fatal(err)
				}
			}
			f, _, warnings := export(t, ws)
			if len(warnings) != 0 {
				t.Errorf("warnings: %q", warnings)
			}
			rows, err := f.GetRows(SheetStrategy, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			cell := func(r []string, i int) string {
				if i < len(r) {
					return r[i]
				}
				return ""
			}
			labelled := map[string]string{}
			head := -1
			for i, r := range rows {
				if len(r) > 0 {
					labelled[r[0]] = cell(r, 1)
				}
				if len(r) > 0 && r[0] == "Competitor" {
					head = i
				}
			}
			for label, want := range map[string]string{
				"Positioning map x axis": tt.wantAxes[0], "Positioning map y axis": tt.wantAxes[1],
				"Our position x": tt.wantOurs[0], "Our position y": tt.wantOurs[1],
			} {
				if got, ok := labelled[label]; !ok || got != want {
					t.Errorf("%s = %q (row present: %v), want %q", label, got, ok, want)
				}
			}
			if head < 0 {
				t.Fatal("no Competitors table")
			}
			if got := [2]string{cell(rows[head], 6), cell(rows[head], 7)}; got != tt.wantHeads {
				t.Errorf("position headers %q, want %q", got, tt.wantHeads)
			}
			found := 0
			for i := head + 1; i < len(rows) && len(rows[i]) > 0; i++ {
				want, ok := tt.wantPlace[rows[i][0]]
				if !ok {
					continue
				}
				found++
				if got := [2]string{cell(rows[i], 6), cell(rows[i], 7)}; got != want {
					t.Errorf("%s: position %q, want %q", rows[i][0], got, want)
				}
				// Placed coordinates are numbers a spreadsheet can chart.
				for col := 6; col <= 7 && want[0] != ""; col++ {
					typ, err := f.GetCellType(SheetStrategy, cellName(col, i+1))
					if err != nil || typ != excelize.CellTypeUnset {
						t.Errorf("%s: %s is of type %v (%v), want a number", rows[i][0], cellName(col, i+1), typ, err)
					}
				}
			}
			if found != len(tt.wantPlace) {
				t.Errorf("found %d of the competitors %v", found, tt.wantPlace)
			}
		})
	}
}

package xlsx

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"canopy/app"
	"canopy/export/internal/exporttest"
)

func TestWorkbookStaysBoundedWhateverTheDates(t *testing.T) {
	ws := exporttest.WithDateTypo(t, sampleWorkspace(t))
	found := false
	for _, p := range app.Validate(ws) {
		found = found || strings.Contains(p.Error(), "is outside the years 1900 to 2199")
	}
	if !found {
		t.Fatal("validate does not report the year 226")
	}
	f, _, _ := export(t, ws)
	cols, err := f.GetCols(SheetRoadmap)
	if err != nil {
		t.Fatal(err)
	}
	if max := 10 + app.MaxPlanYears*12 + 2; len(cols) > max {
		t.Fatalf("the Roadmap sheet has %d columns, want at most %d", len(cols), max)
	}
}

func TestImportRangesAreTheRules(t *testing.T) {
	tests := []struct {
		reach, effort float64
		want          string // "" for accepted
	}{
		{1e9, 0.01, ""},
		{2e9, 1, "must be between 0 and 1000000000, got 2000000000"},
		{10, 0.001, "must be between 0.01 and 1000000, got 0.001"},
	}
	for _, tt := range tests {
		ws := sampleWorkspace(t)
		data := edited(t, ws, func(f *excelize.File) {
			set(t, f, "RICE reach", 2, tt.reach)
			set(t, f, "RICE impact", 2, 1)
			set(t, f, "RICE confidence %", 2, 50)
			set(t, f, "RICE effort", 2, tt.effort)
		})
		p := readBack(t, data, ws)
		errs := p.Errors()
		switch {
		case tt.want == "" && len(errs) > 0:
			t.Errorf("reach %g effort %g refused: %v", tt.reach, tt.effort, errs)
		case tt.want != "" && (len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.want)):
			t.Errorf("reach %g effort %g: %v, want one error with %q", tt.reach, tt.effort, errs, tt.want)
		}
		if tt.want == "" {
			apply(t, ws, p)
			if probs := app.Validate(ws); len(probs) > 0 {
				t.Errorf("imported, then validate says %v", probs)
			}
		}
	}
}

func TestWorkbookWithManySheetsIsRefusedFast(t *testing.T) {
	f := excelize.NewFile()
	for i := range MaxImportSheets + 1 {
		if _, err := f.NewSheet("S" + itoa(i)); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	_, err := ReadBacklog(bytes.NewReader(buf.Bytes()), int64(buf.Len()), sampleWorkspace(t))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "sheets") {
		t.Fatalf("ReadBacklog = %v, want ErrTooLarge naming the sheets", err)
	}
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}

// TestEmptyReferenceRoundTrips exports a hand-edited item whose
// dependencies hold an empty string: the export leaves it out, and the
// workspace's own export imports, dropping it.
func TestEmptyReferenceRoundTrips(t *testing.T) {
	ws0 := sampleWorkspace(t)
	var ents []app.Entity
	var id string
	for _, k := range app.Kinds {
		for _, e := range ws0.Entities(k) {
			e = app.Clone(e)
			if it, ok := e.(*app.Item); ok && id == "" {
				it.DependsOn = append(it.DependsOn, "")
				id = it.ID
			}
			ents = append(ents, e)
		}
	}
	ws, _ := app.Restore(app.Clone(ws0.Product()), app.Clone(ws0.Strategy()), ents)
	_, data, _ := export(t, ws)
	p := readBack(t, data, ws)
	if len(p.Errors()) > 0 {
		t.Fatalf("the workspace's own export does not import: %v", p.Errors())
	}
	apply(t, ws, p)
	if it, _ := ws.Item(id); slices.Contains(it.DependsOn, "") {
		t.Fatalf("%s still depends on an empty reference: %q", id, it.DependsOn)
	}
}

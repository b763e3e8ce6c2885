package dialogs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// TestImportFeedbackFromTheWindow: File ▸ Import feedback… previews the
// rows (the new ones with what they link to, the invalid cell named and
// highlighted), applies the valid rows as one undoable command, and a
// second import of the same file adds nothing.
func TestImportFeedbackFromTheWindow(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	h := newTestHost(t, ws)
	path := filepath.Join(t.TempDir(), "tickets.csv")
	csv := "Feedback,Customer,Segment,Source,Date,Importance,Item\n" +
		"Please rank my work,Acme,Enterprise,support ticket,2026-10-01,critical,Highest scored\n" +
		"\"=HYPERLINK(\"\"http://evil\"\")\",Yak,SMB,survey,,,\n" +
		"Broken row,Zed,SMB,survey,2026-10-02,,Teleporter\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	h.ImportFeedbackFrom(path)
	top := uitest.WaitForDialog(t, h.Win, "Import feedback preview")
	all := strings.Join(uitest.Texts(top), "\n")
	for _, want := range []string{"tickets.csv", "2 new, 0 already imported, 1 invalid", "“Please rank my work” — Acme → Highest scored",
		"invalid  CSV!G4 (Item): no item has the ID or the title \"Teleporter\""} {
		if !strings.Contains(all, want) {
			t.Errorf("the preview lacks %q:\n%s", want, all)
		}
	}
	if b := uitest.Button(top, "Apply"); b == nil || !b.Disabled() {
		t.Fatal("Apply is enabled with an invalid row")
	}
	test.Tap(uitest.Button(top, "Apply valid rows only"))
	uitest.WaitForDialog(t, h.Win, "2 insights added to the Insights inbox as new.")
	if n := ws.Count(app.KindInsight); n != 2 {
		t.Fatalf("%d insights after the import, want 2", n)
	}
	var formula *app.Insight
	for _, in := range ws.Insights() {
		if in.Company == "Yak" {
			formula = in
		}
		if in.State != app.InsightNew {
			t.Errorf("%s imported as %s", in.ID, in.State)
		}
	}
	if formula == nil || formula.Text != `=HYPERLINK("http://evil")` || !formula.Date.IsZero() {
		t.Errorf("the hostile row became %+v: want its text kept as text, undated", formula)
	}
	if ev := ws.Evidence().Item("item-a"); ev.Insights != 1 || ev.Demand != 3 {
		t.Errorf("item-a's evidence %+v", ev)
	}
	if got, _ := ws.CanUndo(); !strings.HasPrefix(got, "Import feedback") {
		t.Errorf("the last command is %q", got)
	}
	h.Win.Canvas().Overlays().Top().Hide()

	// Again: nothing new to apply.
	h.ImportFeedbackFrom(path)
	top = uitest.WaitForDialog(t, h.Win, "0 new, 2 already imported, 1 invalid")
	if b := uitest.Button(top, "Apply valid rows only"); b == nil || !b.Disabled() {
		t.Error("a second import offers to add rows again")
	}
	test.Tap(uitest.Button(top, "Cancel"))
	if n := ws.Count(app.KindInsight); n != 2 {
		t.Errorf("%d insights after the second import", n)
	}
}

// TestImportFeedbackRefusesOtherFiles: a file that is neither CSV nor xlsx
// is refused in words, and nothing changes.
func TestImportFeedbackRefusesOtherFiles(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	h := newTestHost(t, ws)
	h.ImportFeedbackFrom(filepath.Join(t.TempDir(), "notes.txt"))
	uitest.WaitForDialog(t, h.Win, "choose a CSV file (.csv) or an Excel workbook (.xlsx) of feedback")
	if ws.Count(app.KindInsight) != 0 {
		t.Error("insights appeared")
	}
}

package dialogs

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/diff"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// TestBriefWhatChanged: while the window compares the plan with a
// baseline, the brief dialog offers "What changed since …" of it, checked;
// the brief written then has the section. Without a comparison the dialog
// says how to get one, and the brief has none.
func TestBriefWhatChanged(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is needed to read the brief (poppler-utils): ", err)
	}
	old := uitest.SeedWorkspace(t)
	ws := uitest.SeedWorkspace(t)
	err := ws.Do(app.Func{Desc: "estimate", Fn: func(tx *app.Tx) error {
		it, err := app.Edit[*app.Item](tx, app.KindItem, "item-b")
		if err != nil {
			return err
		}
		it.Estimate = 5
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	h := newTestHost(t, ws)
	h.Compare = &page.Comparing{}

	// No comparison: a hint, no choice.
	h.OnExportBrief()
	top := uitest.WaitForDialog(t, h.Win, "Sections of the full brief")
	if !uitest.HasText(top, "compare the plan with a baseline or a commit first") {
		t.Errorf("the dialog does not say how to add what changed: %q", uitest.Texts(top))
	}
	h.Win.Canvas().Overlays().Remove(top)

	// Comparing: the choice, checked, names the version.
	h.Compare.Set(&page.Comparison{Name: "baseline q1 (saved 2026-11-01)", Old: old, Diff: diff.Compare(old, ws)})
	h.OnExportBrief()
	top = uitest.WaitForDialog(t, h.Win, "Sections of the full brief")
	var check *widget.Check
	uitest.Visit(top, func(o fyne.CanvasObject) bool {
		if c, ok := o.(*widget.Check); ok && strings.HasPrefix(c.Text, "What changed since") {
			check = c
		}
		return check == nil
	})
	if check == nil || check.Text != "What changed since baseline q1 (saved 2026-11-01)" || !check.Checked {
		t.Fatalf("the dialog's choice: %+v", check)
	}
	h.Win.Canvas().Overlays().Remove(top)

	// The brief written with it has the section; without it, not.
	for _, tt := range []struct {
		name string
		on   bool
	}{{"with.pdf", true}, {"without.pdf", false}} {
		b := newBriefDialog(nil)
		b.offerChanges(h.Compare.Current())
		b.changes.check.SetChecked(tt.on)
		opt, err := b.options()
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), tt.name)
		h.ExportBriefTo(path, opt)
		uitest.WaitForDialog(t, h.Win, "Wrote "+path)
		h.Win.Canvas().Overlays().Remove(h.Win.Canvas().Overlays().Top())
		out, err := exec.Command("pdftotext", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(string(out)), " ")
		if has := strings.Contains(text, "What changed since baseline q1"); has != tt.on {
			t.Errorf("%s: the section is there: %v, want %v", tt.name, has, tt.on)
		}
		if tt.on && !strings.Contains(text, "Runner-up") {
			t.Errorf("the section does not name the item changed: %.2000s", text)
		}
		if _, err := os.Stat(path); err != nil {
			t.Error(err)
		}
	}
}

package dialogs

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/export/html"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

func TestRoadmapPageOptions(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		name, from, to string
		internal       bool
		sections       []html.Section // nil: all
		want           string         // the error, "" when fine
	}{
		{name: "defaults"},
		{name: "internal, two sections, a range", from: "2026-01-01", to: "2026-06-30", internal: true,
			sections: []html.Section{app.DocRoadmap, app.DocAppendix}},
		{name: "not a date", from: "June", want: `timeline from: date "June": want YYYY-MM-DD`},
		{name: "backwards", from: "2026-06-30", to: "2026-01-01", want: "the timeline ends (2026-01-01) before it starts (2026-06-30)"},
		{name: "no section", sections: []html.Section{}, want: "choose at least one section"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := newPageDialog(nil)
			d.from.SetText(c.from)
			d.to.SetText(c.to)
			if c.internal {
				d.audience.SetSelected(pageInternal)
			}
			if c.sections != nil {
				for i, check := range d.sections {
					check.SetChecked(slices.Contains(c.sections, html.Sections[i]))
				}
			}
			opt, err := d.options()
			if c.want != "" {
				if err == nil || err.Error() != c.want {
					t.Fatalf("error %v, want %q", err, c.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			wantAud, wantSecs := html.External, c.sections
			if c.internal {
				wantAud = html.Internal
			}
			if wantSecs == nil {
				wantSecs = html.Sections
			}
			if opt.Audience != wantAud || !slices.Equal(opt.Sections, wantSecs) || opt.From.String() != c.from || opt.To.String() != c.to {
				t.Errorf("options %+v", opt)
			}
		})
	}
}

// TestRoadmapPageRemembers: the choices confirmed come back the next time;
// values the dialog does not know fall back to the defaults.
func TestRoadmapPageRemembers(t *testing.T) {
	p := test.NewTempApp(t).Preferences()
	d := newPageDialog(p)
	if d.audience.Selected != pageExternal || d.from.Text != "" {
		t.Fatalf("first time: %s from %q", d.audience.Selected, d.from.Text)
	}
	d.audience.SetSelected(pageInternal)
	d.from.SetText("2026-02-01")
	d.sections[0].SetChecked(false)
	opt, err := d.options()
	if err != nil {
		t.Fatal(err)
	}
	savePageChoices(p, d.choices(opt))
	again := newPageDialog(p)
	if again.audience.Selected != pageInternal || again.from.Text != "2026-02-01" || again.sections[0].Checked || !again.sections[1].Checked {
		t.Errorf("reopened: %s from %q, first section %v", again.audience.Selected, again.from.Text, again.sections[0].Checked)
	}
	p.SetString(page.PrefPageAudience, "board")
	p.SetStringList(page.PrefPageSections, []string{"budget"})
	p.SetString(page.PrefPageFrom, "March")
	bad := newPageDialog(p)
	if bad.audience.Selected != pageExternal || bad.from.Text != "" || !bad.sections[0].Checked {
		t.Errorf("bad preferences: %s from %q, first section %v", bad.audience.Selected, bad.from.Text, bad.sections[0].Checked)
	}
}

// TestRoadmapPageExport writes the page through the export path: the file
// is the page html.Write makes, and the dialog offers to open it.
func TestRoadmapPageExport(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	h := newTestHost(t, ws)
	path := filepath.Join(t.TempDir(), "plan.html")
	h.ExportRoadmapPageTo(path, html.Options{Audience: html.External})
	top := uitest.WaitForDialog(t, h.Win, "Roadmap page exported")
	if uitest.Button(top, "Open the page") == nil {
		t.Error("the dialog offers no Open")
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	if err := html.Write(&want, ws, html.Options{Audience: html.External, Date: ws.Today()}); err != nil {
		t.Fatal(err)
	}
	if string(got) != want.String() || !strings.Contains(string(got), uitest.TestProduct) {
		t.Errorf("the file (%d bytes) is not the page (%d bytes)", len(got), want.Len())
	}
}

// TestRoadmapPageFromTheMenu opens File ▸ Export ▸ Roadmap page (HTML)…:
// the dialog asks for the audience, the timeline's range and the sections.
func TestRoadmapPageFromTheMenu(t *testing.T) {
	h := newTestHost(t, uitest.SeedWorkspace(t))
	var item *fyne.MenuItem
	for _, it := range h.ExportMenu().ChildMenu.Items {
		if it.Label == "Roadmap page (HTML)…" {
			item = it
		}
	}
	if item == nil {
		t.Fatal("File ▸ Export has no Roadmap page (HTML)…")
	}
	item.Action()
	top := uitest.WaitForDialog(t, h.Win, "Roadmap page (HTML)")
	var checks int
	uitest.Visit(top, func(o fyne.CanvasObject) bool {
		if _, ok := o.(*widget.Check); ok {
			checks++
		}
		return true
	})
	if checks != len(html.Sections) || !uitest.HasText(top, pageExternal) {
		t.Errorf("the dialog has %d checks", checks)
	}
}

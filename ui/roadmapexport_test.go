package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/timeline"
	"canopy/app/timeline/picture"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

func TestExportRoadmapImageFromTheWindow(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	out := filepath.Join(t.TempDir(), "roadmap.png")
	s.dialogs.ExportRoadmapImageTo(out, picture.Options{Title: "Roadmap", Width: picture.DefaultWidth})
	if s.busy {
		t.Error("drawing the roadmap holds changes from disk, though it reads only its plan")
	}
	uitest.WaitForDialog(t, s.win, "Wrote "+out)
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("\x89PNG")) {
		t.Fatalf("the picture: %d bytes, %v", len(data), err)
	}
	s.win.Canvas().Overlays().Top().Hide()
	inside := filepath.Join(s.sess.Dir, "roadmap.png")
	s.dialogs.ExportRoadmapImageTo(inside, picture.Options{})
	uitest.WaitForDialog(t, s.win, "outside the workspace folder")
}

// TestRoadmapSection opens the roadmap: its tabs, and the timeline follows
// an edit made elsewhere.
func TestRoadmapSection(t *testing.T) {
	a := test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	s := newShell(a, &Session{WS: ws, Dir: "/plans/orchard"}, nil)
	t.Cleanup(s.win.Close)
	s.win.Resize(fyne.NewSize(1280, 800))
	s.showSection("roadmap")
	if s.roadmapPage() == nil || len(s.roadmapPage().Tabs().Items) < 3 {
		t.Fatal("no roadmap tabs")
	}
	if n := len(s.roadmapPage().Timeline().Timeline.Plan().Bars); n != 0 {
		t.Fatalf("%d bars before any initiative", n)
	}
	in := &app.Initiative{Name: "Irrigation", Status: app.InitiativePlanned, Start: app.MustDate("2026-03-01"), End: app.MustDate("2026-05-31")}
	if err := ws.Do(app.Create(in)); err != nil {
		t.Fatal(err)
	}
	if n := len(s.roadmapPage().Timeline().Timeline.Plan().Bars); n != 1 {
		t.Errorf("%d bars after adding one dated initiative", n)
	}
	// An initiative opens beside the timeline, in the tray's place, and
	// follows the edits; Close brings the tray back.
	s.open(app.Key{Kind: app.KindInitiative, ID: in.ID})
	if s.roadmapPage().Tabs().Selected() != s.roadmapPage().TimelineTab() {
		t.Fatal("opening an initiative leaves the timeline")
	}
	if k, ok := s.roadmapPage().Beside().Shown(); !ok || k.ID != in.ID || !uitest.HasText(s.roadmapPage().Timeline().Object(), "Close") {
		t.Fatalf("the panel shows %v (%v)", k, ok)
	}
	if !uitest.HasText(s.roadmapPage().Beside().Body(), "Irrigation") || uitest.HasText(s.roadmapPage().Timeline().Object(), "Undated work") {
		t.Fatalf("beside the timeline: %q", uitest.Texts(s.roadmapPage().Timeline().Object()))
	}
	err := ws.Do(app.Func{Desc: "rename", Fn: func(tx *app.Tx) error {
		v, err := app.Edit[*app.Initiative](tx, app.KindInitiative, in.ID)
		if err == nil {
			v.Name = "Drip irrigation"
		}
		return err
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !uitest.HasText(s.roadmapPage().Beside().Body(), "Drip irrigation") {
		t.Errorf("the editor does not follow the edit: %q", uitest.Texts(s.roadmapPage().Beside().Body()))
	}
	s.roadmapPage().Beside().Close()
	if !uitest.HasText(s.roadmapPage().Timeline().Object(), "Undated work") || uitest.HasText(s.roadmapPage().Timeline().Object(), "Drip irrigation") {
		t.Errorf("Close did not bring the tray back: %q", uitest.Texts(s.roadmapPage().Timeline().Object()))
	}
	// A lane still opens in the list tab.
	lane := &app.Lane{Name: "Water", Order: 1}
	if err := ws.Do(app.Create(lane)); err != nil {
		t.Fatal(err)
	}
	s.open(app.Key{Kind: app.KindLane, ID: lane.ID})
	if s.roadmapPage().Tabs().Selected() != s.roadmapPage().ListTab() {
		t.Error("opening a lane does not show the list and editor tab")
	}
}

// TestRoadmapViewIsRemembered: the zoom and the colouring chosen come back
// when the roadmap is opened again (after a restart, the preferences
// holding them); a zoom the preferences do not know falls back to months.
func TestRoadmapViewIsRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	open := func() *shell {
		s := newShell(a, &Session{WS: uitest.SeedWorkspace(t), Dir: "/plans/orchard"}, nil)
		t.Cleanup(s.win.Close)
		s.showSection("roadmap")
		return s
	}
	s := open()
	s.roadmapPage().Timeline().SetView(timeline.Quarters, true)
	if got := a.Preferences().String(page.PrefRoadmapZoom); got != timeline.Quarters.String() || !a.Preferences().Bool(page.PrefRoadmapByGoal) {
		t.Fatalf("preferences %q, %v", got, a.Preferences().Bool(page.PrefRoadmapByGoal))
	}
	again := open()
	if z := again.roadmapPage().Timeline().Timeline.Zoom(); z != timeline.Quarters {
		t.Errorf("reopened at %v, want quarters", z)
	}
	if !uitest.HasText(again.roadmapPage().Timeline().Object(), "No goal") { // the legend of the colouring by goal
		t.Errorf("reopened not coloured by goal: %q", uitest.Texts(again.roadmapPage().Timeline().Object()))
	}
	a.Preferences().SetString(page.PrefRoadmapZoom, "fortnights")
	a.Preferences().SetBool(page.PrefRoadmapByGoal, false)
	if z := open().roadmapPage().Timeline().Timeline.Zoom(); z != timeline.Months {
		t.Errorf("an unknown zoom gave %v, want months", z)
	}
}

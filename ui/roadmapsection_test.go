package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/timeline"
	"canopy/ui/internal/uitest"
)

// typeShortcut types a shortcut in the window as the desktop driver passes
// it on: to the focused widget when it takes shortcuts, else to the
// shortcuts registered on the canvas.
func typeShortcut(w fyne.Window, sc fyne.Shortcut) {
	if f, ok := w.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(sc)
		return
	}
	w.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(sc)
}

func ctrl(k fyne.KeyName, extra fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

// TestRoadmapZoomShortcuts: Ctrl+=, Ctrl++, Ctrl+minus and Ctrl+0 work
// while the roadmap's timeline is in sight, whatever has the focus, and not
// once another section or tab is shown, where typing stays typing.
func TestRoadmapZoomShortcuts(t *testing.T) {
	s, _ := newTestShell(t, uitest.SeedWorkspace(t), nil)
	s.showSection("roadmap")
	tl := s.roadmapPage().Timeline().Timeline
	if tl.Zoom() != timeline.Months {
		t.Fatalf("the timeline opens at %v, want months", tl.Zoom())
	}
	if _, ok := s.win.Canvas().Focused().(fyne.Shortcutable); ok {
		t.Fatalf("%T has the focus: the canvas would not see the shortcuts", s.win.Canvas().Focused())
	}
	for _, c := range []struct {
		name string
		sc   fyne.Shortcut
		want timeline.Zoom
	}{
		{"Ctrl+=", ctrl(fyne.KeyEqual, 0), timeline.Weeks},
		{"Ctrl+minus", ctrl(fyne.KeyMinus, 0), timeline.Months},
		{"Ctrl+minus again", ctrl(fyne.KeyMinus, 0), timeline.Quarters},
		{"Ctrl++", ctrl(fyne.KeyPlus, 0), timeline.Months},
		{"Ctrl+Shift+=", ctrl(fyne.KeyEqual, fyne.KeyModifierShift), timeline.Weeks},
	} {
		typeShortcut(s.win, c.sc)
		if tl.Zoom() != c.want {
			t.Errorf("%s: zoom %v, want %v", c.name, tl.Zoom(), c.want)
		}
	}
	tl.ScrollToToday()
	today := tl.Scroll()
	tl.ScrollTo(today.X+2000, today.Y)
	typeShortcut(s.win, ctrl(fyne.Key0, 0))
	if got := tl.Scroll(); got != today {
		t.Errorf("Ctrl+0: scrolled to %v, want today's %v", got, today)
	}

	// The focused timeline answers them itself.
	s.win.Canvas().Focus(tl)
	typeShortcut(s.win, ctrl(fyne.KeyMinus, 0))
	if tl.Zoom() != timeline.Months {
		t.Errorf("Ctrl+minus on the focused timeline: zoom %v, want months", tl.Zoom())
	}
	s.win.Canvas().Unfocus()

	// Another tab of the section: the timeline is out of sight.
	s.roadmapPage().Tabs().SelectIndex(1)
	typeShortcut(s.win, ctrl(fyne.KeyMinus, 0))
	if tl.Zoom() != timeline.Months {
		t.Errorf("Ctrl+minus on the Now / Next / Later tab zoomed the timeline to %v", tl.Zoom())
	}
	s.roadmapPage().Tabs().Select(s.roadmapPage().TimelineTab())

	// Another section: nothing zooms, and its fields take what is typed.
	s.showSection("backlog")
	typeShortcut(s.win, ctrl(fyne.KeyMinus, 0))
	typeShortcut(s.win, ctrl(fyne.KeyEqual, 0))
	if tl.Zoom() != timeline.Months {
		t.Errorf("shortcuts typed in the backlog zoomed the hidden timeline to %v", tl.Zoom())
	}
	e := uitest.Find[*widget.Entry](t, s.win.Content())
	s.win.Canvas().Focus(e)
	test.Type(e, "=-0+")
	typeShortcut(s.win, ctrl(fyne.KeyEqual, 0))
	if e.Text != "=-0+" || tl.Zoom() != timeline.Months {
		t.Errorf("typing in the backlog's %q field: text %q, zoom %v", e.PlaceHolder, e.Text, tl.Zoom())
	}
	s.win.Canvas().Unfocus()

	// Back on the roadmap, they work again.
	s.showSection("roadmap")
	typeShortcut(s.win, ctrl(fyne.KeyMinus, 0))
	if tl.Zoom() != timeline.Quarters {
		t.Errorf("Ctrl+minus back on the roadmap: zoom %v, want quarters", tl.Zoom())
	}
}

// TestRoadmapCatchesUpWhenShown: an edit made while the roadmap is out of
// sight does not rebuild its plan then, and shows once the roadmap does.
func TestRoadmapCatchesUpWhenShown(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	s.showSection("roadmap")
	tl := s.roadmapPage().Timeline().Timeline
	before := tl.Plan()
	s.showSection("overview")
	day := ws.Today()
	err := ws.Do(app.Func{Desc: "add", Fn: func(tx *app.Tx) error {
		if err := tx.Put(&app.Initiative{ID: "in-new", Name: "Added out of sight", Status: app.InitiativePlanned, Start: day, End: day.AddDays(30)}); err != nil {
			return err
		}
		return tx.Put(&app.Initiative{ID: "in-later", Name: "Undated out of sight", Status: app.InitiativePlanned, Horizon: app.HorizonLater})
	}})
	if err != nil {
		t.Fatal(err)
	}
	if tl.Plan() != before {
		t.Error("the plan was rebuilt while the roadmap was out of sight")
	}
	s.showSection("roadmap")
	if tl.Plan() == before {
		t.Fatal("the plan was not rebuilt when the roadmap was shown")
	}
	if _, ok := tl.Plan().Bar("in-new"); !ok {
		t.Error("no bar for the initiative added out of sight")
	}
	if !uitest.HasText(s.win.Content(), "Undated out of sight") {
		t.Error("the tray does not list the undated initiative added out of sight")
	}
	// In sight, an edit shows at once.
	if err := ws.Do(app.Func{Desc: "rename", Fn: func(tx *app.Tx) error {
		in, err := app.Edit[*app.Initiative](tx, app.KindInitiative, "in-new")
		if err != nil {
			return err
		}
		in.Name = "Renamed in sight"
		return nil
	}}); err != nil {
		t.Fatal(err)
	}
	i, _ := tl.Plan().Bar("in-new")
	if got := tl.Plan().Bars[i].Name; got != "Renamed in sight" {
		t.Errorf("the bar is named %q after an edit in sight", got)
	}
}

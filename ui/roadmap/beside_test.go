package roadmap

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/edit"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// TestEditorBesideKeepsTheTimeline: opening an initiative's editor beside
// the timeline leaves the timeline most of the width at 1024 and 800
// pixels (it was squeezed to ~350 px), and ends the hover of the bar whose
// tip was shown, so that no tip stays behind.
func TestEditorBesideKeepsTheTimeline(t *testing.T) {
	for _, tt := range []struct {
		width, least float32
	}{{1024, 600}, {800, 470}} {
		test.NewTempApp(t)
		ws := roadmapWorkspace(t)
		c := uitest.NewContext(t, ws)
		c.Env.NewEditor = func(env *page.Env, k app.Key) page.Editor { e, _ := edit.New(env, k); return e }
		v := newRoadmapView(Section(), c.Env, nil)
		c.Show(v.Object(), tt.width, 600)
		v.SetShown(true)
		tl := v.timeline.Timeline
		i, ok := tl.Plan().Bar("in-a")
		if !ok {
			t.Fatal("no bar for in-1")
		}
		r := tl.Frame().BarRect(i)
		p := fyne.NewPos(laneW+float32(r.X-tl.scroll.X)+4, headerH+float32(r.Y-tl.scroll.Y)+float32(r.H)/2)
		tl.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
		if tl.hover != i {
			t.Fatalf("no hover over in-1 at %v", p)
		}
		v.Show(app.Key{Kind: app.KindInitiative, ID: "in-a"})
		if w := tl.Size().Width; w < tt.least {
			t.Errorf("at %v wide the timeline is %v wide beside the editor, want at least %v", tt.width, w, tt.least)
		}
		if tl.hovering || tl.hover >= 0 {
			t.Errorf("at %v wide the hover (and its tip) stays after the editor opened", tt.width)
		}
	}
}

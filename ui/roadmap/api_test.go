package roadmap_test

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
	"canopy/ui/roadmap"
)

// TestRoadmapAPI drives the timeline and the horizons board only through
// what the Roadmap section uses: New, NewHorizons, Object, Refresh and
// Column.
func TestRoadmapAPI(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	ctx := uitest.NewContext(t, ws)
	h := roadmap.NewHorizons(ctx.Env)
	ctx.Show(h.Object(), 1200, 600)
	if now := h.Column(app.HorizonNow); !slices.Contains(now, "init-plant") {
		t.Fatalf("Now holds %v, want init-plant", now)
	}
	if err := ws.Do(app.Func{Desc: "later", Fn: func(tx *app.Tx) error {
		in, err := app.Edit[*app.Initiative](tx, app.KindInitiative, "init-plant")
		if err == nil {
			in.Horizon = app.HorizonLater
		}
		return err
	}}); err != nil {
		t.Fatal(err)
	}
	h.Refresh()
	if later := h.Column(app.HorizonLater); !slices.Contains(later, "init-plant") {
		t.Fatalf("after the move Later holds %v", later)
	}

	v := roadmap.New(ctx.Env)
	ctx.Show(v.Object(), 1200, 600)
	v.Refresh()
	if !uitest.HasText(v.Object(), "Undated work") {
		t.Fatalf("the timeline has no tray of undated work: %q", uitest.Texts(v.Object()))
	}
}

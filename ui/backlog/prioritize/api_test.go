package prioritize_test

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/backlog/prioritize"
	"canopy/ui/internal/uitest"
)

// TestViewsAPI drives the prioritized list, the matrix and the release
// capacity only through what the Backlog section uses: their constructors,
// Object, SetFilter and Refresh.
func TestViewsAPI(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	ctx := uitest.NewContext(t, ws)
	l := prioritize.NewList(ctx.Env)
	ctx.Show(l.Object(), 1400, 800)
	if !uitest.HasText(l.Object(), "Highest scored") {
		t.Fatalf("the list does not show the top item: %q", uitest.Texts(l.Object()))
	}
	l.SetFilter(app.Filter{Text: "runner"})
	if uitest.HasText(l.Object(), "Highest scored") || !uitest.HasText(l.Object(), "Runner-up") {
		t.Fatalf("filtered on \"runner\", the list shows %q", uitest.Texts(l.Object()))
	}

	m := prioritize.NewMatrix(ctx.Env)
	m.SetFilter(app.Filter{})
	ctx.Show(m.Object(), 1400, 800)
	if len(uitest.Texts(m.Object())) == 0 {
		t.Fatal("the matrix shows nothing")
	}

	c := prioritize.NewReleaseCapacity(ctx.Env)
	ctx.Show(c.Object(), 1400, 800)
	if !uitest.HasText(c.Object(), "Spring") {
		t.Fatalf("the capacity does not name the release: %q", uitest.Texts(c.Object()))
	}
	if err := ws.Do(app.Func{Desc: "rename", Fn: func(tx *app.Tx) error {
		r, err := app.Edit[*app.Release](tx, app.KindRelease, "rel-spring")
		if err == nil {
			r.Name = "Spring launch"
		}
		return err
	}}); err != nil {
		t.Fatal(err)
	}
	c.Refresh()
	if !uitest.HasText(c.Object(), "Spring launch") {
		t.Fatalf("Refresh does not follow the rename: %q", uitest.Texts(c.Object()))
	}
}

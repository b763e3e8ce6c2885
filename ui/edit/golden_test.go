package edit

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/sample"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// The goldens show local times: render them in UTC wherever tests run.
func init() { time.Local = time.UTC }

// TestGoldenEditors renders one editor of every kind on the sample workspace
// (on a fixed day) and compares it with testdata/editor_KIND.xml; -update
// rewrites them, and a mismatch leaves the new markup in testdata/failed/.
func TestGoldenEditors(t *testing.T) {
	day := app.MustDate("2026-11-27")
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	keys := []app.Key{app.ProductKey, app.StrategyKey}
	for _, k := range app.Kinds {
		es := ws.Entities(k)
		keys = append(keys, app.KeyOf(es[0]))
	}
	// A Done item shows Accept and Reject.
	for _, it := range ws.Items() {
		if it.Status == app.StatusDone {
			keys = append(keys, app.KeyOf(it))
			break
		}
	}
	test.NewTempApp(t)
	for _, k := range keys {
		name := "editor_" + k.Kind.Singular()
		if k.Kind == app.KindProduct || k.Kind == app.KindStrategy {
			name = "editor_" + string(k.Kind)
		}
		if len(keys) > 0 && k == keys[len(keys)-1] {
			name = "editor_item_done"
		}
		t.Run(name, func(t *testing.T) {
			f := newFixtureOn(t, ws, func(env *page.Env) page.Editor {
				if k.Kind == app.KindItem {
					return NewItemEditor(env, k.ID)
				}
				e, _ := New(env, k)
				return e
			})
			f.Win.Resize(fyne.NewSize(800, 1000))
			uitest.AssertGolden(t, name+".xml", f.Win.Canvas())
		})
	}
}

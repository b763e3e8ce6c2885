package releases

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/forecast"
	"canopy/ui/internal/uitest"
)

// BenchmarkPageRefresh measures what one edit costs the Releases page on
// the sample with 10 000 generated items, when it is in sight.
func BenchmarkPageRefresh(b *testing.B) {
	test.NewTempApp(b)
	ws := uitest.BenchSample(b)
	env := uitest.Env(ws)
	rel := newReleasesPage(env)
	rel.Show(app.KeyOf(ws.Releases()[0]))
	uitest.BenchRefreshes(b,
		uitest.Refresh{Name: "releases", Func: rel.refresh},
		// What a forecast costs the UI goroutine: reading the workspace;
		// the futures are simulated on another.
		uitest.Refresh{Name: "forecast-prepare", Func: func() {
			if _, err := forecast.Prepare(ws, forecast.Defaults(ws.Today())); err != nil {
				b.Fatal(err)
			}
		}},
	)
}

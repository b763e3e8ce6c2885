package market

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// BenchmarkPagesRefresh measures what one edit costs each tab of the
// Market section on the sample with 10 000 generated items.
func BenchmarkPagesRefresh(b *testing.B) {
	test.NewTempApp(b)
	env := uitest.Env(uitest.BenchSample(b))
	uitest.BenchRefreshes(b,
		uitest.Refresh{Name: "competitors", Func: newCompetitorsPage(env, func(app.Key) {}).Refresh},
		uitest.Refresh{Name: "positioning", Func: newPositioningPage(env, func(app.Key) {}).refresh},
	)
}

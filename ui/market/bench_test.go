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
	for _, p := range []struct {
		name    string
		refresh func()
	}{
		{"competitors", newCompetitorsPage(env, func(app.Key) {}).Refresh},
		{"positioning", newPositioningPage(env, func(app.Key) {}).refresh},
	} {
		b.Run(p.name, func(b *testing.B) {
			for b.Loop() {
				p.refresh()
			}
		})
	}
}

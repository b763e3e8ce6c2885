package strategy

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// BenchmarkPagesRefresh measures what one edit costs each tab of the
// Strategy section on the sample with 10 000 generated items.
func BenchmarkPagesRefresh(b *testing.B) {
	test.NewTempApp(b)
	env := uitest.Env(uitest.BenchSample(b))
	for _, p := range []struct {
		name    string
		refresh func()
	}{
		{"strategy", newStrategyPage(env, func(app.Key) {}).refresh},
		{"goals", newGoalsPage(env, func(app.Key) {}).refresh},
		{"risks", newRisksPage(env, func(app.Key) {}).Refresh},
	} {
		b.Run(p.name, func(b *testing.B) {
			for b.Loop() {
				p.refresh()
			}
		})
	}
}

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
	uitest.BenchRefreshes(b,
		uitest.Refresh{Name: "strategy", Func: newStrategyPage(env, func(app.Key) {}).refresh},
		uitest.Refresh{Name: "goals", Func: newGoalsPage(env, func(app.Key) {}).refresh},
		uitest.Refresh{Name: "risks", Func: newRisksPage(env, func(app.Key) {}).Refresh},
	)
}

package overview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"canopy/app"
	"canopy/ui/page"
)

// Section is the sidebar's Overview.
func Section() *page.Section {
	return &page.Section{ID: page.Overview, Title: "Overview",
		New: func(_ *page.Section, env *page.Env, _ page.Host) page.Page { return New(env) }}
}

// overview is the first view of a workspace: the strategy and goals on the
// left, the what-next list on the right. The window puts its header above
// and its summary line below.
type overview struct {
	strategy *strategyView
	goals    *goalsView
	next     *nextView

	split *container.Split

	// lazy refreshes the columns (ranking 10 000 items takes ~20 ms) only
	// while the overview is in sight; hidden, they wait, stale, until shown.
	lazy *page.Lazy
}

// New builds the overview of env's workspace; it subscribes itself.
func New(env *page.Env) page.Page { return newOverview(env) }

func newOverview(env *page.Env) *overview {
	ws := env.WS
	v := &overview{
		strategy: newStrategyView(ws),
		goals:    newGoalsView(ws),
		next:     newNextView(ws),
	}
	left := container.NewVScroll(container.NewVBox(v.strategy.card, v.goals.card))
	v.split = container.NewHSplit(left, v.next.card)
	v.split.Offset = 0.45
	v.lazy = page.NewLazy(nil)
	v.lazy.Add(func() {
		v.strategy.refresh()
		v.goals.refresh()
		v.next.refresh()
	})
	page.Subscribe(env, v)
	return v
}

// Object returns the two columns.
func (v *overview) Object() fyne.CanvasObject { return v.split }

// Kinds is nil: the overview reads every kind.
func (v *overview) Kinds() []app.Kind { return nil }

// Refresh follows a change: now if in sight, else when shown.
func (v *overview) Refresh(app.Change) { v.lazy.Changed() }

// SetShown tells the overview whether its section is in sight; shown, it
// catches up with the changes it missed.
func (v *overview) SetShown(on bool) { v.lazy.SetShown(on) }

// Show does nothing: the overview opens no editor.
func (v *overview) Show(app.Key) {}

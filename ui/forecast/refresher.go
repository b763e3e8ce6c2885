package forecast

import (
	"sync/atomic"

	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/app/forecast"
)

// Refresher recomputes a workspace's forecast off the UI goroutine, for a
// page that shows it and refreshes when items move: Refresh reads the
// workspace where it is called (the UI goroutine, which owns it), runs the
// simulated futures on a goroutine of its own, and hands the result to
// show through fyne.Do. A result that a later Refresh has overtaken is
// dropped, so a burst of edits shows only the last forecast. A forecast
// with nothing to simulate is shown at once, before Refresh returns.
type Refresher struct {
	show func(*forecast.Result)
	gen  atomic.Uint64
	// Do hands a result over to the UI goroutine: fyne.Do. Tests of a
	// page replace it to run the result on their own goroutine, as Fyne's
	// test driver would run it on the worker's.
	Do func(func())
}

// NewRefresher returns a refresher that shows each result with show, on
// the UI goroutine.
func NewRefresher(show func(*forecast.Result)) *Refresher {
	return &Refresher{show: show, Do: fyne.Do}
}

// Refresh starts a forecast of ws with options o. Call it on the goroutine
// that owns ws (the UI goroutine); it returns once ws has been read, or,
// when there is nothing to simulate, once the result has been shown.
func (r *Refresher) Refresh(ws *app.Workspace, o forecast.Options) error {
	p, err := forecast.Prepare(ws, o)
	if err != nil {
		return err
	}
	g := r.gen.Add(1)
	if p.Ready() {
		// Nothing to simulate (too little history, nothing left): the
		// reasons show at once, without a goroutine.
		r.show(p.Simulate())
		return nil
	}
	do := r.Do
	go func() {
		res := p.Simulate()
		do(func() {
			if r.gen.Load() == g {
				r.show(res)
			}
		})
	}()
	return nil
}

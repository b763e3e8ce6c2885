// Package forecast draws the forecast of app/forecast in the window: a
// release's (or an initiative's) range of likely dates as a small
// histogram against its planned date, and the team's throughput of the past
// weeks as a sparkline. Both are widgets fed with app/forecast results; the
// pages that show them compute those off the UI goroutine and hand them
// over with fyne.Do.
//
// Imports: the domain (canopy/app, app/forecast) and Fyne; never the
// window, a section or the store.
package forecast

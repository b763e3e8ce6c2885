package timeline

import "canopy/app"

// Days ahead of today that set the horizon of dated work on the Now / Next
// / Later board.
const (
	NowDays  = 30 // work started, or starting within a month, is Now
	NextDays = 92 // starting within about three months, Next
)

// HorizonOf places an initiative on the Now / Next / Later board: by its
// horizon when undated; when dated, Now if it has started (or ended) or
// starts within NowDays, Next if it starts within NextDays, else Later.
func HorizonOf(in *app.Initiative, today app.Date) app.Horizon {
	if !in.Dated() {
		return in.Horizon
	}
	switch days := today.DaysUntil(in.Start); {
	case days <= NowDays:
		return app.HorizonNow
	case days <= NextDays:
		return app.HorizonNext
	}
	return app.HorizonLater
}

package forecast

import (
	"time"

	"canopy/app"
)

// Week is the throughput of one past week.
type Week struct {
	// Start is the Monday the week starts on (weeks are UTC, Monday-based).
	Start app.Date
	// Done is the number of items that reached Done or Accepted in it.
	Done int
}

// finished reports whether a status counts as delivered work.
func finished(s app.Status) bool { return s == app.StatusDone || s == app.StatusAccepted }

// WeekStart returns the Monday of the week d falls in.
func WeekStart(d app.Date) app.Date {
	return d.AddDays(-((int(d.Time().Weekday()) + 6) % 7))
}

// DoneAt returns when the item last reached Done or Accepted: the decision
// that began its current, unbroken stay among the finished statuses (a move
// from Done to Accepted is not a second arrival). It returns false for an
// item that is not finished, or whose history records no such decision.
func DoneAt(it *app.Item) (time.Time, bool) {
	if !finished(it.Status) {
		return time.Time{}, false
	}
	var at time.Time
	found := false
	for i := len(it.History) - 1; i >= 0; i-- {
		d := it.History[i]
		if !finished(d.To) {
			break
		}
		at, found = d.At, true
		if !finished(d.From) {
			break
		}
	}
	return at, found
}

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

// utcDay returns the UTC calendar day of an instant.
func utcDay(t time.Time) app.Date { return app.DateOf(t.UTC()) }

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

// history is what the items' histories say about the past weeks.
type history struct {
	weeks []Week // the whole weeks before today's, oldest first
	// recorded is the number of whole weeks since the week of the first
	// recorded status change; -1 when no change is recorded at all.
	recorded int
}

// readHistory counts, for the n whole weeks before the week of today, the
// items that reached Done or Accepted in each, in one pass over the items.
func readHistory(ws *app.Workspace, today app.Date, n int) history {
	current := WeekStart(today)
	first := current.AddDays(-7 * n)
	counts := make([]int, n)
	var earliest app.Date
	for it := range ws.AllItems() {
		if len(it.History) == 0 {
			continue
		}
		if d := utcDay(it.History[0].At); earliest.IsZero() || d.Before(earliest) {
			earliest = d
		}
		at, ok := DoneAt(it)
		if !ok {
			continue
		}
		d := utcDay(at)
		if d.Before(first) || !d.Before(current) {
			continue
		}
		counts[first.DaysUntil(d)/7]++
	}
	h := history{weeks: make([]Week, n), recorded: -1}
	for i := range counts {
		h.weeks[i] = Week{Start: first.AddDays(7 * i), Done: counts[i]}
	}
	if !earliest.IsZero() {
		h.recorded = max(0, WeekStart(earliest).DaysUntil(current)/7)
	}
	return h
}

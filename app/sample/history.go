package sample

import (
	"fmt"
	"slices"
	"time"

	"canopy/app"
)

// earlyMove is one move of the backlog's older history, outside the
// phases: with them, the work of the twelve weeks before the clock that
// gives the sample a throughput to forecast from, varying week to week as a
// team's does.
type earlyMove struct {
	id   string
	days float64 // how long before the clock's current time
	to   app.Status
}

// earlyStart is the status an item with an early history is created in:
// its later moves take it from there.
const earlyStart = app.StatusInProgress

// earlyHistory returns the moves, oldest first: the items created Done
// reach Done here, from In progress, instead of being created there with
// no record of when.
func earlyHistory() []earlyMove {
	return []earlyMove{
		{"item-h7wnsj8t", 82.6, app.StatusDone},
		{itemQBCustomers, 80.9, app.StatusDone},
		{"item-mc42xbxp", 74.2, app.StatusDone},
		{"item-114sb265", 68.3, app.StatusDone},
		{"item-trxtxhjd", 66.8, app.StatusDone},
		{itemChecklists, 52.4, app.StatusDone},
		{"item-5qv3h43w", 47.9, app.StatusDone},
		{"item-erfmyyq0", 45.2, app.StatusDone},
		{itemPhotoCompress, 30.5, app.StatusDone},
	}
}

// replayEarly makes the early moves, each at its own time.
func replayEarly(ws *app.Workspace, now time.Time) error {
	for _, m := range earlyHistory() {
		ws.SetClock(app.FixedClock{T: now.Add(-time.Duration(m.days * float64(24*time.Hour)))})
		if err := ws.Do(app.Move(m.id, m.to, "")); err != nil {
			return fmt.Errorf("sample: early history of %s: %w", m.id, err)
		}
	}
	return nil
}

// replayPhases makes the moves of each phase of the items' steps, phase by
// phase; within a phase, each item moves up to three days either side of
// the phase's time (up to two days later in the last phase, which stays in
// the past), one command per move.
func replayPhases(ws *app.Workspace, items []itemSpec, now time.Time) error {
	for p := 1; p < len(phaseAge); p++ {
		type move struct {
			at time.Time
			s  itemSpec
		}
		var moves []move
		for i, s := range items {
			for _, st := range s.steps {
				if st.phase != p {
					continue
				}
				jitter := time.Duration((i*5+p*3)%7-3) * 24 * time.Hour
				if p == len(phaseAge)-1 {
					jitter = -time.Duration(i%3) * 24 * time.Hour
				}
				moves = append(moves, move{now.Add(-phaseAge[p] - jitter), s})
				break
			}
		}
		slices.SortStableFunc(moves, func(a, b move) int { return a.at.Compare(b.at) })
		for _, m := range moves {
			ws.SetClock(app.FixedClock{T: m.at})
			cmd := app.Func{Desc: fmt.Sprintf("Sample backlog history, step %d", p), Fn: func(tx *app.Tx) error {
				for _, st := range m.s.steps {
					if st.phase == p {
						if err := st.apply(tx, m.s.id); err != nil {
							return fmt.Errorf("item %s: %w", m.s.id, err)
						}
					}
				}
				return nil
			}}
			if err := ws.Do(cmd); err != nil {
				return fmt.Errorf("sample: history phase %d: %w", p, err)
			}
		}
	}
	return nil
}

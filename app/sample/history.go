package sample

import (
	"fmt"
	"slices"
	"time"

	"canopy/app"
)

// earlyMove is one move of the backlog's older history, before the phases:
// the work of the twelve weeks before the clock that gives the sample a
// throughput to forecast from, varying week to week as a team's does (a
// quiet week over the holidays, a busy one before a release).
type earlyMove struct {
	id   string
	days float64 // how long before the clock's current time
	to   app.Status
}

// earlyStart is the status an item with an early history is created in:
// its later moves take it from there.
const earlyStart = app.StatusInProgress

// earlyHistory returns the moves, oldest first. The items created Done
// reach Done here (instead of being created there with no record), and the
// items of the release before 4.2 go from In progress to Done and are
// accepted a few days later.
func earlyHistory() []earlyMove {
	var out []earlyMove
	done := func(id string, days float64) { out = append(out, earlyMove{id, days, app.StatusDone}) }
	shipped := func(id string, days float64) {
		done(id, days)
		out = append(out, earlyMove{id, days - 2.2, app.StatusAccepted})
	}
	// Twelve to four weeks before the clock, 2, 3, 1, 2, 0, 3, 2, 1 and 3
	// items a week.
	shipped(itemPastSearch, 82.1)
	shipped(itemPastTimezone, 80.3)
	shipped(itemPastSMSOptOut, 75.2)
	shipped(itemPastCSVExport, 73.9)
	shipped(itemPastDuplicate, 72.6)
	shipped(itemPastPhotoRotate, 67.4)
	shipped(itemPastPermissions, 61.2)
	shipped(itemPastSlowBoard, 59.8)
	// (the week of 54 to 47 days: the holidays)
	done("item-5qv3h43w", 45.1)
	done("item-trxtxhjd", 44.0)
	done("item-erfmyyq0", 40.7)
	done(itemPhotoCompress, 38.2)
	done("item-h7wnsj8t", 34.9)
	done(itemChecklists, 31.3)
	done("item-114sb265", 27.8)
	done(itemQBCustomers, 25.6)
	done("item-mc42xbxp", 24.1)
	slices.SortStableFunc(out, func(a, b earlyMove) int {
		switch {
		case a.days > b.days:
			return -1
		case a.days < b.days:
			return 1
		}
		return 0
	})
	return out
}

// replayEarly makes the early moves, each at its own time.
func replayEarly(ws *app.Workspace, now time.Time) error {
	for _, m := range earlyHistory() {
		ws.SetClock(app.FixedClock{T: now.Add(-time.Duration(m.days * float64(24*time.Hour)))})
		cmd := app.Move(m.id, m.to, "")
		if m.to == app.StatusAccepted {
			cmd = app.Accept(m.id, "")
		}
		if err := ws.Do(cmd); err != nil {
			return fmt.Errorf("sample: early history of %s: %w", m.id, err)
		}
	}
	return nil
}

// IDs of the items shipped in the release before 4.2.
const (
	itemPastSearch      = "item-3k8wq1zd"
	itemPastTimezone    = "item-9vh2mt6c"
	itemPastSMSOptOut   = "item-r4x7pn0b"
	itemPastCSVExport   = "item-b1c9fy5k"
	itemPastDuplicate   = "item-6tq3hj8w"
	itemPastPhotoRotate = "item-x2m5dz7r"
	itemPastPermissions = "item-p8n4ks1g"
	itemPastSlowBoard   = "item-e7y0wc3v"
)

// pastItems returns the items of Crewline 4.1, shipped before the roadmap's
// first quarter: accepted, in no release of the plan, ranked last.
func pastItems() []itemSpec {
	return []itemSpec{
		{
			id: itemPastSearch, typ: app.TypeFeature, title: "Search jobs by customer phone number",
			desc: "Dispatchers find the job of a customer who calls by typing any part of the phone number, the way they " +
				"already search by name and address.", status: sReady,
			assignee: devWeb, init: initReplan, est: 2, moscow: should,
			tags:     []string{"dispatch-board", "search"},
			criteria: []app.Criterion{met("Any four or more digits of the number find the customer's open jobs")},
			scores:   sc(2600, 1, 100, 0.5, 5, 3, 2, 2, 6, 9, 8, 6, 2),
		},
		{
			id: itemPastTimezone, typ: app.TypeBug, title: "Jobs booked after 5 p.m. show on the next day for Mountain time accounts",
			desc: "The dispatch board converted booking times with the server's time zone. Reported by Summit Heating and two " +
				"other accounts in Denver.", status: sReady,
			assignee: devBoard, init: initReplan, est: 1, moscow: must,
			tags:     []string{"dispatch-board", "time-zones"},
			criteria: []app.Criterion{met("Every booking shows on its local day in all four US time zones")},
			scores:   sc(700, 2, 100, 0.25, 8, 8, 3, 1, 7, 10, 9, 7, 1),
		},
		{
			id: itemPastSMSOptOut, typ: app.TypeChore, title: "Honour STOP replies to appointment reminders",
			desc: "Carriers require that a customer who replies STOP gets no more texts. Record the opt-out per phone number " +
				"and skip it in every text we send.", status: sReady,
			assignee: devMessages, init: initETA, est: 2, moscow: must,
			tags:     []string{"compliance", "sms"},
			criteria: []app.Criterion{met("A STOP reply stops every later text to that number within a minute")},
			scores:   sc(3800, 0.5, 100, 0.5, 3, 13, 13, 2, 4, 10, 7, 5, 2),
		},
		{
			id: itemPastCSVExport, typ: app.TypeStory, title: "Office manager exports the week's completed jobs to CSV",
			desc: "As an office manager, I want the week's completed jobs in a spreadsheet, so that I can reconcile them with " +
				"payroll until the accounting sync ships.", status: sReady,
			assignee: devSync, init: initAccounting, est: 1, moscow: should,
			tags:     []string{"reporting"},
			criteria: []app.Criterion{met("The file opens in Excel with one row per job and its technician, hours and total")},
			scores:   sc(600, 1, 100, 0.25, 5, 3, 1, 1, 5, 10, 9, 5, 1),
		},
		{
			id: itemPastDuplicate, typ: app.TypeBug, title: "Saving a job twice on a slow connection creates a duplicate",
			desc: "A double tap on Save while the request is pending sends it twice. Seen 40 times last month in the logs.", status: sReady,
			assignee: devMobile, init: initOffline, est: 2, moscow: must,
			tags:     []string{"field-app", "sync"},
			criteria: []app.Criterion{met("Save is disabled until the first request answers, and the server ignores a repeat")},
			scores:   sc(1500, 1, 100, 0.5, 5, 5, 5, 2, 6, 9, 8, 6, 2),
		},
		{
			id: itemPastPhotoRotate, typ: app.TypeBug, title: "Job photos taken in landscape show sideways in the office",
			desc: "The web app ignored the photos' orientation tag. Technicians retake photos holding the phone upright.", status: sReady,
			assignee: devWeb, init: initCompletion, est: 1, moscow: should,
			tags:     []string{"job-completion", "photos"},
			criteria: []app.Criterion{met("Photos show upright in the office whatever way the phone was held")},
			scores:   sc(2200, 0.5, 100, 0.25, 3, 2, 1, 1, 4, 10, 9, 4, 1),
		},
		{
			id: itemPastPermissions, typ: app.TypeStory, title: "Owner limits who can see job prices",
			desc: "As an owner, I want technicians to see the work but not the prices, so that quotes are not discussed on the " +
				"customer's doorstep.", status: sReady,
			assignee: devWeb, init: initCompletion, est: 3, moscow: could,
			tags:     []string{"permissions"},
			criteria: []app.Criterion{met("A technician role without the Prices permission sees no amounts in the app")},
			scores:   sc(900, 1, 80, 1, 5, 2, 2, 3, 5, 8, 6, 5, 3),
		},
		{
			id: itemPastSlowBoard, typ: app.TypeChore, title: "Index the jobs table by account and day",
			desc: "The dispatch board's day query scanned every job of the account: 2.5 seconds for the largest customers.", status: sReady,
			assignee: platformLead, init: initReplan, est: 1, moscow: must,
			tags:     []string{"performance", "dispatch-board"},
			criteria: []app.Criterion{met("The board's day loads in under 300 ms for an account with 200 technicians")},
			scores:   sc(1200, 1, 100, 0.25, 5, 5, 8, 1, 6, 9, 9, 6, 1),
		},
	}
}

// Package sample builds Canopy's sample workspace: the plan of Crewline, a
// fictional B2B field-service scheduling product for HVAC, plumbing and
// electrical contractors. It holds a complete strategy, a four-quarter
// roadmap, three releases with their go-to-market checklists and a groomed
// backlog with a realistic history of moves, rejections and acceptances.
//
// Build writes the hand-made content; Generate adds any number of generated
// backlog items on top of it, for benchmarks and for trying Canopy at scale.
// Both are deterministic: the same inputs always give the same workspace.
package sample

import (
	"fmt"
	"time"

	"canopy/app"
)

// The people of the sample. The product owner is the workspace's user: the
// name recorded on every move, acceptance and rejection.
const (
	productManager = "Maya Okafor"
	productOwner   = "Priya Raman"
	emDispatch     = "Ravi Menon"
	emField        = "Grace Liu"
	pmCustomer     = "Sofia Marquez"
	platformLead   = "Ben Adeyemi"
	marketing      = "Elena Rossi"
	success        = "Hannah Kim"
	sales          = "Carlos Vega"

	devSolver   = "Tomás Alvarez"
	devBoard    = "Jun Park"
	devWeb      = "Aisha Bello"
	devMessages = "Lukas Brandt"
	devMobile   = "Mei Chen"
	devOffline  = "Kwame Asante"
	devSync     = "Omar Haddad"
	devQA       = "Kate Sullivan"
)

// Fixed IDs of the entities that others refer to.
const (
	personaDispatcher = "persona-g0974f2s"
	personaTechnician = "persona-gfa8zcte"
	personaOwner      = "persona-yaxg4t2b"

	goalReplan   = "goal-4j9bf980"
	goalFirstFix = "goal-a0q44fb5"
	goalGrow     = "goal-mwrbe25y"

	laneDispatch = "lane-bh16513e"
	laneField    = "lane-xar2a2qv"
	laneCustomer = "lane-ny13me5t"
	lanePlatform = "lane-w6fr5xc3"

	initReplan       = "init-w0mx4y1t"
	initAutoDispatch = "init-s7fg62k9"
	initForecast     = "init-a875r7gc"
	initOffline      = "init-qdn3r70k"
	initParts        = "init-xcn0e4s6"
	initCompletion   = "init-2c2jgj4k"
	initETA          = "init-dbb871s3"
	initBooking      = "init-5kr2b0qf"
	initAccounting   = "init-0zysef0b"
	initSSO          = "init-d21nergv"
	initAPI          = "init-dfp7tym7"
	initAgreements   = "init-7mpkejm8"
	initVoice        = "init-n57f91r7"
	initTraffic      = "init-ha97kgv6"

	relCompletion = "rel-06nfqzew"
	relReplan     = "rel-y2wxzvvj"
	relOffline    = "rel-vny3983n"

	itemETAText       = "item-hkrpkb72"
	itemChecklists    = "item-a076p7mz"
	itemQBCustomers   = "item-fd9fqfj3"
	itemQBInvoices    = "item-hadj2jn0"
	itemPhotoCompress = "item-4m0z2ad8"
	itemDetectOverrun = "item-b6t2f45t"
	itemOfflineQueue  = "item-ka61r75n"
	itemProposeReplan = "item-ewbcm759"
	itemApproveReplan = "item-nxhtq3gb"
	itemSyncTracing   = "item-73tvbnrd"
	itemSkillMatching = "item-h9yn5j45"
	itemAutoAssign    = "item-aseapfm6"
	itemZones         = "item-5bh09c6c"
	itemXero          = "item-f6c8dgh0"
	itemBooking       = "item-7jq56ctg"
	itemTruckStock    = "item-480mkjg4"
)

// phaseAge is how long before the clock's current time each phase of the
// backlog's history happened. Phase 0 is the creation of the items.
// Each item's move of a phase happens up to three days either side of it
// (see replayPhases), so that a week's throughput varies.
var phaseAge = [...]time.Duration{0, 58 * 24 * time.Hour, 37 * 24 * time.Hour, 16 * 24 * time.Hour, 4 * 24 * time.Hour}

// Build returns the sample workspace, dated so that base is the first day of
// its current quarter: the roadmap covers the four quarters from base, and
// the history of the backlog happened in the twelve weeks before the clock's
// current time. The same base and clock always give the same workspace.
func Build(base app.Date, clock app.Clock) (*app.Workspace, error) {
	if base.IsZero() {
		return nil, fmt.Errorf("sample: no base date")
	}
	ws := app.NewWorkspace(product())
	ws.SetClock(clock)
	ws.SetUser(productOwner)

	items := backlog()
	cmds := []app.Command{
		app.Func{Desc: "Write the sample strategy", Fn: func(tx *app.Tx) error {
			fillStrategy(tx.EditStrategy())
			return putAll(tx, personas(), goals(), competitors())
		}},
		app.Func{Desc: "Plan the sample roadmap", Fn: func(tx *app.Tx) error {
			return putAll(tx, lanes(), initiatives(base), risks(), milestones(base), releases(base))
		}},
		app.Func{Desc: "Fill the sample backlog", Fn: func(tx *app.Tx) error {
			early := map[string]bool{}
			for _, m := range earlyHistory() {
				early[m.id] = true
			}
			for i, s := range items {
				it := s.item(float64(i+1) * app.RankStep)
				if early[s.id] {
					it.Status = earlyStart // its early history moves it on
				}
				if err := tx.Put(it); err != nil {
					return err
				}
			}
			return nil
		}},
		app.Func{Desc: "Hear the sample's customers", Fn: func(tx *app.Tx) error {
			return putAll(tx, insights(base))
		}},
	}
	for _, c := range cmds {
		if err := ws.Do(c); err != nil {
			return nil, fmt.Errorf("sample: %w", err)
		}
	}
	if err := declareFields(ws); err != nil {
		return nil, fmt.Errorf("sample: fields: %w", err)
	}

	// Replay the backlog's history over the twelve weeks before the
	// clock's current time: the early moves, then the phases, each move at
	// its own time, so that decisions carry believable dates.
	now := clock.Now()
	if err := replayEarly(ws, now); err != nil {
		return nil, err
	}
	if err := replayPhases(ws, items, now); err != nil {
		return nil, err
	}
	ws.SetClock(clock)
	return ws, nil
}

// putAll puts every entity of every list, in order.
func putAll(tx *app.Tx, lists ...[]app.Entity) error {
	for _, l := range lists {
		for _, e := range l {
			if err := tx.Put(e); err != nil {
				return err
			}
		}
	}
	return nil
}

func product() app.Product {
	return app.Product{
		Name:            "Crewline",
		Horizon:         "Next four quarters",
		Owner:           productManager,
		Version:         "3.1",
		ScoringModel:    app.ModelRICE,
		ICE:             app.ICEProduct,
		FiscalYearStart: 1,
		WIPLimits:       map[app.Status]int{app.StatusInProgress: 6, app.StatusDone: 8},
	}
}

func fillStrategy(s *app.Strategy) {
	s.Vision = "Every field-service crew runs a day that fixes itself: the right technician, with the right part, " +
		"at the door when we said — and the office finds out without a phone call."
	s.TargetCustomers = "Residential and light-commercial HVAC, plumbing and electrical contractors in North America " +
		"with 20 to 200 field technicians, one to five dispatchers, and an owner who still answers the phone at 7 a.m. " +
		"They have outgrown whiteboards and small-business job apps but cannot afford a six-month enterprise rollout."
	s.Positioning = app.Positioning{
		For:        "HVAC, plumbing and electrical contractors with 20 to 200 technicians",
		Who:        "lose hours every day re-planning the schedule by phone when jobs run over or emergencies come in",
		Unlike:     "enterprise field-service suites that take months to implement, and small-business job apps that stop at a drag-and-drop calendar",
		OurProduct: "Crewline re-plans the day in one click, keeps working in a basement with no signal, and is live in a week",
	}
	s.Differentiators = []string{
		"One-click re-planning when a job runs over, with the customer told automatically",
		"An offline-first technician app that never loses a signature, a photo or a checklist",
		"Live in a week: spreadsheet import and QuickBooks sync on day one, no consultants",
		"Per-technician pricing with no implementation fee and no seat minimum",
	}
	s.NonGoals = []string{
		"Route planning for delivery fleets and couriers",
		"Payroll and HR: we integrate with Gusto and ADP instead",
		"Enterprises with more than 500 technicians in this horizon",
		"A general-purpose CRM or marketing-automation suite",
	}
	s.NorthStar = app.Metric{Name: "Jobs completed on time at the first visit", Unit: "jobs/week", Baseline: 18400, Target: 30000, Current: 21900}
	s.MarketNotes = "We estimate the North American field-service software market at about $5 billion, growing 10–12 % a year. " +
		"The 20–200 technician segment is the least served: small-business tools top out around 20 technicians and enterprise " +
		"suites start with six-figure implementations. Labor is the binding constraint — our customers report two to three open " +
		"technician roles each — so software that gets more jobs out of the same crew sells on return on investment. " +
		"Owners and operations directors buy; dispatchers use Crewline all day and are the loudest voice at renewal."
	s.Trends = []string{
		"Technician shortage: every unproductive hour is lost revenue",
		"Homeowners expect ride-hailing-style arrival tracking and texts",
		"Accounting has moved to the cloud: QuickBooks Online and Xero are the default",
		"Heat pumps and electrification add certification-gated job types",
		"AI scheduling assistants are moving from demos to daily use",
	}
	s.PositioningAxes = app.Axes{X: "Price per technician", Y: "Ease of getting started"}
	s.OurPosition = &app.Point{X: 45, Y: 80}
}

func personas() []app.Entity {
	return []app.Entity{
		&app.Persona{
			ID: personaDispatcher, Name: "Dana Whitaker, the dispatcher", Order: 1,
			Role: "Lead dispatcher at a 45-technician HVAC and plumbing contractor",
			Needs: []string{
				"See who is free and nearby for an emergency call in seconds",
				"Re-plan the rest of the day in minutes when a job runs over",
				"Keep customers informed without playing phone tag",
			},
			Pains: []string{
				"One overrun job means ten phone calls to technicians and customers",
				"Double bookings and missed SLAs hidden in a spreadsheet",
				"Everything about the schedule lives in her head: she cannot take a day off",
			},
		},
		&app.Persona{
			ID: personaTechnician, Name: "Marco Reyes, the technician", Order: 2,
			Role: "Senior HVAC technician, 12 years in the trade, works in basements and crawl spaces",
			Needs: []string{
				"Job details, equipment history and parts needed before he arrives",
				"An app that works with gloves on and without signal",
				"Close the job on site: checklist, photos, signature, invoice",
			},
			Pains: []string{
				"Apps that spin forever in a basement and lose what he typed",
				"Re-typing notes at the end of the day",
				"Driving to the supplier because nobody knew the part was needed",
			},
		},
		&app.Persona{
			ID: personaOwner, Name: "Linda Osei, the owner", Order: 3,
			Role: "Owner and operations director of a 25-technician plumbing and electrical business",
			Needs: []string{
				"Utilization, first-time-fix and on-time rates every week, not at month-end",
				"Invoices out the same day the work is done",
				"Software her team adopts without a consultant",
			},
			Pains: []string{
				"Paying overtime for badly planned days",
				"Enterprise tools priced and built for companies ten times her size",
				"Re-entering every job in QuickBooks",
			},
		},
	}
}

func goals() []app.Entity {
	return []app.Entity{
		&app.Goal{
			ID: goalReplan, Order: 1, Title: "Dispatchers re-plan the day in minutes, not hours",
			Description: "When the day changes — an overrun, an emergency, a sick technician — Crewline proposes the new plan and tells everyone affected.",
			KeyResults: []app.Metric{
				{Name: "Median time to re-plan a disrupted day", Unit: "minutes", Baseline: 38, Target: 10, Current: 24},
				{Name: "Jobs assigned by auto-dispatch", Unit: "%", Baseline: 0, Target: 40, Current: 6},
				{Name: "Arrivals inside the promised window", Unit: "%", Baseline: 78, Target: 92, Current: 83},
			},
		},
		&app.Goal{
			ID: goalFirstFix, Order: 2, Title: "Fix it on the first visit",
			Description: "Technicians arrive with the history, the checklist and the part, and close the job on site even with no signal.",
			KeyResults: []app.Metric{
				{Name: "First-time fix rate", Unit: "%", Baseline: 71, Target: 82, Current: 74},
				{Name: "Technicians active in the app each week", Unit: "%", Baseline: 58, Target: 85, Current: 69},
				{Name: "Offline sessions synced without data loss", Unit: "%", Baseline: 96, Target: 99.9, Current: 98.7},
			},
		},
		&app.Goal{
			ID: goalGrow, Order: 3, Title: "Win the 20–200 technician segment",
			Description: "Grow revenue with contractors that have outgrown small-business tools, and keep them as they grow.",
			KeyResults: []app.Metric{
				{Name: "Net new annual recurring revenue", Unit: "k$", Baseline: 0, Target: 2400, Current: 610},
				{Name: "Net revenue retention", Unit: "%", Baseline: 104, Target: 115, Current: 107},
			},
		},
	}
}

func competitors() []app.Entity {
	return []app.Entity{
		&app.Competitor{
			ID: "comp-6pd2ej2w", Name: "ServiceForge", Segment: "Enterprise field service (500+ technicians)",
			Strengths:   []string{"Deep configurability and asset management", "ERP integrations (SAP, Oracle)", "Strong brand with large utilities"},
			Weaknesses:  []string{"Six-month implementations that need consultants", "Clunky technician app that needs signal", "Priced out of reach below 200 technicians"},
			Pricing:     "About $150 per user per month, plus implementation fees from $50,000",
			HowWeDiffer: "Live in a week without consultants, an offline-first technician app, and pricing that works at 20 technicians.",
			Position:    &app.Point{X: 90, Y: 15},
		},
		&app.Competitor{
			ID: "comp-rcht960x", Name: "JobJar", Segment: "Small-business all-in-one (1–20 technicians)",
			Strengths:   []string{"Cheap and quick to start", "Good quoting and invoicing", "Large app marketplace"},
			Weaknesses:  []string{"Drag-and-drop calendar only: no optimization or re-planning", "Slows down past about 20 technicians", "No skills or certification matching"},
			Pricing:     "$49–$199 per month per company tier, plus $29 per extra user",
			HowWeDiffer: "Real-time re-planning and skill-based dispatch for crews that have outgrown a calendar.",
			Position:    &app.Point{X: 22, Y: 88},
		},
		&app.Competitor{
			ID: "comp-11kqkdbm", Name: "RouteMaster Pro", Segment: "Routing and dispatch point solution",
			Strengths:   []string{"Best-in-class route optimization", "Excellent maps and traffic data"},
			Weaknesses:  []string{"No invoicing, checklists or customer messaging", "Separate technician app to install", "Weak accounting integrations"},
			Pricing:     "$39 per vehicle per month",
			HowWeDiffer: "Scheduling, customer messages and job completion in one flow, with the invoice in QuickBooks the same day.",
			Position:    &app.Point{X: 35, Y: 55},
		},
		&app.Competitor{
			ID: "comp-dk6scv5a", Name: "Whiteboards and spreadsheets", Segment: "The status quo at most 20–50 technician shops",
			Strengths:   []string{"Free and infinitely flexible", "Everyone already knows how to use them"},
			Weaknesses:  []string{"No real-time view of the field", "Errors and double bookings", "The plan lives in one dispatcher's head"},
			Pricing:     "Free — paid for in overtime, missed windows and lost invoices",
			HowWeDiffer: "Imports the existing spreadsheet in minutes and keeps the dispatcher's judgment, minus the phone calls.",
			Position:    &app.Point{X: 4, Y: 62},
		},
	}
}

func lanes() []app.Entity {
	return []app.Entity{
		&app.Lane{ID: laneDispatch, Name: "Dispatch & scheduling", Order: 1, Description: "The dispatch board, re-planning, auto-dispatch and forecasting."},
		&app.Lane{ID: laneField, Name: "Technician app", Order: 2, Description: "The mobile app technicians use all day: jobs, checklists, photos, offline work."},
		&app.Lane{ID: laneCustomer, Name: "Customer experience", Order: 3, Description: "Everything the contractor's customers see: texts, ETA pages, booking, agreements."},
		&app.Lane{ID: lanePlatform, Name: "Platform & integrations", Order: 4, Description: "Accounting sync, security, enterprise controls and the public API."},
	}
}

// quarterEnd returns the last day of the nth quarter from base.
func quarterEnd(base app.Date, n int) app.Date { return base.AddMonths(3 * n).AddDays(-1) }

func initiatives(base app.Date) []app.Entity {
	m := base.AddMonths
	return []app.Entity{
		&app.Initiative{
			ID: initReplan, Name: "Real-time re-planning", Lane: laneDispatch, Goals: []string{goalReplan},
			Description: "When a job runs over, flag the day it puts at risk, propose a new plan for the affected technicians and let the dispatcher apply it in one click.",
			Start:       base, End: quarterEnd(base, 1), Status: app.InitiativeActive, Color: "#1f7a8c", Owner: emDispatch,
			Value: 9, Effort: 7, Confidence: 70,
		},
		&app.Initiative{
			ID: initAutoDispatch, Name: "Auto-dispatch by skill, zone and SLA", Lane: laneDispatch, Goals: []string{goalReplan, goalGrow},
			Description: "Assign new jobs automatically to the qualified technician who can reach them soonest, explain every choice, and let dispatchers override.",
			Start:       m(2), End: m(7).AddDays(-1), Status: app.InitiativePlanned, Color: "#2a9d8f", Owner: emDispatch,
			DependsOn: []string{initReplan}, Value: 10, Effort: 9, Confidence: 50,
		},
		&app.Initiative{
			ID: initForecast, Name: "Capacity forecasting", Lane: laneDispatch, Goals: []string{goalReplan},
			Description: "Booked against available hours per trade for the next four weeks, so owners approve overtime or move maintenance before they fall behind.",
			Start:       m(9), End: quarterEnd(base, 4), Status: app.InitiativePlanned, Color: "#3d5a80", Owner: productManager,
			DependsOn: []string{initAutoDispatch}, Value: 6, Effort: 6, Confidence: 40,
		},
		&app.Initiative{
			ID: initOffline, Name: "Offline-first technician app", Lane: laneField, Goals: []string{goalFirstFix},
			Description: "Every change is saved on the phone first and synced when the signal returns; technicians close jobs in crawl spaces.",
			Start:       base, End: m(4).AddDays(-1), Status: app.InitiativeAtRisk, Color: "#e76f51", Owner: emField,
			Value: 9, Effort: 8, Confidence: 60,
		},
		&app.Initiative{
			ID: initParts, Name: "Parts and truck stock", Lane: laneField, Goals: []string{goalFirstFix},
			Description: "Know what is on every van, deduct what is used on the job, and restock overnight, so the part is there on the first visit.",
			Start:       m(4), End: m(8).AddDays(-1), Status: app.InitiativePlanned, Color: "#f4a261", Owner: emField,
			DependsOn: []string{initOffline}, Value: 8, Effort: 6, Confidence: 60,
		},
		&app.Initiative{
			ID: initCompletion, Name: "Digital job completion", Lane: laneField, Goals: []string{goalFirstFix},
			Description: "Checklists per job type, photos, signatures and a summary for the customer: no more paper tickets in the van.",
			Start:       base, End: base.AddDays(41), Status: app.InitiativeActive, Color: "#e9c46a", Owner: emField,
			Value: 7, Effort: 4, Confidence: 90,
		},
		&app.Initiative{
			ID: initETA, Name: "On-my-way texts and live ETA", Lane: laneCustomer, Goals: []string{goalGrow, goalReplan},
			Description: "Customers get a text with a live ETA page when the technician starts driving, and can reply to reschedule.",
			Start:       base, End: m(2).AddDays(-1), Status: app.InitiativeActive, Color: "#8e5ca8", Owner: pmCustomer,
			Value: 8, Effort: 3, Confidence: 80,
		},
		&app.Initiative{
			ID: initBooking, Name: "Self-service online booking", Lane: laneCustomer, Goals: []string{goalGrow},
			Description: "Customers book from real arrival windows on the contractor's website; bookings land on the board ready to dispatch.",
			Start:       m(5), End: m(9).AddDays(-1), Status: app.InitiativePlanned, Color: "#b56576", Owner: pmCustomer,
			DependsOn: []string{initAutoDispatch, initETA}, Value: 7, Effort: 7, Confidence: 50,
		},
		&app.Initiative{
			ID: initAccounting, Name: "QuickBooks and Xero two-way sync", Lane: lanePlatform, Goals: []string{goalGrow},
			Description: "Customers sync both ways and invoices are pushed when a job closes, so owners invoice the same day.",
			Start:       base, End: m(5).AddDays(-1), Status: app.InitiativeActive, Color: "#264653", Owner: platformLead,
			Value: 8, Effort: 5, Confidence: 80,
		},
		&app.Initiative{
			ID: initSSO, Name: "Enterprise controls: SSO and roles", Lane: lanePlatform, Goals: []string{goalGrow},
			Description: "SAML single sign-on for office staff and custom roles, required by contractors above 100 technicians.",
			Start:       m(3), End: quarterEnd(base, 2), Status: app.InitiativePlanned, Color: "#6d597a", Owner: platformLead,
			Value: 6, Effort: 5, Confidence: 70,
		},
		&app.Initiative{
			ID: initAPI, Name: "Public API and webhooks", Lane: lanePlatform, Goals: []string{goalGrow},
			Description: "A documented REST API and signed webhooks, so customers and partners connect their CRM and marketing tools.",
			Start:       m(6), End: m(10).AddDays(-1), Status: app.InitiativePlanned, Color: "#457b9d", Owner: platformLead,
			DependsOn: []string{initSSO}, Value: 6, Effort: 6, Confidence: 60,
		},
		&app.Initiative{
			ID: initAgreements, Name: "Service agreements and recurring visits", Lane: laneCustomer, Goals: []string{goalGrow},
			Description: "Sell maintenance plans; Crewline schedules the visits, reminds the customer and bills the plan.",
			Horizon:     app.HorizonNext, Status: app.InitiativePlanned, Color: "#9c6644", Owner: pmCustomer,
			Value: 8, Effort: 7, Confidence: 50,
		},
		&app.Initiative{
			ID: initVoice, Name: "Voice notes and AI job summaries", Lane: laneField, Goals: []string{goalFirstFix},
			Description: "Technicians dictate; Crewline writes the findings, work done and recommendations for the office and the customer.",
			Horizon:     app.HorizonLater, Status: app.InitiativePlanned, Color: "#7a9e7e", Owner: emField,
			DependsOn: []string{initOffline}, Value: 5, Effort: 5, Confidence: 30,
		},
		&app.Initiative{
			ID: initTraffic, Name: "Routing with live traffic", Lane: laneDispatch, Goals: []string{goalReplan},
			Description: "Use live and historical traffic in arrival windows and re-plans, for metro customers who lose an hour a day in traffic.",
			Horizon:     app.HorizonLater, Status: app.InitiativePlanned, Color: "#5c677d", Owner: emDispatch,
			DependsOn: []string{initAutoDispatch}, Value: 6, Effort: 8, Confidence: 30,
		},
	}
}

func risks() []app.Entity {
	return []app.Entity{
		&app.Risk{
			ID: "risk-d9fjk7cs", Owner: emDispatch, Initiatives: []string{initReplan, initAutoDispatch},
			Likelihood: app.RiskHigh, Impact: app.RiskHigh,
			Description: "Dispatchers do not trust automatic proposals and keep re-planning by phone.",
			Assumption:  "Dispatchers accept at least 60 % of proposed changes once they can see why each one was made.",
			Mitigation:  "Ship explainable proposals first, run a five-customer pilot that tracks overrides, and keep auto-assign off by default until acceptance passes 60 %.",
		},
		&app.Risk{
			ID: "risk-8mv9n8nd", Owner: emField, Initiatives: []string{initOffline},
			Likelihood: app.RiskMedium, Impact: app.RiskHigh,
			Description: "Offline sync loses or duplicates job data, and technicians stop trusting the app.",
			Assumption:  "A queue-and-replay model with an idempotency key per change covers 99.9 % of offline sessions.",
			Mitigation:  "Chaos tests on flaky networks every night, tracing through the sync pipeline, and a staged rollout (5 %, 25 %, 100 %) behind a kill switch.",
		},
		&app.Risk{
			ID: "risk-pw2wkw3j", Owner: platformLead, Initiatives: []string{initAccounting},
			Likelihood: app.RiskMedium, Impact: app.RiskMedium,
			Description: "QuickBooks rate limits stall the first sync of large customers.",
			Assumption:  "An initial import of up to 20,000 customers finishes overnight within the API's rate limit.",
			Mitigation:  "Batch endpoints, resumable imports, and a support playbook for accounts above 20,000 records.",
		},
		&app.Risk{
			ID: "risk-thececyc", Owner: pmCustomer, Initiatives: []string{initETA, initBooking},
			Likelihood: app.RiskLow, Impact: app.RiskHigh,
			Description: "Carriers filter on-my-way texts as spam.",
			Assumption:  "Registered 10DLC campaigns keep text delivery above 97 %.",
			Mitigation:  "Register a sender per customer account, monitor delivery receipts daily, and fall back to email and push when a text fails.",
		},
	}
}

func milestones(base app.Date) []app.Entity {
	return []app.Entity{
		&app.Milestone{
			ID: "ms-asjc988y", Name: "Live ETA beta with 10 design partners", Date: base.AddDays(20), Lane: laneCustomer, Initiative: initETA,
			Description: "Ten customers send on-my-way texts to all their jobs for two weeks; go/no-go on delivery rate and support load.",
		},
		&app.Milestone{
			ID: "ms-0kae74q4", Name: "Re-planning beta opens", Date: base.AddMonths(2).AddDays(14), Lane: laneDispatch, Initiative: initReplan,
			Description: "Eight design partners use proposed re-plans on live days; we measure time to re-plan and acceptance of proposals.",
		},
		&app.Milestone{
			ID: "ms-q2kn3bpz", Name: "Offline technician app generally available", Date: base.AddMonths(4).AddDays(-1), Lane: laneField, Initiative: initOffline,
			Description: "Offline mode on for every account after the staged rollout; sync loss below 0.1 % of sessions.",
		},
		&app.Milestone{
			ID: "ms-5k139efp", Name: "Auto-dispatch pilot with five customers", Date: base.AddMonths(5), Lane: laneDispatch, Initiative: initAutoDispatch,
			Description: "Five customers let auto-assign place routine jobs for a month; success is 60 % of assignments kept.",
		},
		&app.Milestone{
			ID: "ms-nmeeyk1m", Name: "Crewline Connect customer conference", Date: base.AddMonths(7).AddDays(9),
			Description: "Two days in Denver with 300 customers: keynote on auto-dispatch and online booking, roadmap sessions with owners.",
		},
	}
}

func releases(base app.Date) []app.Entity {
	d1 := base.AddDays(41)
	d2 := quarterEnd(base, 1)
	d3 := base.AddMonths(4).AddDays(20)
	return []app.Entity{
		&app.Release{
			ID: relCompletion, Name: "Crewline 4.2 — Job completion", Start: base, Date: d1, Capacity: 80,
			Audiences: []string{"All customers", "Technicians", "Office managers"},
			Channels:  []string{"In-app what's new", "Release notes", "Email to account admins", "Customer webinar"},
			LaunchNotes: "Headline: close the job on site. Checklists per job type, photos, signatures and a summary email replace paper tickets; " +
				"on-my-way texts with a live ETA page go to every customer. Demo with the furnace tune-up template. " +
				"Known limit: photo compression is off on Android 9.",
			Tasks: []app.LaunchTask{
				{Title: "Register 10DLC senders for every US account", Owner: pmCustomer, Due: d1.AddDays(-21), Done: true},
				{Title: "Release notes and what's-new screens", Owner: marketing, Due: d1.AddDays(-7), Done: true},
				{Title: "Help-center articles: signatures, photos and checklists", Owner: success, Due: d1.AddDays(-5), Done: true},
				{Title: "Support team trained on checklist templates", Owner: success, Due: d1.AddDays(-3)},
				{Title: "Sales demo workspace and script updated", Owner: sales, Due: d1},
				{Title: "Customer webinar: closing jobs without paperwork", Owner: marketing, Due: d1.AddDays(7)},
			},
		},
		&app.Release{
			ID: relReplan, Name: "Crewline 4.3 — Live re-planning", Start: d1.AddDays(1), Date: d2, Capacity: 80,
			Audiences: []string{"Dispatchers", "Owners and operations directors", "Prospects with 50+ technicians"},
			Channels:  []string{"Launch blog post", "Product video", "Email to dispatchers", "Sales outreach"},
			LaunchNotes: "Headline: the day that fixes itself. Overruns are flagged, a re-plan is proposed and applied in one click, " +
				"and customers get the new window by text. Lead with the beta numbers on time to re-plan.",
			Tasks: []app.LaunchTask{
				{Title: "Product video storyboard approved", Owner: marketing, Due: d2.AddDays(-40), Done: true},
				{Title: "Beta with eight design partners: feedback review", Owner: emDispatch, Due: d2.AddDays(-21)},
				{Title: "Pricing page: re-planning in the Pro and Business plans", Owner: productManager, Due: d2.AddDays(-14)},
				{Title: "Product video: one-click re-plan in 90 seconds", Owner: marketing, Due: d2.AddDays(-10)},
				{Title: "Support macros for re-plan questions", Owner: success, Due: d2.AddDays(-2)},
			},
		},
		&app.Release{
			ID: relOffline, Name: "Crewline 5.0 — Offline and auto-dispatch pilot", Start: d2.AddDays(1), Date: d3, Capacity: 80,
			Audiences: []string{"Technicians", "Dispatchers", "Enterprise prospects"},
			Channels:  []string{"App Store and Google Play", "Crewline Connect keynote preview", "Press release", "Partner newsletter (Xero)"},
			LaunchNotes: "Headline: works where your technicians work. Offline mode for everyone, Xero sync, SAML sign-on, " +
				"and the auto-dispatch pilot. Security story for enterprise prospects: on-device encryption and SSO.",
			Tasks: []app.LaunchTask{
				{Title: "Pilot customers for auto-dispatch shortlisted", Owner: sales, Due: d3.AddDays(-60), Done: true},
				{Title: "Security whitepaper: on-device encryption and SSO", Owner: platformLead, Due: d3.AddDays(-14)},
				{Title: "App Store and Google Play listings updated for offline mode", Owner: emField, Due: d3.AddDays(-10)},
				{Title: "Analyst briefing", Owner: marketing, Due: d3.AddDays(-7)},
				{Title: "Joint announcement with Xero", Owner: marketing, Due: d3},
			},
		},
	}
}

// itemSpec is one hand-written backlog item: the item as it is created, and
// the moves that give it its history.
type itemSpec struct {
	id       string
	typ      app.ItemType
	title    string
	desc     string
	status   app.Status // when created
	steps    []step     // later moves, at most one per phase
	assignee string
	init     string
	rel      string
	est      float64
	moscow   app.MoSCoW
	tags     []string
	links    []string
	deps     []string
	criteria []app.Criterion // when created
	scores   app.Scores
	notes    string
}

// step is one move of an item during a phase of the history. Moving to Done
// marks every criterion met; met and unmet then set single criteria, by
// index, before the move (a rejection names the criterion it found unmet).
type step struct {
	phase  int
	to     app.Status
	reason string
	met    []int
	unmet  []int
}

// item returns the item as it is created, with the given rank.
func (s itemSpec) item(rank float64) *app.Item {
	return &app.Item{
		ID: s.id, Type: s.typ, Title: s.title, Description: s.desc, Status: s.status, Rank: rank,
		Assignee: s.assignee, Initiative: s.init, Release: s.rel, Estimate: s.est, MoSCoW: s.moscow,
		Tags: s.tags, Links: s.links, DependsOn: s.deps, Criteria: append([]app.Criterion(nil), s.criteria...),
		Scores: s.scores, Notes: s.notes,
	}
}

// apply makes the move through the same commands the board uses.
func (st step) apply(tx *app.Tx, id string) error {
	it, err := app.Edit[*app.Item](tx, app.KindItem, id)
	if err != nil {
		return err
	}
	if st.to == app.StatusDone {
		for i := range it.Criteria {
			it.Criteria[i].Met = true
		}
	}
	for _, i := range st.met {
		it.Criteria[i].Met = true
	}
	for _, i := range st.unmet {
		it.Criteria[i].Met = false
	}
	switch {
	case st.to == app.StatusAccepted:
		return app.Accept(id, st.reason).Apply(tx)
	case it.Status == app.StatusDone && st.to == app.StatusInProgress:
		return app.Reject(id, st.reason).Apply(tx)
	}
	return app.Move(id, st.to, st.reason).Apply(tx)
}

// met and todo return an acceptance criterion, met or not yet.
func met(text string) app.Criterion  { return app.Criterion{Text: text, Met: true} }
func todo(text string) app.Criterion { return app.Criterion{Text: text} }

// sc returns the inputs of all four scoring models: RICE (reach per quarter,
// impact, confidence %, effort in person-months), WSJF (business value, time
// criticality, risk reduction, job size), ICE (impact, confidence, ease) and
// value vs effort.
func sc(reach, impact, conf, effort float64, bv, tc, rr, js, ii, ic, ie, v, e int) app.Scores {
	return app.Scores{
		RICE:        &app.RICE{Reach: reach, Impact: impact, Confidence: conf, Effort: effort},
		WSJF:        &app.WSJF{BusinessValue: bv, TimeCriticality: tc, RiskReduction: rr, JobSize: js},
		ICE:         &app.ICE{Impact: ii, Confidence: ic, Ease: ie},
		ValueEffort: &app.ValueEffort{Value: v, Effort: e},
	}
}

// Short names for the statuses and the MoSCoW categories in the table below.
const (
	sNew      = app.StatusNew
	sReady    = app.StatusReady
	sProgress = app.StatusInProgress
	sDone     = app.StatusDone
	sAccepted = app.StatusAccepted

	must   = app.MoSCoWMust
	should = app.MoSCoWShould
	could  = app.MoSCoWCould
	wont   = app.MoSCoWWont
)

// backlog returns the hand-written items in rank order.
func backlog() []itemSpec {
	return []itemSpec{
		// Crewline 4.2 — Job completion: shipped or being accepted.
		{
			id: itemETAText, typ: app.TypeFeature, title: "On-my-way text with a live ETA link",
			desc: "When a technician taps Start driving, the customer gets a text with the technician's first name, photo and a link " +
				"to a live ETA page. Replaces the \"we'll be there between 8 and 12\" calls dispatchers make 40 times a day.",
			status: sProgress, steps: []step{{phase: 1, to: sDone}, {phase: 2, to: sAccepted}},
			assignee: devMessages, init: initETA, rel: relCompletion, est: 8, moscow: must,
			tags:  []string{"customer-comms", "sms"},
			links: []string{"https://design.crewline.example/eta-page", "https://docs.crewline.example/messaging/on-my-way"},
			criteria: []app.Criterion{
				met("The text goes out within 30 seconds of Start driving"),
				met("The ETA page shows the first name and photo, never the technician's phone number"),
				todo("The link expires two hours after the job is closed"),
			},
			scores: sc(3800, 2, 80, 2, 13, 8, 3, 8, 8, 8, 6, 9, 5),
		},
		{
			id: itemChecklists, typ: app.TypeFeature, title: "Job completion checklists per job type",
			desc: "Technicians work through a checklist that depends on the job type (furnace tune-up, water-heater install, panel upgrade) " +
				"before they can close the job. Answers, readings and photos are stored on the job record.",
			status: sDone, steps: []step{{phase: 2, to: sAccepted}},
			assignee: devBoard, init: initCompletion, rel: relCompletion, est: 8, moscow: must,
			tags: []string{"field-app", "job-completion"},
			criteria: []app.Criterion{
				met("The checklist template is chosen from the job type"),
				met("Required questions block closing the job until they are answered"),
				met("Answers are visible on the job record in the office"),
			},
			scores: sc(4200, 2, 80, 3, 8, 5, 5, 8, 7, 8, 5, 8, 6),
		},
		{
			id: itemQBCustomers, typ: app.TypeFeature, title: "Two-way customer sync with QuickBooks Online",
			desc: "Customers created or edited in Crewline or in QuickBooks Online show up in the other within five minutes. Office staff " +
				"re-type every new customer today, and one invoice in twelve bounces on a mismatched billing address.",
			status: sDone, steps: []step{{phase: 1, to: sAccepted}},
			assignee: devSync, init: initAccounting, rel: relCompletion, est: 8, moscow: must,
			tags:  []string{"integrations", "quickbooks"},
			links: []string{"https://developer.intuit.com/app/developer/qbo/docs/get-started"},
			criteria: []app.Criterion{
				met("New customers appear in the other system within 5 minutes"),
				met("Billing address edits sync both ways; a conflict keeps the newest edit and logs the other"),
				met("An initial import of 10,000 customers finishes in under an hour"),
			},
			scores: sc(900, 2, 100, 2, 13, 5, 3, 8, 8, 9, 6, 8, 5),
		},
		{
			id: "item-mc42xbxp", typ: app.TypeStory, title: "Technician captures the customer's signature on job completion",
			desc: "As a technician, I want the customer to sign on my phone when the work is done, so that the signed work order " +
				"is attached to the invoice and we stop losing paper tickets in the van.",
			status: sDone, steps: []step{
				{phase: 1, to: sProgress, unmet: []int{1}, reason: "The signature pad is unusable on 5-inch phones: the Clear button overlaps the pad and customers hit it mid-signature."},
				{phase: 2, to: sDone, reason: "Moved Clear and Accept below the pad; tested on an iPhone SE and a Pixel 4a."},
				{phase: 3, to: sAccepted},
			},
			assignee: devMobile, init: initCompletion, rel: relCompletion, est: 5, moscow: must,
			tags: []string{"field-app", "job-completion", "mobile"},
			criteria: []app.Criterion{
				met("The signature pad fills the screen width on phones from 5 inches up"),
				met("Clear and Accept never overlap the signing area"),
				met("The signed work order PDF is attached to the job and to the invoice"),
			},
			scores: sc(4200, 1, 100, 1, 8, 5, 2, 5, 6, 9, 7, 7, 3),
		},
		{
			id: "item-hc4x2hxy", typ: app.TypeChore, title: "Register 10DLC sender IDs for US text messages",
			desc: "US carriers filter business texts from unregistered numbers. Register a 10DLC brand and campaign for every customer " +
				"account through our messaging provider before on-my-way texts go out.",
			status: sReady, steps: []step{{phase: 1, to: sProgress}, {phase: 2, to: sDone}, {phase: 3, to: sAccepted}},
			assignee: platformLead, init: initETA, rel: relCompletion, est: 2, moscow: must,
			tags:  []string{"compliance", "sms"},
			links: []string{"https://docs.crewline.example/messaging/10dlc"},
			criteria: []app.Criterion{
				todo("Every US account has a registered brand and campaign before its first text"),
				todo("The delivery rate stays above 97 % in the first week"),
			},
			scores: sc(1200, 1, 100, 0.5, 5, 13, 8, 2, 5, 9, 8, 6, 2),
		},
		{
			id: itemQBInvoices, typ: app.TypeFeature, title: "Push invoices to QuickBooks when a job is closed",
			desc: "Closing a job creates the invoice in QuickBooks Online with line items, tax and the signed work order attached, " +
				"so that owners invoice the same day instead of at the end of the week.",
			status: sProgress, steps: []step{
				{phase: 1, to: sDone},
				{phase: 2, to: sProgress, unmet: []int{1}, reason: "A retry after a QuickBooks timeout created a duplicate invoice for Hartley Plumbing (INV-20931)."},
				{phase: 3, to: sDone, reason: "An idempotency key per job: retries now update the existing invoice."},
			},
			assignee: devSync, init: initAccounting, rel: relCompletion, est: 5, moscow: must,
			tags: []string{"integrations", "invoicing", "quickbooks"},
			deps: []string{itemQBCustomers},
			criteria: []app.Criterion{
				met("The invoice appears in QuickBooks within 2 minutes of closing the job"),
				todo("A retry after a timeout never creates a duplicate invoice"),
				todo("Sync errors show on the job with a Retry button"),
			},
			scores: sc(900, 3, 80, 1.5, 13, 8, 5, 5, 9, 7, 6, 9, 4),
			notes:  "Hartley Plumbing's duplicate was voided by hand; Hannah told them on the call.",
		},
		{
			id: "item-nc8ez41f", typ: app.TypeBug, title: "App crashes on launch when the job cache is larger than 200 MB",
			desc: "Reported by 14 technicians at Northwind Mechanical: the app closes on the splash screen after about three weeks " +
				"of use. The whole job cache is read into memory at start-up.",
			status: sProgress, steps: []step{{phase: 1, to: sDone}, {phase: 2, to: sAccepted}},
			assignee: devOffline, init: initOffline, rel: relCompletion, est: 3, moscow: must,
			tags:  []string{"crash", "field-app", "mobile"},
			links: []string{"https://support.crewline.example/tickets/48213"},
			criteria: []app.Criterion{
				met("The app starts in under 3 seconds with a 500 MB job cache"),
				todo("Jobs older than 90 days are evicted from the cache automatically"),
			},
			scores: sc(600, 3, 100, 0.5, 8, 13, 5, 3, 8, 9, 7, 8, 3),
		},
		{
			id: "item-trxtxhjd", typ: app.TypeBug, title: "Checklist answers are lost when the app goes to the background",
			desc: "If a technician switches to the camera or takes a call in the middle of a checklist, the answers typed so far " +
				"are gone when they come back.",
			status: sDone, steps: []step{{phase: 2, to: sAccepted}},
			assignee: devMobile, init: initCompletion, rel: relCompletion, est: 2, moscow: should,
			tags: []string{"field-app", "job-completion", "mobile"},
			deps: []string{itemChecklists},
			criteria: []app.Criterion{
				met("Answers survive switching apps, a phone call and a screen lock"),
				met("Answers survive the operating system killing the app"),
			},
			scores: sc(4200, 1, 100, 0.5, 5, 8, 3, 2, 6, 9, 8, 6, 2),
		},
		{
			id: "item-h7wnsj8t", typ: app.TypeBug, title: "Dispatch board freezes when a job is dropped on a hidden technician",
			desc: "With the board filtered to one trade, dropping a job on a row boundary assigns it to a technician who is filtered " +
				"out, and the board stops responding until it is reloaded.",
			status: sDone, steps: []step{{phase: 1, to: sAccepted}},
			assignee: devBoard, init: initReplan, rel: relCompletion, est: 2, moscow: should,
			tags: []string{"dispatch-board"},
			criteria: []app.Criterion{
				met("A dropped job can only land on a visible technician"),
				met("The board stays responsive after any drop"),
			},
			scores: sc(1500, 1, 100, 0.5, 5, 5, 3, 2, 5, 9, 8, 5, 2),
		},
		{
			id: "item-x6ykncb2", typ: app.TypeBug, title: "Duplicate customer created when a phone number contains spaces",
			desc:   "\"(555) 201 4477\" and \"555-201-4477\" are treated as different customers, so the QuickBooks sync creates a second customer.",
			status: sReady, steps: []step{{phase: 1, to: sProgress}, {phase: 2, to: sDone}, {phase: 3, to: sAccepted}},
			assignee: devSync, init: initAccounting, rel: relCompletion, est: 2, moscow: should,
			tags: []string{"data-quality", "quickbooks"},
			criteria: []app.Criterion{
				todo("Phone numbers are compared in E.164 form"),
				todo("Existing duplicates are listed under Settings › Data quality, ready to merge"),
			},
			scores: sc(900, 1, 80, 0.5, 3, 3, 5, 2, 5, 8, 8, 5, 2),
		},
		{
			id: "item-erfmyyq0", typ: app.TypeBug, title: "Customer sync fails on names containing an ampersand",
			desc:   "\"Smith & Sons Heating\" fails to sync with QuickBooks with an XML parse error, and the customer silently stays unsynced.",
			status: sDone, steps: []step{{phase: 2, to: sAccepted}},
			assignee: devSync, init: initAccounting, rel: relCompletion, est: 1, moscow: should,
			tags: []string{"integrations", "quickbooks"},
			criteria: []app.Criterion{
				met("Names containing &, < and > sync both ways"),
				met("A failed sync shows on the customer with its error"),
			},
			scores: sc(900, 0.5, 100, 0.25, 3, 3, 2, 1, 4, 10, 9, 4, 1),
		},
		{
			id: "item-5qv3h43w", typ: app.TypeBug, title: "ETA page shows UTC for customers outside the company's time zone",
			desc: "A Phoenix customer of a Denver contractor sees an arrival time that is an hour off. The page formats the ETA in " +
				"the browser's zone, which falls back to UTC in some in-app browsers.",
			status: sDone, steps: []step{
				{phase: 3, to: sProgress, unmet: []int{0}, reason: "Still wrong in the Facebook and Instagram in-app browsers: Arizona customers see UTC."},
			},
			assignee: devMessages, init: initETA, rel: relCompletion, est: 2, moscow: must,
			tags:  []string{"customer-comms", "time-zones"},
			links: []string{"https://support.crewline.example/tickets/48877"},
			criteria: []app.Criterion{
				met("The ETA shows in the time zone of the job's address"),
				met("The zone is named next to the time (MST, PDT)"),
			},
			scores: sc(3800, 1, 80, 0.5, 5, 8, 3, 2, 6, 7, 7, 6, 2),
		},
		{
			id: itemPhotoCompress, typ: app.TypeStory, title: "Photos are compressed before upload",
			desc: "As a technician on a metered data plan, I want photos compressed on the phone before upload, so that a day of " +
				"jobs doesn't cost 2 GB of data and uploads finish even in a basement.",
			status: sDone, steps: []step{
				{phase: 3, to: sAccepted, reason: "Android 9 is 0.4 % of active technicians: accepted for 4.2, and the follow-up is in the backlog."},
			},
			assignee: devMobile, init: initCompletion, rel: relCompletion, est: 3, moscow: should,
			tags: []string{"field-app", "mobile", "photos"},
			criteria: []app.Criterion{
				met("Photos are under 500 KB and still readable at 100 % zoom"),
				met("Photos attach to the job timeline with a timestamp and GPS position"),
				todo("Works on Android 9 devices"),
			},
			scores: sc(4200, 1, 80, 1, 5, 3, 2, 3, 6, 8, 6, 6, 3),
		},
		{
			id: "item-atph2t5a", typ: app.TypeStory, title: "Admin builds a checklist template without code",
			desc: "As an operations director, I want to build checklist templates from question blocks (yes/no, reading with unit, " +
				"photo, signature), so that I can roll out our new heat-pump commissioning procedure without a support ticket.",
			status: sNew, steps: []step{{phase: 1, to: sReady}, {phase: 2, to: sProgress}, {phase: 3, to: sDone}, {phase: 4, to: sAccepted}},
			assignee: devWeb, init: initCompletion, rel: relCompletion, est: 5, moscow: should,
			tags:  []string{"admin", "job-completion"},
			links: []string{"https://design.crewline.example/checklist-builder"},
			deps:  []string{itemChecklists},
			criteria: []app.Criterion{
				todo("Templates support yes/no, number with unit, photo, signature and free-text questions"),
				todo("A template can be assigned to one or more job types"),
				todo("Changing a template never alters checklists already completed"),
			},
			scores: sc(700, 2, 80, 1.5, 8, 3, 3, 5, 7, 7, 5, 7, 4),
		},
		{
			id: "item-cksc133e", typ: app.TypeStory, title: "Customer follows the technician on a live map",
			desc: "As a homeowner, I want to watch the technician's van approach on the ETA page, so that I know when to put the " +
				"dog away and don't have to call the office.",
			status: sReady, steps: []step{{phase: 2, to: sProgress}, {phase: 4, to: sDone}},
			assignee: devMessages, init: initETA, rel: relCompletion, est: 5, moscow: should,
			tags: []string{"customer-comms", "maps"},
			deps: []string{itemETAText},
			criteria: []app.Criterion{
				todo("The van's position refreshes at least every 30 seconds"),
				todo("The position is shown only while the technician is driving to this customer"),
				todo("The map works without installing an app"),
			},
			scores: sc(3800, 1, 80, 1.5, 5, 3, 1, 5, 6, 7, 5, 6, 4),
		},
		{
			id: "item-62bwrgde", typ: app.TypeStory, title: "Office sees the completed checklist on the job record",
			desc: "As a dispatcher, I want to open a closed job and see every checklist answer, reading and photo, so that I can " +
				"answer a customer's question without calling the technician.",
			status: sReady, steps: []step{{phase: 1, to: sProgress}, {phase: 3, to: sDone}},
			assignee: devWeb, init: initCompletion, rel: relCompletion, est: 3, moscow: should,
			tags: []string{"job-completion", "office"},
			criteria: []app.Criterion{
				todo("Checklist answers appear in the job's timeline in question order"),
				todo("Readings show their unit and who recorded them"),
			},
			scores: sc(1500, 1, 100, 0.5, 5, 3, 1, 3, 5, 9, 8, 5, 2),
		},
		{
			id: "item-rxbmhtnk", typ: app.TypeStory, title: "Customer receives a job summary email",
			desc: "As a homeowner, I want an email after the visit with what was done, the technician's notes, photos and the " +
				"invoice, so that I have a record for my warranty.",
			status: sReady, steps: []step{{phase: 1, to: sProgress}, {phase: 2, to: sDone}, {phase: 3, to: sAccepted}},
			assignee: devWeb, init: initCompletion, rel: relCompletion, est: 3, moscow: should,
			tags: []string{"customer-comms", "email", "job-completion"},
			criteria: []app.Criterion{
				todo("The email goes out within 10 minutes of closing the job"),
				todo("Internal notes are never included"),
				todo("Customers can opt out per account"),
			},
			scores: sc(3800, 0.5, 80, 1, 3, 2, 1, 3, 5, 8, 7, 5, 3),
		},
		{
			id: "item-cehrpq1b", typ: app.TypeStory, title: "Dispatcher filters the board by trade and service zone",
			desc: "As a dispatcher at a multi-trade contractor, I want to filter the board to plumbing in the north zone, so that " +
				"I plan one crew at a time without scrolling past 60 technicians.",
			status: sProgress, steps: []step{{phase: 1, to: sDone}, {phase: 2, to: sAccepted}},
			assignee: devBoard, init: initReplan, rel: relCompletion, est: 3, moscow: should,
			tags: []string{"dispatch-board"},
			criteria: []app.Criterion{
				met("Filters for trade, zone and skill combine"),
				todo("The filter is remembered for each dispatcher"),
			},
			scores: sc(1500, 1, 100, 0.5, 5, 3, 1, 3, 6, 9, 8, 6, 2),
		},
		{
			id: "item-114sb265", typ: app.TypeStory, title: "Offline indicator and last sync time in the app header",
			desc: "As a technician in a basement, I want to see that I am offline and when the app last synced, so that I trust " +
				"what I am looking at.",
			status: sDone, steps: []step{{phase: 1, to: sAccepted}},
			assignee: devOffline, init: initOffline, rel: relCompletion, est: 1, moscow: should,
			tags: []string{"field-app", "offline"},
			criteria: []app.Criterion{
				met("The header shows Offline within 5 seconds of losing the connection"),
				met("Tapping the header shows the last sync time and the pending changes"),
			},
			scores: sc(4200, 0.5, 100, 0.25, 3, 2, 3, 1, 4, 9, 9, 4, 1),
		},
		{
			id: "item-sjdknnsd", typ: app.TypeChore, title: "Move job attachments to regional storage",
			desc: "Canadian customers need their photos and signed work orders stored in Canada. Copy the existing attachments to " +
				"the regional buckets and switch reads over with no downtime.",
			status: sProgress, steps: []step{{phase: 2, to: sDone}, {phase: 3, to: sAccepted}},
			assignee: platformLead, init: initCompletion, rel: relCompletion, est: 3, moscow: could,
			tags: []string{"data-residency", "platform", "storage"},
			criteria: []app.Criterion{
				met("Every attachment of a Canadian account is served from the Canadian region"),
				todo("No attachment is unreadable during the switch-over"),
			},
			scores: sc(150, 1, 100, 1, 3, 5, 8, 3, 4, 8, 6, 4, 3),
		},
		{
			id: "item-hxqaqsrw", typ: app.TypeChore, title: "Spike: compare OR-Tools and Timefold for the assignment solver",
			desc: "Two-week timebox. Solve last month's anonymised jobs of three customers with both solvers and compare plan " +
				"quality, solve time at 200 technicians, and licensing.",
			status: sProgress, steps: []step{{phase: 1, to: sDone}, {phase: 2, to: sAccepted}},
			assignee: devSolver, init: initAutoDispatch, est: 2, moscow: should,
			tags:  []string{"auto-dispatch", "spike"},
			links: []string{"https://developers.google.com/optimization", "https://docs.timefold.ai/"},
			criteria: []app.Criterion{
				met("Both solvers run on the same three anonymised data sets"),
				todo("A write-up with a recommendation is shared with the dispatch team"),
			},
			scores: sc(300, 1, 50, 0.5, 3, 5, 13, 2, 5, 6, 8, 5, 2),
			notes:  "Recommendation: OR-Tools CP-SAT. Timefold plans were 3 % better but twice as slow at 200 technicians.",
		},

		// Crewline 4.3 — Live re-planning: the current sprint's work.
		{
			id: itemDetectOverrun, typ: app.TypeFeature, title: "Flag jobs that are running over and the day they put at risk",
			desc: "Compare each job's elapsed time with its estimate and the technician's usual duration for the job type. When a " +
				"job will overrun, highlight it and every later job of that technician whose arrival window is now at risk.",
			status: sReady, steps: []step{{phase: 2, to: sProgress, met: []int{0}}},
			assignee: devSolver, init: initReplan, rel: relReplan, est: 8, moscow: must,
			tags: []string{"dispatch-board", "re-planning"},
			criteria: []app.Criterion{
				todo("A job is flagged once it is 20 minutes past its estimate"),
				todo("Later jobs whose arrival window is at risk are highlighted"),
				todo("Dispatchers can mute the flag of a job"),
			},
			scores: sc(1500, 3, 80, 2, 13, 8, 5, 8, 9, 7, 5, 9, 6),
		},
		{
			id: itemOfflineQueue, typ: app.TypeFeature, title: "Offline job queue with background sync",
			desc: "Every change the technician makes (status, notes, checklist answers, photos, signatures) is written to a local " +
				"queue first and replayed to the server in order when the connection returns, with an idempotency key per change.",
			status:   sProgress,
			assignee: devOffline, init: initOffline, rel: relReplan, est: 13, moscow: must,
			tags:  []string{"field-app", "offline", "sync"},
			links: []string{"https://docs.crewline.example/architecture/offline-sync"},
			criteria: []app.Criterion{
				met("Every change is saved on the phone before it is sent"),
				todo("Changes replay in order after 72 hours offline"),
				todo("Replaying a change twice has no effect"),
				todo("Background sync uses under 5 % of the battery per hour"),
			},
			scores: sc(4200, 3, 50, 4, 20, 8, 13, 13, 9, 5, 3, 10, 9),
			notes:  "At risk: replay order across app restarts still fails in 3 % of the nightly chaos runs. See the risk register.",
		},
		{
			id: itemProposeReplan, typ: app.TypeFeature, title: "Propose a re-plan for the rest of the day",
			desc: "When a job is flagged as running over, compute a new plan for the affected technicians that keeps promised " +
				"arrival windows where possible, and show what moves, what slips and by how much.",
			status: sNew, steps: []step{{phase: 2, to: sReady}},
			assignee: devSolver, init: initReplan, rel: relReplan, est: 13, moscow: must,
			tags: []string{"re-planning", "solver"},
			deps: []string{itemDetectOverrun},
			criteria: []app.Criterion{
				todo("A proposal is ready within 10 seconds for 50 technicians and 300 jobs"),
				todo("Jobs with a promised window move only within it, unless no plan exists"),
				todo("The proposal lists every moved job with its old and new times"),
			},
			scores: sc(1500, 3, 50, 3, 20, 8, 5, 13, 10, 5, 4, 10, 8),
		},
		{
			id: itemApproveReplan, typ: app.TypeStory, title: "Dispatcher approves a proposed re-plan in one click",
			desc: "As a dispatcher, I want to compare the proposed re-plan with the current day and apply it in one click, so " +
				"that I re-plan in a minute instead of making ten phone calls.",
			status: sNew, steps: []step{{phase: 2, to: sReady}},
			assignee: devBoard, init: initReplan, rel: relReplan, est: 5, moscow: must,
			tags:  []string{"dispatch-board", "re-planning"},
			links: []string{"https://design.crewline.example/replan-review"},
			deps:  []string{itemProposeReplan},
			criteria: []app.Criterion{
				todo("The current and the proposed day are shown side by side, with changes highlighted"),
				todo("Apply updates every moved job and notifies the technicians"),
				todo("Apply can be undone for 10 minutes"),
			},
			scores: sc(1500, 2, 80, 1, 13, 8, 3, 5, 8, 7, 6, 8, 4),
		},
		{
			id: "item-fqvn5fnc", typ: app.TypeStory, title: "Map Crewline tax codes to QuickBooks tax rates",
			desc: "As an office manager, I want to map each Crewline tax code to a QuickBooks tax rate once, so that pushed " +
				"invoices carry the right sales tax in every county we serve.",
			status: sReady, steps: []step{{phase: 3, to: sProgress, met: []int{0}}},
			assignee: devSync, init: initAccounting, rel: relReplan, est: 3, moscow: should,
			tags: []string{"invoicing", "quickbooks", "tax"},
			criteria: []app.Criterion{
				todo("Settings lists every Crewline tax code with a QuickBooks rate picker"),
				todo("Invoices with an unmapped code are held with a clear error"),
			},
			scores: sc(900, 1, 80, 0.5, 5, 5, 3, 3, 6, 8, 7, 6, 2),
		},
		{
			id: "item-jbkyja3r", typ: app.TypeChore, title: "Refresh QuickBooks connections before they expire",
			desc: "QuickBooks refresh tokens expire after 100 days without use, so seasonal customers lose their connection every " +
				"spring. Refresh every token weekly and alert the account admin when a refresh fails.",
			status:   sReady,
			assignee: platformLead, init: initAccounting, rel: relReplan, est: 2, moscow: must,
			tags:  []string{"integrations", "quickbooks", "reliability"},
			links: []string{"https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization"},
			criteria: []app.Criterion{
				todo("Every connection is refreshed at least weekly"),
				todo("A failed refresh emails the account admin within an hour"),
			},
			scores: sc(900, 1, 100, 0.5, 5, 8, 8, 2, 6, 9, 8, 6, 2),
		},
		{
			id: itemSyncTracing, typ: app.TypeChore, title: "Add tracing to the offline sync pipeline",
			desc: "Trace each queued change from the phone to the database with one trace ID, so that support can answer " +
				"\"where did my photo go?\" in minutes rather than days.",
			status: sReady, steps: []step{{phase: 4, to: sProgress}},
			assignee: platformLead, init: initOffline, rel: relReplan, est: 3, moscow: should,
			tags: []string{"observability", "offline", "sync"},
			criteria: []app.Criterion{
				todo("Each change carries one trace ID from the app to the database"),
				todo("Support can look up a technician's last 24 hours of sync in the admin console"),
			},
			scores: sc(300, 1, 80, 1, 3, 5, 13, 3, 5, 7, 6, 5, 3),
		},
		{
			id: "item-whgvchnq", typ: app.TypeChore, title: "Load-test the dispatch board with 200 technicians and 3,000 jobs",
			desc: "Our largest pilot customer runs 180 technicians. Record a realistic day, replay it at three times the speed, " +
				"and fix whatever keeps the board from updating within a second.",
			status: sNew, steps: []step{{phase: 1, to: sReady}, {phase: 3, to: sProgress, met: []int{0}}},
			assignee: devQA, init: initReplan, rel: relReplan, est: 3, moscow: should,
			tags: []string{"dispatch-board", "performance"},
			criteria: []app.Criterion{
				todo("The board updates within 1 second at 200 technicians and 3,000 jobs"),
				todo("The load test runs every night in CI"),
			},
			scores: sc(200, 2, 80, 1, 5, 5, 8, 3, 6, 7, 6, 6, 3),
		},
		{
			id: "item-2p2a2a4q", typ: app.TypeStory, title: "Unassigned jobs tray sorted by SLA deadline",
			desc: "As a dispatcher, I want the unassigned tray sorted by how soon each job breaches its SLA, so that emergency " +
				"no-heat calls are never buried under routine maintenance.",
			status: sProgress, steps: []step{{phase: 4, to: sDone}},
			assignee: devBoard, init: initReplan, rel: relReplan, est: 3, moscow: should,
			tags: []string{"dispatch-board", "sla"},
			criteria: []app.Criterion{
				met("The tray sorts by time to SLA breach, then by priority"),
				todo("Jobs within 2 hours of breach are marked red"),
			},
			scores: sc(1500, 1, 100, 0.5, 8, 5, 3, 3, 7, 9, 8, 7, 2),
		},
		{
			id: "item-k5smd0jc", typ: app.TypeChore, title: "Upgrade React Native in the technician app",
			desc: "Move the technician app to React Native's new architecture before the offline queue lands; the old bridge " +
				"causes most of the background-sync crashes we see on Android.",
			status: sProgress, steps: []step{{phase: 3, to: sDone}},
			assignee: devOffline, init: initOffline, rel: relReplan, est: 5, moscow: should,
			tags:  []string{"field-app", "mobile", "tech-debt"},
			links: []string{"https://reactnative.dev/architecture/landing-page"},
			criteria: []app.Criterion{
				met("The app builds and passes the regression suite on iOS 16+ and Android 10+"),
				todo("Cold start time does not regress"),
			},
			scores: sc(4200, 0.5, 80, 1.5, 3, 5, 13, 5, 5, 7, 4, 5, 5),
		},
		{
			id: "item-m6a0hyse", typ: app.TypeBug, title: "Live map shows the technician at the depot after the phone sleeps",
			desc: "Reported by support on Tuesday: after the technician's screen locks for a few minutes, the customer's live map " +
				"jumps back to the depot address. Not triaged or estimated yet.",
			status:   sNew,
			assignee: devMessages, init: initETA, rel: relReplan, moscow: must,
			tags:  []string{"customer-comms", "maps"},
			links: []string{"https://support.crewline.example/tickets/49102"},
			criteria: []app.Criterion{
				todo("When updates stop, the map shows the last known position and its age"),
			},
			scores: sc(3800, 1, 50, 0.5, 5, 8, 2, 3, 6, 5, 7, 6, 2),
		},
		{
			id: "item-8ryw40pe", typ: app.TypeStory, title: "Customer replies RESCHEDULE to the on-my-way text",
			desc: "As a homeowner who is running late, I want to reply RESCHEDULE to the text, so that the technician doesn't " +
				"drive to an empty house and I am offered new windows.",
			status: sNew, steps: []step{{phase: 4, to: sReady}},
			assignee: devMessages, init: initETA, rel: relReplan, est: 5, moscow: could,
			tags: []string{"customer-comms", "sms"},
			deps: []string{itemETAText},
			criteria: []app.Criterion{
				todo("Replying RESCHEDULE offers the next three open windows"),
				todo("The dispatcher and the technician are notified at once"),
			},
			scores: sc(3800, 1, 50, 1.5, 5, 2, 2, 5, 5, 5, 5, 5, 4),
		},
		{
			id: "item-x35wa9ms", typ: app.TypeBug, title: "Checklist photos are rotated sideways on some Samsung phones",
			desc: "Photos taken in portrait on Galaxy A-series phones show rotated by 90° in the office and in the customer's " +
				"summary email: the orientation is dropped during compression.",
			status:   sReady,
			assignee: devMobile, init: initCompletion, rel: relReplan, est: 2, moscow: should,
			tags: []string{"field-app", "mobile", "photos"},
			criteria: []app.Criterion{
				todo("Photos keep their orientation from capture to email on Galaxy A14, A34 and A54"),
			},
			scores: sc(1100, 0.5, 100, 0.5, 3, 3, 1, 2, 4, 9, 8, 4, 2),
		},
		{
			id: "item-5cvy3cwa", typ: app.TypeStory, title: "Technician gets a push notification when the next job moves",
			desc: "As a technician, I want a push notification when an approved re-plan changes my next job, so that I don't " +
				"drive to the old address.",
			status:   sNew,
			assignee: devMobile, init: initReplan, rel: relReplan, est: 3, moscow: should,
			tags: []string{"field-app", "notifications", "re-planning"},
			deps: []string{itemApproveReplan},
			criteria: []app.Criterion{
				todo("The push arrives within 30 seconds of the re-plan"),
				todo("Opening the push shows the new job with directions"),
			},
			scores: sc(4200, 1, 80, 0.5, 8, 5, 3, 3, 7, 8, 7, 7, 2),
		},
		{
			id: "item-wpv1d2pt", typ: app.TypeStory, title: "Customer gets an updated ETA text after a re-plan",
			desc:   "As a homeowner whose visit moved, I want a text with the new arrival window, so that I can plan my afternoon.",
			status: sNew, assignee: devMessages, init: initReplan, rel: relReplan, est: 3, moscow: could,
			tags: []string{"customer-comms", "re-planning", "sms"},
			deps: []string{itemApproveReplan},
			criteria: []app.Criterion{
				todo("A text goes out only when the arrival window moves by more than 30 minutes"),
				todo("The text links to the live ETA page"),
			},
			scores: sc(3800, 1, 80, 0.5, 5, 3, 2, 3, 6, 8, 7, 6, 2),
		},
		{
			id: "item-sc66rkhm", typ: app.TypeStory, title: "Admin exports completed checklists as CSV",
			desc: "As an operations director, I want to export checklist answers for a date range, so that I can send the " +
				"refrigerant log to the state inspector.",
			status: sReady, assignee: devWeb, init: initCompletion, rel: relReplan, est: 2, moscow: could,
			tags: []string{"admin", "export", "job-completion"},
			criteria: []app.Criterion{
				todo("The export covers a date range and one or more templates"),
				todo("One row per answer, with the job, technician, time and unit"),
			},
			scores: sc(700, 0.5, 80, 0.5, 3, 2, 3, 2, 4, 8, 8, 4, 2),
		},

		// Crewline 5.0 — Offline and auto-dispatch pilot: groomed for next quarter.
		{
			id: "item-0eer78fb", typ: app.TypeStory, title: "Technician closes a job with no signal and it syncs later",
			desc: "As a technician in a crawl space, I want to finish the checklist, capture the signature and close the job with " +
				"no signal, so that I can drive to the next job and let the phone catch up on its own.",
			status: sNew, steps: []step{{phase: 3, to: sReady}},
			assignee: devOffline, init: initOffline, rel: relOffline, est: 5, moscow: must,
			tags: []string{"field-app", "offline"},
			deps: []string{itemOfflineQueue},
			criteria: []app.Criterion{
				todo("A job can be closed with its checklist, photos and signature in airplane mode"),
				todo("The office sees the closed job within a minute of the phone reconnecting"),
				todo("The invoice is created once, after the sync"),
			},
			scores: sc(4200, 3, 80, 1, 20, 8, 8, 5, 9, 8, 6, 10, 4),
		},
		{
			id: "item-s0wv4ykw", typ: app.TypeChore, title: "Encrypt the job database on the device",
			desc: "Offline mode keeps customer addresses, gate codes and photos on the phone. Encrypt the local store with a key " +
				"held in the platform keystore, as two enterprise prospects' security reviews require.",
			status: sReady, assignee: platformLead, init: initOffline, rel: relOffline, est: 5, moscow: must,
			tags: []string{"mobile", "offline", "security"},
			criteria: []app.Criterion{
				todo("The local database is encrypted with a key from the iOS Keychain or the Android Keystore"),
				todo("Signing out wipes the local database"),
			},
			scores: sc(4200, 1, 100, 1, 5, 8, 13, 5, 6, 9, 6, 6, 4),
		},
		{
			id: itemSkillMatching, typ: app.TypeFeature, title: "Match jobs to technicians by skill and certification",
			desc: "Each job type lists the skills and certifications it needs (EPA 608, gas-fitter licence, heat-pump " +
				"commissioning). Only qualified technicians are offered for the job, and expiring certifications are flagged 30 days ahead.",
			status: sNew, steps: []step{{phase: 1, to: sReady}},
			assignee: devSolver, init: initAutoDispatch, rel: relOffline, est: 8, moscow: must,
			tags: []string{"auto-dispatch", "skills"},
			criteria: []app.Criterion{
				todo("Job types list their required skills and certifications"),
				todo("Unqualified technicians are greyed out on the board, with the reason"),
				todo("Certifications expiring within 30 days are flagged to the admin"),
			},
			scores: sc(1500, 2, 80, 2, 13, 5, 8, 8, 8, 8, 5, 8, 5),
		},
		{
			id: "item-hdn9evv0", typ: app.TypeFeature, title: "Resolve conflicts when the office and a technician edit the same job offline",
			desc: "When the office changes a job that a technician edited offline, keep both edits where the fields differ and ask " +
				"the dispatcher only when the same field changed.",
			status: sNew, assignee: devWeb, init: initOffline, rel: relOffline, est: 8, moscow: must,
			tags: []string{"offline", "sync"},
			deps: []string{itemOfflineQueue},
			criteria: []app.Criterion{
				todo("Edits to different fields merge without a prompt"),
				todo("Conflicting edits to the same field are shown to the dispatcher with both values"),
			},
			scores: sc(2000, 2, 50, 2, 8, 5, 8, 8, 7, 5, 4, 7, 6),
		},
		{
			id: "item-hz0jkbtt", typ: app.TypeBug, title: "Photos taken offline are uploaded twice after reconnecting",
			desc: "Found in the offline beta: when the connection drops during an upload, the photo is queued again and shows " +
				"twice on the job.",
			status: sNew, assignee: devOffline, init: initOffline, rel: relOffline, est: 3, moscow: should,
			tags: []string{"offline", "photos", "sync"},
			deps: []string{itemOfflineQueue},
			criteria: []app.Criterion{
				todo("A photo interrupted mid-upload appears exactly once on the job"),
			},
			scores: sc(2000, 1, 80, 0.5, 5, 5, 5, 3, 6, 8, 7, 6, 2),
		},
		{
			id: itemAutoAssign, typ: app.TypeFeature, title: "Auto-assign new jobs by skill, zone and SLA",
			desc: "New jobs go automatically to the qualified technician in the job's zone who can reach it soonest within its " +
				"SLA. The dispatcher sees why each technician was chosen and can switch auto-assign off per job type.",
			status: sNew, assignee: devSolver, init: initAutoDispatch, rel: relOffline, est: 13, moscow: must,
			tags: []string{"auto-dispatch", "solver"},
			deps: []string{itemSkillMatching, itemZones},
			criteria: []app.Criterion{
				todo("Auto-assign respects skills, zones and SLA deadlines"),
				todo("Each assignment shows the three main reasons it was chosen"),
				todo("Auto-assign can be switched off per job type"),
			},
			scores: sc(1500, 3, 50, 4, 20, 5, 8, 13, 10, 5, 3, 10, 9),
		},
		{
			id: itemZones, typ: app.TypeFeature, title: "Draw service zones on the map",
			desc: "Admins draw zones on the map or build them from ZIP codes, and assign technicians to one or more zones; jobs " +
				"get their zone from their address.",
			status: sNew, assignee: devBoard, init: initAutoDispatch, rel: relOffline, est: 5, moscow: should,
			tags: []string{"auto-dispatch", "maps"},
			criteria: []app.Criterion{
				todo("Zones can be drawn as polygons or built from ZIP codes"),
				todo("Every new job gets its zone from its address"),
				todo("A technician can belong to several zones"),
			},
			scores: sc(1500, 1, 80, 1, 5, 3, 5, 5, 6, 8, 6, 6, 4),
		},
		{
			id: "item-7fr68fjk", typ: app.TypeStory, title: "Dispatcher reviews and overrides auto-assignments",
			desc: "As a dispatcher, I want to see the jobs auto-assigned in the last hour and move any of them, so that I stay in " +
				"control and can show the system where it is wrong.",
			status: sNew, assignee: devBoard, init: initAutoDispatch, rel: relOffline, est: 5, moscow: should,
			tags: []string{"auto-dispatch", "dispatch-board"},
			deps: []string{itemAutoAssign},
			criteria: []app.Criterion{
				todo("Auto-assigned jobs carry a badge on the board for 24 hours"),
				todo("Overrides are logged with an optional reason"),
			},
			scores: sc(1500, 2, 50, 1, 8, 3, 5, 5, 7, 5, 6, 7, 4),
		},
		{
			id: itemXero, typ: app.TypeFeature, title: "Xero connector for customers and invoices",
			desc: "The two-way customer sync and invoice push we built for QuickBooks, for Xero. 22 % of last quarter's trials " +
				"that connected an accounting tool chose Xero, most of them in Canada.",
			status: sReady, assignee: devSync, init: initAccounting, rel: relOffline, est: 8, moscow: should,
			tags:  []string{"integrations", "xero"},
			links: []string{"https://developer.xero.com/documentation/api/accounting/overview"},
			deps:  []string{itemQBInvoices},
			criteria: []app.Criterion{
				todo("Customers sync both ways within 5 minutes"),
				todo("Invoices are pushed when a job is closed, with tax mapped"),
				todo("Retries never create duplicates"),
			},
			scores: sc(400, 2, 80, 2, 8, 5, 3, 8, 7, 8, 5, 7, 5),
		},
		{
			id: "item-2ds38edj", typ: app.TypeFeature, title: "SAML single sign-on for Okta and Microsoft Entra ID",
			desc: "Office staff sign in with their company's identity provider; technicians keep phone-number sign-in. Three " +
				"deals above 100 technicians in the current pipeline require it.",
			status: sReady, assignee: platformLead, init: initSSO, rel: relOffline, est: 8, moscow: should,
			tags:  []string{"enterprise", "security", "sso"},
			links: []string{"https://developer.okta.com/docs/concepts/saml/"},
			criteria: []app.Criterion{
				todo("Admins configure SAML from the provider's metadata in under 10 minutes"),
				todo("Users removed from the identity provider lose access within an hour"),
			},
			scores: sc(60, 3, 80, 2, 13, 8, 3, 8, 7, 8, 5, 7, 5),
		},
		{
			id: "item-9833s6a6", typ: app.TypeStory, title: "Office staff see the sync status of each technician",
			desc: "As a dispatcher, I want to see which technicians have unsynced changes and since when, so that I can call the " +
				"one whose phone has been offline since lunch.",
			status: sNew, steps: []step{{phase: 4, to: sReady}},
			assignee: devWeb, init: initOffline, rel: relOffline, est: 3, moscow: could,
			tags: []string{"offline", "office", "sync"},
			deps: []string{itemSyncTracing},
			criteria: []app.Criterion{
				todo("The board shows a sync badge on technicians with changes older than 15 minutes"),
				todo("Hovering the badge lists the pending changes"),
			},
			scores: sc(1500, 0.5, 80, 0.5, 3, 2, 5, 3, 5, 8, 7, 5, 2),
		},
		{
			id: "item-51xg770q", typ: app.TypeChore, title: "Write help-center articles and support macros for the Xero connector",
			desc: "Articles on connecting Xero, mapping tax rates and fixing sync errors, and support macros for the five " +
				"questions we expect most.",
			status: sNew, assignee: success, init: initAccounting, rel: relOffline, est: 1, moscow: could,
			tags: []string{"docs", "support", "xero"},
			deps: []string{itemXero},
			criteria: []app.Criterion{
				todo("Three help-center articles are published before the 5.0 launch"),
				todo("Five support macros are in the help desk"),
			},
			scores: sc(400, 0.5, 100, 0.25, 2, 3, 1, 1, 4, 9, 9, 4, 1),
		},

		// Not planned into a release yet.
		{
			id: "item-zx7kgr4d", typ: app.TypeFeature, title: "Preview a re-plan on the timeline before applying it",
			desc: "Show the proposed re-plan as ghost bars on each technician's timeline, so that dispatchers judge it at a " +
				"glance instead of reading a list of changes.",
			status: sNew, assignee: devBoard, init: initReplan, est: 5, moscow: could,
			tags: []string{"dispatch-board", "re-planning"},
			criteria: []app.Criterion{
				todo("Moved jobs show as ghost bars next to their current position"),
			},
			scores: sc(1500, 1, 50, 1, 5, 2, 2, 5, 5, 5, 5, 5, 4),
		},
		{
			id: "item-332e1kjc", typ: app.TypeStory, title: "Dispatcher sees which customers opened the ETA link",
			desc: "As a dispatcher, I want to know whether the customer opened the ETA page, so that I call only the customers " +
				"who may not know we are coming.",
			status: sNew, assignee: devMessages, init: initETA, est: 2, moscow: could,
			tags: []string{"customer-comms"},
			criteria: []app.Criterion{
				todo("A job shows an eye icon once the customer has opened its ETA page"),
			},
			scores: sc(1500, 0.5, 80, 0.5, 3, 2, 1, 2, 4, 8, 8, 4, 2),
		},
		{
			id: itemBooking, typ: app.TypeFeature, title: "Customers book a visit from open arrival windows",
			desc: "A booking page shows the next open arrival windows for a job type and ZIP code, computed from real technician " +
				"availability. Booked visits go straight onto the board.",
			status: sNew, assignee: devWeb, init: initBooking, est: 13, moscow: should,
			tags: []string{"booking", "customer-comms"},
			deps: []string{itemAutoAssign},
			criteria: []app.Criterion{
				todo("Only windows with a qualified technician in the zone are offered"),
				todo("A booking creates the job with the customer's notes and photos"),
				todo("The page works on phones and meets WCAG 2.1 AA"),
			},
			scores: sc(5000, 2, 50, 4, 13, 3, 5, 13, 8, 5, 3, 8, 8),
		},
		{
			id: "item-99f1pqbg", typ: app.TypeStory, title: "Online bookings land in the unassigned tray with the customer's notes",
			desc: "As a dispatcher, I want online bookings to arrive in the unassigned tray with the customer's description and " +
				"photos, so that I can check the job type before confirming.",
			status: sNew, assignee: devBoard, init: initBooking, est: 3, moscow: should,
			tags: []string{"booking", "dispatch-board"},
			criteria: []app.Criterion{
				todo("Online bookings carry a Web badge in the tray"),
				todo("The customer's photos are attached to the job"),
			},
			scores: sc(1500, 1, 50, 0.5, 5, 2, 1, 3, 5, 5, 7, 5, 2),
		},
		{
			id: "item-59y8mksy", typ: app.TypeStory, title: "Embeddable booking widget for the contractor's website",
			desc: "As an owner, I want to paste one line of code into my website to show a Book now button, so that customers " +
				"book at 10 p.m. instead of calling at 7 a.m.",
			status: sNew, assignee: devWeb, init: initBooking, est: 8, moscow: could,
			tags: []string{"booking", "marketing-site"},
			criteria: []app.Criterion{
				todo("The widget is one script tag and inherits the site's font"),
				todo("Bookings made in the widget are attributed to it in reports"),
			},
			scores: sc(5000, 1, 50, 2, 8, 2, 3, 8, 6, 5, 4, 6, 6),
		},
		{
			id: itemTruckStock, typ: app.TypeFeature, title: "Track the stock on each technician's van",
			desc: "Each van has a stock list with minimum quantities. Parts used on jobs are deducted, and a restock list is " +
				"ready for the warehouse every evening.",
			status: sNew, assignee: devMobile, init: initParts, est: 8, moscow: should,
			tags: []string{"inventory", "parts"},
			criteria: []app.Criterion{
				todo("Each van has a stock list with minimum quantities"),
				todo("A restock list per van is ready by 6 p.m."),
			},
			scores: sc(2500, 2, 50, 3, 8, 3, 5, 8, 7, 5, 4, 8, 6),
		},
		{
			id: "item-nga2ktv7", typ: app.TypeStory, title: "Technician records the parts used on a job",
			desc: "As a technician, I want to scan or pick the parts I used, so that they land on the invoice and come off my " +
				"van's stock without paperwork.",
			status: sNew, assignee: devMobile, init: initParts, est: 5, moscow: could,
			tags: []string{"inventory", "invoicing", "parts"},
			deps: []string{itemTruckStock},
			criteria: []app.Criterion{
				todo("Parts can be added by barcode scan or by search"),
				todo("Used parts appear as invoice lines at the price-list price"),
			},
			scores: sc(4200, 1, 50, 1.5, 5, 2, 3, 5, 6, 5, 5, 6, 4),
		},
		{
			id: "item-vyfh7jfn", typ: app.TypeStory, title: "Custom roles: hide prices from technicians",
			desc: "As an owner, I want a role that lets technicians see the work but not our prices or margins, so that they " +
				"stop quoting from the app.",
			status: sNew, assignee: platformLead, init: initSSO, est: 5, moscow: could,
			tags: []string{"enterprise", "permissions"},
			criteria: []app.Criterion{
				todo("Admins create a role from a list of permissions"),
				todo("A technician without the Prices permission sees no amounts anywhere"),
			},
			scores: sc(600, 1, 80, 1.5, 5, 2, 3, 5, 5, 7, 5, 5, 4),
		},
		{
			id: "item-fe3sn5a8", typ: app.TypeStory, title: "Weekly capacity forecast by trade",
			desc: "As an operations director, I want next week's booked hours against available hours for each trade, so that " +
				"I can approve overtime or move maintenance visits before we fall behind.",
			status: sNew, assignee: devSolver, init: initForecast, est: 8, moscow: could,
			tags: []string{"forecasting", "reporting"},
			criteria: []app.Criterion{
				todo("The forecast shows booked against available hours per trade for the next 4 weeks"),
			},
			scores: sc(700, 2, 50, 2, 5, 2, 3, 8, 6, 4, 4, 6, 6),
		},
		{
			id: "item-bm731atb", typ: app.TypeFeature, title: "Webhooks for job status changes",
			desc: "Send a signed webhook when a job is created, scheduled, started or closed, so that customers connect their " +
				"CRM and marketing tools without us building every integration.",
			status: sNew, assignee: platformLead, init: initAPI, est: 5, moscow: could,
			tags:  []string{"api", "integrations"},
			links: []string{"https://docs.crewline.example/api/webhooks-draft"},
			criteria: []app.Criterion{
				todo("Webhooks are signed with HMAC-SHA256 and retried for 24 hours"),
				todo("Admins see the last 100 deliveries with their response codes"),
			},
			scores: sc(300, 1, 80, 1, 3, 2, 3, 5, 5, 7, 6, 5, 4),
		},
		{
			id: "item-z0ywptk8", typ: app.TypeFeature, title: "Recurring maintenance visits from service agreements",
			desc: "Sell a maintenance plan (two tune-ups a year) and let Crewline create the visits, remind the customer and " +
				"bill the plan. Recurring revenue is the first thing owners ask about in demos.",
			status: sNew, assignee: pmCustomer, init: initAgreements, est: 13, moscow: should,
			tags: []string{"agreements", "recurring-revenue"},
			criteria: []app.Criterion{
				todo("An agreement creates its visits for the next 12 months"),
				todo("Customers get a reminder 14 days before each visit"),
			},
			scores: sc(2500, 3, 50, 4, 13, 3, 5, 13, 8, 5, 3, 9, 8),
		},
		{
			id: "item-yft6swv2", typ: app.TypeChore, title: "Follow-up: compress photos on Android 9",
			desc: "Accepted with an override in 4.2: compression fails on Android 9 (0.4 % of active technicians), so their " +
				"photos upload at full size. Fix it if it stays cheap, or drop Android 9 support in 5.0.",
			status: sNew, assignee: devMobile, init: initCompletion, est: 2, moscow: wont,
			tags: []string{"field-app", "mobile", "photos"},
			criteria: []app.Criterion{
				todo("Photos from Android 9 devices are compressed under 500 KB"),
			},
			scores: sc(20, 0.25, 100, 0.5, 1, 1, 1, 2, 2, 9, 7, 2, 2),
			notes:  "Follow-up of " + itemPhotoCompress + ".",
		},
		{
			id: "item-bt06z36p", typ: app.TypeStory, title: "Technician dictates job notes",
			desc: "As a technician wearing gloves, I want to dictate my notes and get them tidied into a summary, so that my " +
				"notes are complete without typing on a greasy screen.",
			status: sNew, assignee: devOffline, init: initVoice, est: 8, moscow: wont,
			tags: []string{"ai", "field-app", "notes"},
			criteria: []app.Criterion{
				todo("Dictated notes are transcribed and summarised as findings, work done and recommendations"),
			},
			scores: sc(4200, 1, 50, 3, 5, 1, 2, 8, 6, 4, 3, 6, 6),
		},
	}
}

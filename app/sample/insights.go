package sample

import "canopy/app"

// The sample's customer segments, by fleet size.
const (
	segSmall = "20–50 technicians"
	segMid   = "50–200 technicians"
	segLarge = "200+ technicians"
)

// The importances, short.
const (
	nice      = app.ImportanceNice
	important = app.ImportanceImportant
	critical  = app.ImportanceCritical
)

// undated marks an insight whose date nobody wrote down.
const undated = 1 << 30

// insightSpec is one hand-written insight; day counts from the base date.
type insightSpec struct {
	id, text, person, company, segment, source, link string
	day                                              int
	imp                                              app.Importance
	persona                                          string
	state                                            app.InsightState
	items, inits, tags                               []string
}

// insights returns what the sample's customers said, dated around base.
// The evidence tells a story: technicians and dispatchers at mid-size
// contractors keep losing work to offline edit conflicts (a New item that
// the evidence column lifts to the top), owners abroad ask for Xero,
// dispatchers want to see a re-plan before it happens, two large prospects
// make SSO a deal-breaker, and routing with live traffic is asked for on
// the initiative before it has any items. A few wait untriaged in the inbox
// and one, off-topic, is archived.
func insights(base app.Date) []app.Entity {
	specs := []insightSpec{
		// Offline conflicts: the loudest pain.
		{id: "insight-9g6ma1tt", day: -41, text: "I closed a furnace job in the basement, the office changed the address at the same time, and my checklist was just gone when I got signal.",
			person: "Derek Voss", company: "Northwind Heating & Air", segment: segMid, source: "support ticket", link: "https://support.crewline.example/tickets/48213",
			imp: critical, persona: personaTechnician, state: app.InsightTriaged, items: []string{"item-hdn9evv0"}, tags: []string{"offline", "data-loss"}},
		{id: "insight-468mywtd", day: -33, text: "Twice this month a tech's notes overwrote what our office had typed for the same job. We now call techs before editing a job. That defeats the point.",
			person: "Angela Ruiz", company: "Bluepeak Plumbing", segment: segMid, source: "support ticket", link: "https://support.crewline.example/tickets/48377",
			imp: critical, persona: personaDispatcher, state: app.InsightTriaged, items: []string{"item-hdn9evv0"}, tags: []string{"offline"}},
		{id: "insight-cmnnv5zs", day: -27, text: "Whichever side saves last wins. Show me both versions and let me pick, like Google Docs does.",
			person: "Tom Becker", company: "Harbor Mechanical", segment: segMid, source: "interview",
			imp: important, persona: personaDispatcher, state: app.InsightTriaged, items: []string{"item-hdn9evv0"}},
		{id: "insight-5df2c65c", day: -19, text: "Lost a signed estimate when the van was in a dead zone. The customer had to sign again on a second visit.",
			person: "Luis Ortega", company: "Redline HVAC", segment: segSmall, source: "review", link: "https://reviews.example.com/crewline/r/9921",
			imp: critical, persona: personaTechnician, state: app.InsightTriaged, items: []string{"item-hdn9evv0"}, tags: []string{"offline", "data-loss"}},
		{id: "insight-gjkga71h", day: -12, text: "Offline is the reason we bought Crewline. Conflicts are the reason my techs are starting to distrust it.",
			person: "Karen Li", company: "Northwind Heating & Air", segment: segMid, source: "sales call",
			imp: critical, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-hdn9evv0"}, inits: []string{initOffline}},
		{id: "insight-eef30kh8", day: -6, text: "Photos I took in a crawl space showed up twice on the job after I got back in range.",
			person: "Sam Patel", company: "Cedar & Sons Plumbing", segment: segSmall, source: "support ticket", link: "https://support.crewline.example/tickets/49102",
			imp: important, persona: personaTechnician, state: app.InsightTriaged, items: []string{"item-hz0jkbtt"}, tags: []string{"offline", "photos"}},
		{id: "insight-nw9hvaas", day: -2, text: "The app says 'synced' but the office does not see my last two jobs. Is it synced or not?",
			person: "Jake Morrow", company: "Polar Air Services", segment: segMid, source: "support ticket", link: "https://support.crewline.example/tickets/49360",
			imp: important, persona: personaTechnician, state: app.InsightNew, items: []string{"item-9833s6a6"}},

		// Xero, from owners outside QuickBooks country.
		{id: "insight-78vpe73c", day: -45, text: "We run on Xero like every trade business in Australia. Without a Xero sync we re-key every invoice.",
			person: "Mia Thompson", company: "Kookaburra Climate", segment: segSmall, source: "sales call",
			imp: critical, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-f6c8dgh0"}, tags: []string{"xero"}},
		{id: "insight-vbb57j0m", day: -30, text: "Our accountant moved us to Xero last year. QuickBooks sync does nothing for us.",
			person: "Graham Wells", company: "Maple Leaf Comfort", segment: segSmall, source: "survey",
			imp: important, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-f6c8dgh0"}, tags: []string{"xero"}},
		{id: "insight-sx3a7xn0", day: -16, text: "Would switch from ServiceForge tomorrow if you had Xero. Their connector breaks every month.",
			person: "Priti Shah", company: "Evergreen Home Services", segment: segMid, source: "sales call",
			imp: critical, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-f6c8dgh0"}, inits: []string{initAccounting}, tags: []string{"xero", "competitor"}},
		{id: "insight-465ng5k2", day: -4, text: "Is Xero on the roadmap? Asking for three contractors in our buying group.",
			person: "Neil Harper", company: "TradeAlliance Buying Group", segment: segSmall, source: "community", link: "https://community.crewline.example/t/xero-when/812",
			imp: important, state: app.InsightNew, items: []string{"item-f6c8dgh0"}},

		// Re-planning: dispatchers want to see before they commit.
		{id: "insight-1ce0a18k", day: -38, text: "I am not letting a computer move twelve jobs without seeing where they land first.",
			person: "Rosa Delgado", company: "Metro Comfort Systems", segment: segMid, source: "interview",
			imp: critical, persona: personaDispatcher, state: app.InsightTriaged, items: []string{"item-zx7kgr4d", "item-nxhtq3gb"}, tags: []string{"re-plan"}},
		{id: "insight-8th6r6df", day: -24, text: "Show me the day before and after on the same timeline, and which customers get a new window.",
			person: "Angela Ruiz", company: "Bluepeak Plumbing", segment: segMid, source: "interview",
			imp: important, persona: personaDispatcher, state: app.InsightTriaged, items: []string{"item-zx7kgr4d"}, tags: []string{"re-plan"}},
		{id: "insight-ce6k8r85", day: -9, text: "When the plan changes, the customer should get the new time without me calling.",
			person: "Rosa Delgado", company: "Metro Comfort Systems", segment: segMid, source: "interview",
			imp: important, persona: personaDispatcher, state: app.InsightTriaged, items: []string{"item-wpv1d2pt"}, inits: []string{initReplan}},
		{id: "insight-wz0bcks6", day: -3, text: "The tech found out his next job moved when he pulled up at the wrong house.",
			person: "Bill Carter", company: "Summit Electric Co.", segment: segSmall, source: "support ticket", link: "https://support.crewline.example/tickets/49288",
			imp: important, persona: personaTechnician, state: app.InsightNew, items: []string{"item-5cvy3cwa"}},

		// SSO: a deal-breaker for large prospects.
		{id: "insight-jdqk960h", day: -35, text: "Security review will not sign off on anything without SAML through Okta. That is a hard requirement.",
			person: "Victoria Chen", company: "Atlas Facility Services", segment: segLarge, source: "sales call",
			imp: critical, state: app.InsightTriaged, items: []string{"item-2ds38edj"}, inits: []string{initSSO}, tags: []string{"security", "deal-blocker"}},
		{id: "insight-3rqjsx64", day: -21, text: "We need Entra ID sign-in and technicians must not see job prices.",
			person: "Marcus Lee", company: "Keystone Building Services", segment: segLarge, source: "sales call",
			imp: critical, state: app.InsightTriaged, items: []string{"item-2ds38edj", "item-vyfh7jfn"}, tags: []string{"security", "deal-blocker"}},
		{id: "insight-yd04n0bh", day: -14, text: "My techs can see what we charge for a panel upgrade and they talk to customers about it.",
			person: "Linda Osei", company: "Brightwire Electrical", segment: segSmall, source: "interview",
			imp: important, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-vyfh7jfn"}},

		// Online booking, from owners.
		{id: "insight-j602dds5", day: -40, text: "Half our calls after 6 pm go to voicemail. Let customers pick a slot on our website.",
			person: "Frank DiMarco", company: "Redline HVAC", segment: segSmall, source: "survey",
			imp: important, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-7jq56ctg", "item-59y8mksy"}, tags: []string{"booking"}},
		{id: "insight-qjw38rss", day: -20, text: "JobJar has a booking widget. Our customers ask why we do not.",
			person: "Karen Li", company: "Northwind Heating & Air", segment: segMid, source: "sales call",
			imp: important, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-59y8mksy"}, inits: []string{initBooking}, tags: []string{"booking", "competitor"}},
		{id: "insight-g0x5zmec", day: -7, text: "If online bookings land in a separate inbox we will never see them. Put them in the unassigned tray.",
			person: "Rosa Delgado", company: "Metro Comfort Systems", segment: segMid, source: "interview",
			imp: nice, persona: personaDispatcher, state: app.InsightTriaged, items: []string{"item-99f1pqbg"}, tags: []string{"booking"}},

		// Parts and truck stock.
		{id: "insight-jwnrd3p8", day: -37, text: "Every week somebody drives to the supplier for a capacitor that was sitting on another van.",
			person: "Derek Voss", company: "Northwind Heating & Air", segment: segMid, source: "interview",
			imp: important, persona: personaTechnician, state: app.InsightTriaged, items: []string{"item-480mkjg4"}, tags: []string{"parts"}},
		{id: "insight-5q17yf9j", day: -25, text: "I want parts used on the invoice without the tech writing them on paper.",
			person: "Graham Wells", company: "Maple Leaf Comfort", segment: segSmall, source: "survey",
			imp: important, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-nga2ktv7"}, tags: []string{"parts"}},
		{id: "insight-08qp91ev", day: -11, text: "Van stock counts at month-end take a whole Saturday.",
			person: "Linda Osei", company: "Brightwire Electrical", segment: segSmall, source: "interview",
			imp: nice, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-480mkjg4"}},

		// Service agreements.
		{id: "insight-wfsrjj5z", day: -43, text: "Maintenance plans are 30 % of our revenue and we track the visits in a spreadsheet.",
			person: "Priti Shah", company: "Evergreen Home Services", segment: segMid, source: "interview",
			imp: critical, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-z0ywptk8"}, inits: []string{initAgreements}},
		{id: "insight-hp8xfz8p", day: -18, text: "Spring and fall tune-ups should schedule themselves and remind the homeowner.",
			person: "Tom Becker", company: "Harbor Mechanical", segment: segMid, source: "survey",
			imp: important, persona: personaDispatcher, state: app.InsightTriaged, items: []string{"item-z0ywptk8"}},

		// Voice notes.
		{id: "insight-m97h2cqs", day: -29, text: "Typing notes with gloves on is a joke. Let me talk and write it up for me.",
			person: "Luis Ortega", company: "Redline HVAC", segment: segSmall, source: "review", link: "https://reviews.example.com/crewline/r/9874",
			imp: important, persona: personaTechnician, state: app.InsightTriaged, items: []string{"item-bt06z36p"}, inits: []string{initVoice}},
		{id: "insight-dkyb88h1", day: -10, text: "I redo my notes every evening at the kitchen table.",
			person: "Sam Patel", company: "Cedar & Sons Plumbing", segment: segSmall, source: "interview",
			imp: nice, persona: personaTechnician, state: app.InsightTriaged, items: []string{"item-bt06z36p"}},

		// Routing with live traffic: asked for on the initiative, no items yet.
		{id: "insight-4anhfm59", day: -32, text: "Our arrival windows ignore the 405 at 5 pm. Every afternoon job is late.",
			person: "Victoria Chen", company: "Atlas Facility Services", segment: segLarge, source: "sales call",
			imp: important, persona: personaDispatcher, state: app.InsightTriaged, inits: []string{initTraffic}, tags: []string{"routing"}},
		{id: "insight-gg68k4z2", day: -15, text: "Traffic-aware ETAs would save us an hour a day per tech in the city.",
			person: "Jake Morrow", company: "Polar Air Services", segment: segMid, source: "survey",
			imp: important, persona: personaDispatcher, state: app.InsightTriaged, inits: []string{initTraffic}, tags: []string{"routing"}},

		// Customer messages and the ETA page.
		{id: "insight-2yys68kt", day: -44, text: "The on-my-way text cut our 'where is my tech' calls by more than half. Keep going.",
			person: "Angela Ruiz", company: "Bluepeak Plumbing", segment: segMid, source: "review", link: "https://reviews.example.com/crewline/r/9702",
			imp: nice, persona: personaDispatcher, state: app.InsightTriaged, items: []string{"item-hkrpkb72"}, tags: []string{"praise"}},
		{id: "insight-axwy9bcc", day: -22, text: "Customers reply to the ETA text with 'can you come tomorrow instead' and nobody reads it.",
			person: "Bill Carter", company: "Summit Electric Co.", segment: segSmall, source: "support ticket", link: "https://support.crewline.example/tickets/48655",
			imp: important, persona: personaDispatcher, state: app.InsightTriaged, items: []string{"item-8ryw40pe"}, tags: []string{"sms"}},
		{id: "insight-j7cwsx4k", day: -8, text: "The live map shows our tech sitting at the shop while he is in the driveway.",
			person: "Frank DiMarco", company: "Redline HVAC", segment: segSmall, source: "support ticket", link: "https://support.crewline.example/tickets/49051",
			imp: important, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-m6a0hyse"}},

		// Auto-dispatch and the platform.
		{id: "insight-7ddkdjvy", day: -36, text: "Only two of my techs are certified for heat pumps. The schedule has to know that.",
			person: "Karen Li", company: "Northwind Heating & Air", segment: segMid, source: "interview",
			imp: important, persona: personaDispatcher, state: app.InsightTriaged, items: []string{"item-h9yn5j45"}, inits: []string{initAutoDispatch}},
		{id: "insight-6qfbqj90", day: -13, text: "We want job status changes pushed into HubSpot so sales sees when an install is done.",
			person: "Marcus Lee", company: "Keystone Building Services", segment: segLarge, source: "sales call",
			imp: important, state: app.InsightTriaged, items: []string{"item-bm731atb"}, inits: []string{initAPI}, tags: []string{"integrations"}},
		{id: "insight-nr9j84b2", day: -5, text: "How many installers will I need in March? I guess every year.",
			person: "Linda Osei", company: "Brightwire Electrical", segment: segSmall, source: "interview",
			imp: nice, persona: personaOwner, state: app.InsightTriaged, items: []string{"item-fe3sn5a8"}},
		{id: "insight-7ht5cwwt", day: undated, text: "Checklist photos come out sideways on our Galaxy phones.",
			person: "", company: "Cedar & Sons Plumbing", segment: segSmall, source: "survey",
			imp: nice, persona: personaTechnician, state: app.InsightTriaged, items: []string{"item-x35wa9ms"}},

		// The inbox: heard, not yet triaged.
		{id: "insight-2bb6zkaf", day: -1, text: "Can the office lock a job so a tech cannot edit it after it is invoiced?",
			person: "Angela Ruiz", company: "Bluepeak Plumbing", segment: segMid, source: "support ticket", link: "https://support.crewline.example/tickets/49411",
			imp: important, persona: personaDispatcher, state: app.InsightNew},
		{id: "insight-he76wvnf", day: 0, text: "Dark mode for the tech app, please. The screen blinds me in attics.",
			person: "Jake Morrow", company: "Polar Air Services", segment: segMid, source: "community", link: "https://community.crewline.example/t/dark-mode/901",
			imp: nice, persona: personaTechnician, state: app.InsightNew},
		{id: "insight-a3w51j1g", day: undated, text: "Survey free text: \"more reports for owners\".",
			segment: segSmall, source: "survey", state: app.InsightNew},
		{id: "insight-pgks4q03", day: -2, text: "Our QuickBooks connection dropped again and invoices piled up for two days.",
			person: "Graham Wells", company: "Maple Leaf Comfort", segment: segSmall, source: "support ticket", link: "https://support.crewline.example/tickets/49377",
			imp: critical, persona: personaOwner, state: app.InsightNew, items: []string{"item-jbkyja3r"}},

		// Set aside: not about the product.
		{id: "insight-bae4wt20", day: -26, text: "Your booth at the trade show had the best coffee.",
			person: "Tom Becker", company: "Harbor Mechanical", segment: segMid, source: "community",
			state: app.InsightArchived},
	}
	out := make([]app.Entity, len(specs))
	for i, s := range specs {
		in := &app.Insight{ID: s.id, Text: s.text, Person: s.person, Company: s.company, Segment: s.segment,
			Source: s.source, Link: s.link, Importance: s.imp, Persona: s.persona, State: s.state,
			Items: s.items, Initiatives: s.inits, Tags: s.tags}
		if s.day != undated {
			in.Date = base.AddDays(s.day)
		}
		out[i] = in
	}
	return out
}

package sample

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"canopy/app"
)

// maxDepDepth bounds the dependency chains Generate builds: a generated item
// only depends on items whose longest chain of dependencies is at most this
// long. Real backlogs have short chains, and the bound keeps the cycle check
// that every added item goes through cheap: it walks what the item depends
// on, which would otherwise grow with the backlog and make a large
// generation quadratic.
const maxDepDepth = 2

// Generate adds n generated backlog items to ws in one command, for
// benchmarks and for trying Canopy at scale. The items are drawn from word
// lists and spread over every type and status, respecting the status gates;
// they get ranks after the existing items, estimates, all four score groups,
// tags, assignees, an initiative and a release taken from the workspace, one
// to three acceptance criteria, and about two dependencies each on earlier
// items (existing or generated), so they never form a cycle.
//
// The same workspace, clock, n and seed always give the same items: Generate
// seeds the workspace's source of new IDs with seed, and accepted items
// record their acceptance over the twelve weeks before the clock's time. 10 000 items take a fraction
// of a second.
func Generate(ws *app.Workspace, n int, seed uint64) error {
	if n < 0 {
		return fmt.Errorf("generate: the number of items must be 0 or more, got %d", n)
	}
	if n == 0 {
		return nil
	}
	ws.SetIDSource(app.SeededIDs(seed))
	g := newGenerator(ws, rand.New(rand.NewPCG(seed, seed^0xda3e39cb94b95bdb)))
	loads := app.Load(ws)
	err := ws.Do(app.Func{Desc: fmt.Sprintf("Generate %d items", n), Fn: func(tx *app.Tx) error {
		for i := range n {
			it := g.item(tx, float64(i+1)*app.RankStep)
			if err := tx.Put(it); err != nil {
				return err
			}
			g.add(it)
			if l, ok := loads[it.Release]; ok {
				l.Estimate += it.Estimate
				loads[it.Release] = l
			}
		}
		return growCapacities(tx, loads)
	}})
	if err != nil {
		return fmt.Errorf("generate %d items: %w", n, err)
	}
	return nil
}

// growCapacities gives each release that the generated items overload a
// capacity its scope fills to about 90 %, in whole tens of points, as a
// team of that size would plan: a release of 2 000 items against the
// sample's 80 points would read as nonsense.
func growCapacities(tx *app.Tx, loads map[string]app.ReleaseLoad) error {
	ids := make([]string, 0, len(loads))
	for id := range loads {
		ids = append(ids, id)
	}
	slices.Sort(ids) // edits in a fixed order, for the same bytes every time
	for _, id := range ids {
		l := loads[id]
		if l.Estimate <= l.Capacity || l.Capacity <= 0 {
			continue
		}
		r, err := app.Edit[*app.Release](tx, app.KindRelease, id)
		if err != nil {
			return err
		}
		r.Capacity = math.Ceil(l.Estimate/0.9/10) * 10
	}
	return nil
}

// generator draws the generated items.
type generator struct {
	r           *rand.Rand
	user        string
	lastRank    float64
	assignees   []string
	initiatives []string
	releases    []string
	// depth is the length of the longest dependency chain below each item
	// that may still be depended on; open holds those items, settled those
	// of them that are Done or Accepted.
	depth         map[string]int
	open, settled []string
	// accepted counts the accepted items generated so far.
	accepted int
}

// acceptedAt returns when the next accepted item was accepted: spread over
// the twelve weeks before now, a few more in recent weeks, so that a
// generated backlog has a throughput to forecast from. It draws nothing
// from the generator's random numbers, so the items stay as they were.
func (g *generator) acceptedAt(now time.Time) time.Time {
	g.accepted++
	k := (g.accepted * 7919) % 100
	days := 1 + (k*84/100+k*k*84/10000)/2 // 1 to 84 days ago
	return now.Add(-time.Duration(days)*24*time.Hour - time.Duration(g.accepted%9)*time.Hour)
}

func newGenerator(ws *app.Workspace, r *rand.Rand) *generator {
	g := &generator{r: r, user: ws.User(), depth: map[string]int{}}
	if g.user == "" {
		g.user = productOwner
	}
	items := ws.Items()
	seen := map[string]bool{}
	for _, it := range items {
		g.lastRank = max(g.lastRank, it.Rank)
		if it.Assignee != "" && !seen[it.Assignee] {
			seen[it.Assignee] = true
			g.assignees = append(g.assignees, it.Assignee)
		}
	}
	slices.Sort(g.assignees)
	if len(g.assignees) == 0 {
		g.assignees = []string{devSolver, devBoard, devWeb, devMessages, devMobile, devOffline, devSync, devQA}
	}
	for _, in := range ws.Initiatives() {
		g.initiatives = append(g.initiatives, in.ID)
	}
	for _, rel := range ws.Releases() {
		g.releases = append(g.releases, rel.ID)
	}

	// Depths of the existing items, memoized; an item on a cycle (which a
	// merge can bring in) counts as too deep to depend on.
	const onPath = -1
	var depthOf func(id string) int
	depthOf = func(id string) int {
		if d, ok := g.depth[id]; ok {
			if d == onPath {
				return maxDepDepth + 1
			}
			return d
		}
		it, ok := ws.Item(id)
		if !ok {
			return 0
		}
		g.depth[id] = onPath
		d := 0
		for _, dep := range it.DependsOn {
			d = max(d, min(depthOf(dep)+1, maxDepDepth+1))
		}
		g.depth[id] = d
		return d
	}
	for _, it := range items {
		depthOf(it.ID)
	}
	for _, it := range items {
		if g.depth[it.ID] <= maxDepDepth {
			g.open = append(g.open, it.ID)
			if it.Status.Satisfied() {
				g.settled = append(g.settled, it.ID)
			}
		}
	}
	return g
}

// add records a generated item as a possible dependency of later ones.
func (g *generator) add(it *app.Item) {
	d := 0
	for _, dep := range it.DependsOn {
		d = max(d, g.depth[dep]+1)
	}
	g.depth[it.ID] = d
	if d <= maxDepDepth {
		g.open = append(g.open, it.ID)
		if it.Status.Satisfied() {
			g.settled = append(g.settled, it.ID)
		}
	}
}

// Word lists of the generated items.
var (
	genObjects = []string{
		"recurring jobs", "work orders", "invoices", "estimates", "technician shifts", "service zones",
		"checklist templates", "customer notes", "job photos", "price lists", "maintenance agreements",
		"van stock", "timesheets", "arrival windows", "parts orders", "customer sites", "equipment records",
		"warranty claims", "dispatch notes", "follow-up visits",
	}
	genFeatureVerbs = []string{
		"Bulk-edit", "Export", "Filter", "Schedule", "Import", "Preview", "Search", "Archive",
		"Duplicate", "Share", "Print", "Sync", "Tag", "Compare", "Merge",
	}
	genContexts = []string{
		"from the dispatch board", "in the technician app", "for multi-site customers", "by service zone",
		"across branches", "for emergency calls", "on the booking page", "from the job record",
		"in the weekly report", "for new technicians",
	}
	genRoles = []string{
		"dispatcher", "technician", "office manager", "owner", "customer", "service manager", "admin", "warehouse lead",
	}
	genActions = []string{
		"reviews", "updates", "approves", "reassigns", "prints", "shares", "finds", "corrects", "exports", "signs off",
	}
	genOutcomes = []string{
		"I stop calling the office", "nothing falls through the cracks", "the invoice goes out the same day",
		"the customer knows when we arrive", "I finish the day on time", "we fix it on the first visit",
		"I can answer the customer at once", "the numbers match QuickBooks",
	}
	genBugSubjects = []string{
		"Invoice totals", "Job photos", "Arrival windows", "Checklist answers", "Technician locations",
		"Sync badges", "Recurring jobs", "Tax lines", "Search results", "Push notifications", "Job notes", "Customer addresses",
	}
	genSymptoms = []string{
		"are duplicated", "show the wrong time", "disappear", "load slowly", "are out of order",
		"do not refresh", "are cut off", "show stale data",
	}
	genConditions = []string{
		"after a re-plan", "when offline", "on Android tablets", "for customers in another time zone",
		"after midnight", "with more than 50 technicians", "when the job has no address",
		"after a QuickBooks sync", "in Safari", "on slow connections",
	}
	genWorkarounds = []string{
		"reload the page", "sign out and in again", "edit the job from the office", "none known", "sync again by hand",
	}
	genChoreVerbs = []string{
		"Upgrade", "Refactor", "Add metrics to", "Remove old feature flags from", "Document", "Harden",
		"Clean up", "Add alerts for", "Speed up the tests of", "Migrate",
	}
	genSystems = []string{
		"the sync service", "the invoice pipeline", "the routing solver", "the notification service",
		"the search index", "the mobile build", "the customer database", "the webhook worker",
		"the billing module", "the job scheduler",
	}
	genPurposes = []string{
		"cut on-call pages", "unblock the next release", "halve the build time", "meet the security review",
		"make support's life easier", "pay down debt before peak season",
	}
	// Criteria templates per type; %s is the item's object, bug subject or
	// system.
	genFeatureCriteria = []string{
		"Works for %s with more than 1,000 records",
		"Changes to %s are visible in the office within a minute",
		"Respects the user's role and permissions on %s",
		"Covered by an automated test of %s",
		"Works offline for %s and syncs later",
		"Documented in the help center, with %s as the example",
		"Changes to %s can be undone for 10 minutes",
	}
	genBugCriteria = []string{
		"%s are correct in the reported case",
		"A regression test covers %s in the reported case",
		"Customers who reported problems with %s are told the fixed version",
		"No other screen shows wrong %s",
	}
	genChoreCriteria = []string{
		"The runbook for %s is up to date",
		"Dashboards for %s show no new errors for a week",
		"Nothing changes for customers using %s",
		"The change to %s is rolled out behind a flag and the flag removed",
	}
	genTags = []string{
		"dispatch-board", "field-app", "offline", "invoicing", "quickbooks", "customer-comms", "auto-dispatch",
		"mobile", "performance", "security", "reporting", "integrations", "sla", "photos", "parts",
	}
	genEstimates   = []float64{1, 2, 3, 5, 8, 13}
	genImpacts     = app.RICEImpacts()
	genConfidences = []float64{50, 80, 100}
	genEfforts     = []float64{0.5, 1, 2, 3, 5}
	genWSJF        = app.WSJFSteps()
)

// pick returns a random element of s.
func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// weighted returns an index drawn with the given weights.
func weighted(r *rand.Rand, weights ...int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

// item returns the next generated item, at rank offset after the existing ones.
func (g *generator) item(tx *app.Tx, offset float64) *app.Item {
	r := g.r
	it := &app.Item{
		ID:       tx.NewID(app.KindItem),
		Type:     app.ItemTypes[weighted(r, 30, 35, 20, 15)],
		Status:   app.Statuses[weighted(r, 30, 20, 10, 10, 30)],
		Rank:     g.lastRank + offset,
		Assignee: pick(r, g.assignees),
		MoSCoW:   app.MoSCoWs[weighted(r, 25, 35, 30, 10)],
	}
	object := pick(r, genObjects)
	criteria := genFeatureCriteria
	switch it.Type {
	case app.TypeFeature:
		it.Title = fmt.Sprintf("%s %s %s", pick(r, genFeatureVerbs), object, pick(r, genContexts))
		it.Description = fmt.Sprintf("Customers asked for this in %d support tickets last quarter. Scope: %s, with the same permissions as today.",
			2+r.IntN(40), strings.ToLower(it.Title))
	case app.TypeStory:
		role := pick(r, genRoles)
		action := pick(r, genActions)
		it.Title = fmt.Sprintf("%s %s %s", strings.ToUpper(role[:1])+role[1:], action, object)
		it.Description = fmt.Sprintf("As a %s, I want to %s %s %s, so that %s.",
			role, strings.TrimSuffix(action, "s"), object, pick(r, genContexts), pick(r, genOutcomes))
		if action == "signs off" {
			it.Description = fmt.Sprintf("As a %s, I want to sign off %s %s, so that %s.", role, object, pick(r, genContexts), pick(r, genOutcomes))
		}
	case app.TypeBug:
		subject := pick(r, genBugSubjects)
		object, criteria = strings.ToLower(subject), genBugCriteria
		it.Title = fmt.Sprintf("%s %s %s", subject, pick(r, genSymptoms), pick(r, genConditions))
		it.Description = fmt.Sprintf("%s. Reported by %d customers; workaround: %s.", it.Title, 1+r.IntN(12), pick(r, genWorkarounds))
	case app.TypeChore:
		object, criteria = pick(r, genSystems), genChoreCriteria
		it.Title = fmt.Sprintf("%s %s", pick(r, genChoreVerbs), object)
		it.Description = fmt.Sprintf("%s to %s.", it.Title, pick(r, genPurposes))
	}
	if len(g.initiatives) > 0 && r.IntN(10) < 9 {
		it.Initiative = pick(r, g.initiatives)
	}
	if len(g.releases) > 0 && r.IntN(10) < 7 {
		it.Release = pick(r, g.releases)
	}
	if it.Status != app.StatusNew || r.IntN(100) >= 15 {
		it.Estimate = pick(r, genEstimates)
	}

	// Criteria: distinct texts; met as the status implies.
	nc := 1 + r.IntN(3)
	first := r.IntN(len(criteria))
	for k := range nc {
		text := fmt.Sprintf(criteria[(first+k)%len(criteria)], object)
		c := app.Criterion{Text: strings.ToUpper(text[:1]) + text[1:]}
		switch it.Status {
		case app.StatusInProgress:
			c.Met = r.IntN(2) == 0
		case app.StatusDone, app.StatusAccepted:
			c.Met = true
		}
		it.Criteria = append(it.Criteria, c)
	}
	if it.Status == app.StatusAccepted {
		it.History = []app.Decision{{At: g.acceptedAt(tx.Now()), By: g.user, Kind: app.DecisionAccepted, From: app.StatusDone, To: app.StatusAccepted}}
	}

	for range 1 + r.IntN(3) {
		it.Tags = append(it.Tags, pick(r, genTags))
	}
	if r.IntN(10) == 0 {
		it.Links = []string{fmt.Sprintf("https://support.crewline.example/tickets/%d", 50000+r.IntN(50000))}
	}
	it.Scores = app.Scores{
		RICE: &app.RICE{
			Reach: float64(10 * (1 + r.IntN(500))), Impact: pick(r, genImpacts),
			Confidence: pick(r, genConfidences), Effort: pick(r, genEfforts),
		},
		WSJF: &app.WSJF{
			BusinessValue: pick(r, genWSJF), TimeCriticality: pick(r, genWSJF),
			RiskReduction: pick(r, genWSJF), JobSize: pick(r, genWSJF),
		},
		ICE:         &app.ICE{Impact: 1 + r.IntN(10), Confidence: 1 + r.IntN(10), Ease: 1 + r.IntN(10)},
		ValueEffort: &app.ValueEffort{Value: 1 + r.IntN(10), Effort: 1 + r.IntN(10)},
	}

	// Dependencies on earlier items: work under way waits only on finished
	// work, so the board stays believable; New and Ready items may wait on
	// anything and show as blocked.
	pool := g.open
	if it.Status.Index() >= app.StatusInProgress.Index() {
		pool = g.settled
	}
	if len(pool) > 0 {
		for range 1 + r.IntN(3) {
			if d := pick(r, pool); !slices.Contains(it.DependsOn, d) {
				it.DependsOn = append(it.DependsOn, d)
			}
		}
	}
	return it
}

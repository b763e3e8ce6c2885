package app

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checker collects the problems of one entity.
type checker struct {
	e   Entity
	out Problems
}

func (c *checker) add(field, format string, args ...any) {
	c.out = append(c.out, &RuleError{Key: KeyOf(c.e), Label: c.e.Label(), Field: field, Msg: fmt.Sprintf(format, args...)})
}

func (c *checker) required(field, v string) {
	if strings.TrimSpace(v) == "" {
		c.add(field, "is required")
	}
	c.line(field, v)
}

// line refuses control characters in a one-line field (a title, a name):
// an escape sequence or a line break there would reach a terminal or a
// file as a command or a forged line.
func (c *checker) line(field, v string) {
	if i := strings.IndexFunc(v, unicode.IsControl); i >= 0 {
		r, _ := utf8.DecodeRuneInString(v[i:])
		c.add(field, "holds the control character %U at character %d: titles and names are one line of text", r, utf8.RuneCountInString(v[:i])+1)
	}
}

// text refuses control characters other than line breaks and tabs in a
// long text (a description, notes).
func (c *checker) text(field, v string) {
	i := strings.IndexFunc(v, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' })
	if i >= 0 {
		r, _ := utf8.DecodeRuneInString(v[i:])
		c.add(field, "holds the control character %U at character %d: only line breaks and tabs may be in text", r, utf8.RuneCountInString(v[:i])+1)
	}
}

// lines is line for each string of a list (tags, needs).
func (c *checker) lines(field string, vs []string) {
	for i, v := range vs {
		c.line(fmt.Sprintf("%s[%d]", field, i), v)
	}
}

func (c *checker) ref(ws *Workspace, field string, k Kind, id string) {
	if id != "" && ws != nil && !ws.Has(k, id) {
		c.add(field, "refers to unknown %s %q", k.Singular(), id)
	}
}

func (c *checker) refs(ws *Workspace, field string, k Kind, ids []string) {
	for i, id := range ids {
		f := fmt.Sprintf("%s[%d]", field, i)
		if strings.TrimSpace(id) == "" {
			c.add(f, "is an empty reference to %s: remove it", k.Singular())
			continue
		}
		c.ref(ws, f, k, id)
	}
}

func (c *checker) dates(startField string, start Date, endField string, end Date) {
	c.planDate(startField, start)
	c.planDate(endField, end)
	if !start.IsZero() && !end.IsZero() && end.Before(start) {
		c.add(endField, "%s is before %s %s", end, startField, start)
	}
}

var colorPattern = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// Fibonacci-like steps allowed for WSJF inputs.
var wsjfSteps = []int{1, 2, 3, 5, 8, 13, 20}

// RICE impact steps.
var riceImpacts = []float64{0.25, 0.5, 1, 2, 3}

// checkEntity returns the problems of e taken alone and against the
// references it makes in ws. Dependency cycles and status transitions are
// checked elsewhere.
func checkEntity(ws *Workspace, e Entity) Problems {
	c := &checker{e: e}
	switch v := e.(type) {
	case *Product:
		c.required("name", v.Name)
		if !slices.Contains(ModelChoices, v.ScoringModel) {
			c.add("scoringModel", "must be one of rice, wsjf, ice, value-effort, formula, got %q", v.ScoringModel)
		}
		if v.ICE != ICEProduct && v.ICE != ICEMean {
			c.add("ice", "must be product or mean, got %q", v.ICE)
		}
		if v.FiscalYearStart < 1 || v.FiscalYearStart > 12 {
			c.add("fiscalYearStart", "must be a month from 1 to 12, got %d", v.FiscalYearStart)
		}
		for s, n := range v.WIPLimits {
			if s.Index() < 0 {
				c.add("wipLimits", "unknown status %q", s)
			}
			if n < 0 {
				c.add("wipLimits."+string(s), "must be 0 (no limit) or more, got %d", n)
			}
		}
	case *Strategy:
		checkMetric(c, "northStar", v.NorthStar, false)
		checkPoint(c, "ourPosition", v.OurPosition)
	case *Persona:
		c.required("name", v.Name)
		c.line("role", v.Role)
		c.lines("needs", v.Needs)
		c.lines("pains", v.Pains)
		c.inRange("order", "order", v.Order)
	case *Goal:
		c.required("title", v.Title)
		c.text("description", v.Description)
		c.inRange("order", "order", v.Order)
		for i, kr := range v.KeyResults {
			checkMetric(c, fmt.Sprintf("keyResults[%d]", i), kr, true)
		}
	case *Competitor:
		c.required("name", v.Name)
		c.line("segment", v.Segment)
		checkPoint(c, "position", v.Position)
	case *Risk:
		c.required("description", v.Description)
		c.line("owner", v.Owner)
		for _, f := range []struct {
			name string
			l    RiskLevel
		}{{"likelihood", v.Likelihood}, {"impact", v.Impact}} {
			if f.l != RiskUnrated && !slices.Contains(RiskLevels, f.l) {
				c.add(f.name, "must be low, medium or high (or absent), got %q", f.l)
			}
		}
		c.refs(ws, "initiatives", KindInitiative, v.Initiatives)
	case *Lane:
		c.required("name", v.Name)
		c.text("description", v.Description)
		c.inRange("order", "order", v.Order)
	case *Initiative:
		checkInitiative(ws, c, v)
	case *Milestone:
		c.required("name", v.Name)
		if v.Date.IsZero() {
			c.add("date", "is required")
		}
		c.planDate("date", v.Date)
		c.text("description", v.Description)
		c.ref(ws, "lane", KindLane, v.Lane)
		c.ref(ws, "initiative", KindInitiative, v.Initiative)
	case *Release:
		c.required("name", v.Name)
		c.dates("start", v.Start, "date", v.Date)
		c.inRange("capacity", "capacity", v.Capacity)
		c.lines("audiences", v.Audiences)
		c.lines("channels", v.Channels)
		c.text("launchNotes", v.LaunchNotes)
		for i, t := range v.Tasks {
			c.required(fmt.Sprintf("tasks[%d].title", i), t.Title)
			c.line(fmt.Sprintf("tasks[%d].owner", i), t.Owner)
			c.planDate(fmt.Sprintf("tasks[%d].due", i), t.Due)
		}
	case *Item:
		checkItem(ws, c, v)
	case *Insight:
		checkInsight(ws, c, v)
	}
	checkCustom(ws, c, e)
	return c.out
}

func checkMetric(c *checker, field string, m Metric, named bool) {
	if named {
		c.required(field+".name", m.Name)
	}
	c.line(field+".unit", m.Unit)
	c.inRange(field+".baseline", "metric", m.Baseline)
	c.inRange(field+".target", "metric", m.Target)
	c.inRange(field+".current", "metric", m.Current)
}

// checkPoint checks a place on the positioning map, if any: both
// coordinates from 0 to PositionMax.
func checkPoint(c *checker, field string, p *Point) {
	if p == nil {
		return
	}
	c.inRange(field+".x", "position", p.X)
	c.inRange(field+".y", "position", p.Y)
}

func checkInitiative(ws *Workspace, c *checker, v *Initiative) {
	c.required("name", v.Name)
	c.text("description", v.Description)
	c.line("owner", v.Owner)
	c.ref(ws, "lane", KindLane, v.Lane)
	c.refs(ws, "goals", KindGoal, v.Goals)
	c.refs(ws, "dependsOn", KindInitiative, v.DependsOn)
	if slices.Contains(v.DependsOn, v.ID) {
		c.add("dependsOn", "an initiative cannot depend on itself")
	}
	if v.Start.IsZero() != v.End.IsZero() {
		c.add("end", "set both start and end, or neither (undated work goes on a horizon)")
	}
	c.dates("start", v.Start, "end", v.End)
	switch v.Horizon {
	case HorizonNone, HorizonNow, HorizonNext, HorizonLater:
	default:
		c.add("horizon", "must be now, next or later, got %q", v.Horizon)
	}
	if !slices.Contains(InitiativeStatuses, v.Status) {
		c.add("status", "must be one of planned, active, at-risk, done, cancelled, got %q", v.Status)
	}
	if v.Color != "" && !colorPattern.MatchString(v.Color) {
		c.add("color", "must be #rrggbb, got %q", v.Color)
	}
	if v.Value != 0 {
		c.inRange("value", "initiative.value", v.Value)
	}
	if v.Effort != 0 {
		c.inRange("effort", "initiative.effort", v.Effort)
	}
	c.inRange("confidence", "initiative.confidence", v.Confidence)
}

func checkItem(ws *Workspace, c *checker, v *Item) {
	c.required("title", v.Title)
	c.text("description", v.Description)
	c.line("assignee", v.Assignee)
	if !slices.Contains(ItemTypes, v.Type) {
		c.add("type", "must be feature, story, bug or chore, got %q", v.Type)
	}
	if v.Status.Index() < 0 {
		c.add("status", "must be new, ready, in-progress, done or accepted, got %q", v.Status)
	}
	if v.MoSCoW != MoSCoWNone && !slices.Contains(MoSCoWs, v.MoSCoW) {
		c.add("moscow", "must be must, should, could or wont, got %q", v.MoSCoW)
	}
	c.inRange("rank", "order", v.Rank)
	c.inRange("estimate", "estimate", v.Estimate)
	c.ref(ws, "initiative", KindInitiative, v.Initiative)
	c.ref(ws, "release", KindRelease, v.Release)
	c.refs(ws, "dependsOn", KindItem, v.DependsOn)
	if slices.Contains(v.DependsOn, v.ID) {
		c.add("dependsOn", "an item cannot depend on itself")
	}
	for i, t := range v.Tags {
		if strings.TrimSpace(t) == "" || strings.TrimSpace(t) != t {
			c.add(fmt.Sprintf("tags[%d]", i), "must be non-empty without surrounding spaces, got %q", t)
		} else {
			c.line(fmt.Sprintf("tags[%d]", i), t)
		}
	}
	for i, l := range v.Links {
		if u, err := url.Parse(l); err != nil || u.Host == "" && u.Scheme != "mailto" || !slices.Contains([]string{"http", "https", "mailto"}, u.Scheme) {
			c.add(fmt.Sprintf("links[%d]", i), "must be an http, https or mailto URL, got %q", l)
		}
	}
	for i, cr := range v.Criteria {
		c.required(fmt.Sprintf("criteria[%d].text", i), cr.Text)
	}
	for i, d := range v.History {
		if d.Kind != DecisionMoved && d.Kind != DecisionAccepted && d.Kind != DecisionRejected && d.Kind != DecisionReopened {
			c.add(fmt.Sprintf("history[%d].kind", i), "must be moved, accepted, rejected or reopened, got %q", d.Kind)
		}
	}
	checkScores(c, v.Scores)
}

func checkScores(c *checker, s Scores) {
	if r := s.RICE; r != nil {
		c.inRange("scores.rice.reach", "scores.rice.reach", r.Reach)
		if !slices.Contains(riceImpacts, r.Impact) {
			c.add("scores.rice.impact", "must be 0.25, 0.5, 1, 2 or 3, got %g", r.Impact)
		}
		c.inRange("scores.rice.confidence", "scores.rice.confidence", r.Confidence)
		c.inRange("scores.rice.effort", "scores.rice.effort", r.Effort)
	}
	if w := s.WSJF; w != nil {
		for _, f := range []struct {
			name string
			v    int
		}{{"businessValue", w.BusinessValue}, {"timeCriticality", w.TimeCriticality}, {"riskReduction", w.RiskReduction}, {"jobSize", w.JobSize}} {
			if !slices.Contains(wsjfSteps, f.v) {
				c.add("scores.wsjf."+f.name, "must be 1, 2, 3, 5, 8, 13 or 20, got %d", f.v)
			}
		}
	}
	if i := s.ICE; i != nil {
		for _, f := range []struct {
			name string
			v    int
		}{{"impact", i.Impact}, {"confidence", i.Confidence}, {"ease", i.Ease}} {
			c.inRange("scores.ice."+f.name, "scores.ice."+f.name, float64(f.v))
		}
	}
	if ve := s.ValueEffort; ve != nil {
		c.inRange("scores.valueEffort.value", "scores.valueEffort.value", float64(ve.Value))
		c.inRange("scores.valueEffort.effort", "scores.valueEffort.effort", float64(ve.Effort))
	}
}

// referrers returns the fields of entities in ws that refer to key k.
func referrers(ws *Workspace, k Key) Problems {
	var out Problems
	add := func(e Entity, field string) {
		out = append(out, &RuleError{Key: KeyOf(e), Label: e.Label(), Field: field,
			Msg: fmt.Sprintf("still refers to deleted %s %s", k.Kind.Singular(), k.ID)})
	}
	switch k.Kind {
	case KindGoal:
		for _, e := range ws.ents[KindInitiative].list {
			if slices.Contains(e.(*Initiative).Goals, k.ID) {
				add(e, "goals")
			}
		}
	case KindLane:
		for _, e := range ws.ents[KindInitiative].list {
			if e.(*Initiative).Lane == k.ID {
				add(e, "lane")
			}
		}
		for _, e := range ws.ents[KindMilestone].list {
			if e.(*Milestone).Lane == k.ID {
				add(e, "lane")
			}
		}
	case KindInitiative:
		for _, e := range ws.ents[KindInitiative].list {
			if slices.Contains(e.(*Initiative).DependsOn, k.ID) {
				add(e, "dependsOn")
			}
		}
		for _, e := range ws.ents[KindRisk].list {
			if slices.Contains(e.(*Risk).Initiatives, k.ID) {
				add(e, "initiatives")
			}
		}
		for _, e := range ws.ents[KindMilestone].list {
			if e.(*Milestone).Initiative == k.ID {
				add(e, "initiative")
			}
		}
		for _, e := range ws.ents[KindItem].list {
			if e.(*Item).Initiative == k.ID {
				add(e, "initiative")
			}
		}
	case KindRelease:
		for _, e := range ws.ents[KindItem].list {
			if e.(*Item).Release == k.ID {
				add(e, "release")
			}
		}
	case KindItem:
		for _, e := range ws.ents[KindItem].list {
			if slices.Contains(e.(*Item).DependsOn, k.ID) {
				add(e, "dependsOn")
			}
		}
	}
	insightReferrers(ws, k, add)
	return out
}

// checkChange applies the rules to what ch changed; ws already holds the
// result.
func (ws *Workspace) checkChange(ch *change) error {
	var out Problems
	var relinked []*Item // items whose dependencies changed
	for _, k := range ch.keys {
		after := ch.after[k]
		if after == nil {
			out = append(out, referrers(ws, k)...)
			continue
		}
		out = append(out, checkEntity(ws, after)...)
		switch v := after.(type) {
		case *Item:
			before, _ := ch.before[k].(*Item)
			out = append(out, checkTransition(before, v, ch)...)
			if len(v.DependsOn) > 0 && (before == nil || !slices.Equal(before.DependsOn, v.DependsOn)) {
				relinked = append(relinked, v)
			}
		case *Initiative:
			before, _ := ch.before[k].(*Initiative)
			if before == nil || !slices.Equal(before.DependsOn, v.DependsOn) {
				if cyc := initiativeCycleFrom(ws, v.ID); cyc != nil {
					out = append(out, cycleProblem(v, "initiative", cyc))
				}
			}
		}
	}
	out = append(out, itemCycleProblems(ws, relinked)...)
	out = append(out, redeclaredProblems(ws, ch)...)
	return out.err()
}

// itemCycleProblems reports the dependency cycles through the relinked
// items. A few are checked one by one; many (an import, a generator) in one
// pass over the whole graph, which keeps large edits linear.
func itemCycleProblems(ws *Workspace, relinked []*Item) Problems {
	var out Problems
	if len(relinked) <= 16 {
		for _, it := range relinked {
			if cyc := itemCycleFrom(ws, it.ID); cyc != nil {
				out = append(out, cycleProblem(it, "item", cyc))
			}
		}
		return out
	}
	changed := make(map[string]*Item, len(relinked))
	for _, it := range relinked {
		changed[it.ID] = it
	}
	for _, cyc := range ItemCycles(ws) {
		for _, id := range cyc {
			if it, ok := changed[id]; ok {
				out = append(out, cycleProblem(it, "item", cyc))
				break
			}
		}
	}
	return out
}

func cycleProblem(e Entity, noun string, cyc []string) *RuleError {
	return &RuleError{Key: KeyOf(e), Label: e.Label(), Field: "dependsOn",
		Msg: "would make a dependency cycle: " + CycleText(cyc)}
}

// Validate checks the whole workspace against the rules: every field, every
// reference and every dependency cycle. It is what `canopy validate` prints;
// a workspace that arrived with problems (a merge, a hand edit) stays
// editable so the user can fix them.
func Validate(ws *Workspace) Problems {
	var out Problems
	out = append(out, checkEntity(ws, ws.product)...)
	out = append(out, checkEntity(ws, ws.strategy)...)
	for _, k := range Kinds {
		for _, e := range ws.Entities(k) {
			out = append(out, checkEntity(ws, e)...)
		}
	}
	for _, cyc := range ItemCycles(ws) {
		it, _ := ws.Item(cyc[0])
		out = append(out, &RuleError{Key: KeyOf(it), Label: it.Label(), Field: "dependsOn",
			Msg: "dependency cycle: " + CycleText(cyc)})
	}
	for _, cyc := range InitiativeCycles(ws) {
		in, _ := ws.Initiative(cyc[0])
		out = append(out, &RuleError{Key: KeyOf(in), Label: in.Label(), Field: "dependsOn",
			Msg: "dependency cycle: " + CycleText(cyc)})
	}
	return out
}

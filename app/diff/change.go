package diff

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Kind says what happened to an entity or one of its parts.
type Kind string

// The kinds of change.
const (
	Added   Kind = "added"
	Removed Kind = "removed"
	Changed Kind = "changed"
)

// The entities a change is about, as the JSON output names them.
const (
	EntityInitiative = "initiative"
	EntityMilestone  = "milestone"
	EntityRelease    = "release"
	EntityItem       = "item"
	EntityGoal       = "goal"
	EntityStrategy   = "strategy"
	EntityInsight    = "insight"
)

// The fields of parts that are listed rather than compared as values.
const (
	FieldScope     = "scope"      // an item in or out of a release
	FieldTask      = "task"       // a launch task of a release
	FieldKeyResult = "key result" // a key result of a goal
	FieldPriority  = "priority"   // a place in the top of what next
)

// Change is one difference between the old and the new plan. Old and New
// hold a string, a float64, a bool, a []string or nil (no value: before an
// addition, after a removal).
type Change struct {
	Kind   Kind   `json:"kind"`
	Entity string `json:"entity"`
	ID     string `json:"id"`
	// Title names the entity as it is now (as it was, when removed).
	Title string `json:"title"`
	// Field names what changed ("start", "status"); empty for an entity
	// added or removed as a whole.
	Field string `json:"field"`
	Old   any    `json:"old"`
	New   any    `json:"new"`
	// Detail names the part changed: the item put in or taken out of a
	// release, the launch task, the key result.
	Detail string `json:"detail,omitzero"`
	// Delta is the signed size of the change in Unit: a slip in days,
	// scope creep in points, a move in places.
	Delta float64 `json:"delta,omitzero"`
	Unit  string  `json:"unit,omitzero"`
	// By and At say who made a status change and when (YYYY-MM-DD), from
	// the item's history.
	By string `json:"by,omitzero"`
	At string `json:"at,omitzero"`
	// Note says the change in words ("slipped 3 w", "progress 40 % → 55 %").
	Note string `json:"note,omitzero"`
}

// Section names the group a change is listed under.
func (c Change) Section() string {
	if c.Field == FieldPriority {
		return SectionPriority
	}
	switch c.Entity {
	case EntityInitiative:
		return SectionInitiatives
	case EntityMilestone:
		return SectionMilestones
	case EntityRelease:
		return SectionReleases
	case EntityItem:
		return SectionBacklog
	case EntityGoal:
		return SectionGoals
	case EntityInsight:
		return SectionInsights
	}
	return SectionStrategy
}

// The sections, in the order changes are listed.
const (
	SectionInitiatives = "Initiatives"
	SectionMilestones  = "Milestones"
	SectionReleases    = "Releases"
	SectionBacklog     = "Backlog"
	SectionPriority    = "Priority"
	SectionGoals       = "Goals and key results"
	SectionStrategy    = "Strategy"
	SectionInsights    = "Customer insights"
)

// Sections lists the sections in order.
var Sections = []string{SectionInitiatives, SectionMilestones, SectionReleases, SectionBacklog, SectionPriority, SectionGoals, SectionStrategy, SectionInsights}

// Summary says the change in one line, without the entity's title:
// "start 2026-01-05 → 2026-02-02 (slipped 4 w)", "added".
func (c Change) Summary() string {
	var b strings.Builder
	switch {
	case c.Field == "":
		b.WriteString(string(c.Kind))
	case c.Kind == Changed:
		b.WriteString(c.Field)
		if c.Detail != "" {
			fmt.Fprintf(&b, " of %s", c.Detail)
		}
		fmt.Fprintf(&b, ": %s → %s", Text(c.Old), Text(c.New))
	default:
		fmt.Fprintf(&b, "%s %s", c.Field, c.Kind)
		if c.Detail != "" {
			fmt.Fprintf(&b, ": %s", c.Detail)
		}
	}
	if c.Note != "" {
		fmt.Fprintf(&b, " (%s)", c.Note)
	}
	return b.String()
}

// Text prints a change's old or new value for people: "—" for none.
func Text(v any) string {
	switch v := v.(type) {
	case nil:
		return "—"
	case string:
		if v == "" {
			return "(empty)"
		}
		return strconv.Quote(v)
	case float64:
		return Number(v)
	case bool:
		if v {
			return "yes"
		}
		return "no"
	case []string:
		if len(v) == 0 {
			return "(none)"
		}
		return strings.Join(v, ", ")
	}
	return fmt.Sprint(v)
}

// Number prints a number with up to two decimals and no trailing zeros.
func Number(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// Slip says a move of a date in days as a PM reads it: "+3 w" late or
// "−5 d" early; weeks from 14 days on, rounded.
func Slip(days int) string {
	sign := "+"
	if days < 0 {
		sign, days = "−", -days
	}
	if days >= 14 {
		return fmt.Sprintf("%s%d w", sign, (days+3)/7)
	}
	return fmt.Sprintf("%s%d d", sign, days)
}

// signed prints a delta with its sign: "+5", "−2.5".
func signed(v float64) string {
	if v < 0 {
		return "−" + Number(-v)
	}
	return "+" + Number(v)
}

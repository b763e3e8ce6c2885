package team

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"canopy/app"
	"canopy/app/diff"
)

// subjectWidth is the longest a commit's first line grows before the
// rest of its phrases are counted instead of listed.
const subjectWidth = 72

// bodyLines is how many changes a commit message lists one by one.
const bodyLines = 40

// What a commit did to an entity, in the order its subject says them.
var verbs = []string{"reschedule", "accept", "finish", "start", "move", "add", "remove", "edit"}

var nouns = map[string][2]string{
	diff.EntityInitiative: {"initiative", "initiatives"},
	diff.EntityMilestone:  {"milestone", "milestones"},
	diff.EntityRelease:    {"release", "releases"},
	diff.EntityItem:       {"item", "items"},
	diff.EntityGoal:       {"goal", "goals"},
	diff.EntityStrategy:   {"part of the strategy", "parts of the strategy"},
	"":                    {"entity", "entities"},
}

// Edit is an entity changed outside what the plan diff lists (a
// description, a competitor, a lane), for CommitMessage.
type Edit struct {
	// Title names the entity; Kind is its kind.
	Title string
	Kind  app.Kind
	// What is "add", "remove" or "edit".
	What string
}

// CommitMessage says what a commit of the plan does, from the plan diff
// between the last commit and now, in the imperative of commit subjects:
// "Reschedule 'Real-time re-planning', accept 2 items, add 3 items",
// then a blank line and one line per change. edits adds the entities
// changed in ways the diff does not list. With nothing to say it is
// "Update the plan".
func CommitMessage(d *diff.Diff, edits []Edit) string {
	type group struct {
		verb, entity string
		titles       []string
	}
	var groups []*group
	find := func(verb, entity string) *group {
		for _, g := range groups {
			if g.verb == verb && g.entity == entity {
				return g
			}
		}
		g := &group{verb: verb, entity: entity}
		groups = append(groups, g)
		return g
	}
	// One verb per entity: the most telling of its changes.
	type ent struct{ entity, id string }
	chosen := map[ent]string{}
	var order []ent
	var title = map[ent]string{}
	reorder, strategy := false, []string{}
	for _, c := range d.Changes {
		if c.Field == diff.FieldPriority {
			reorder = true
			continue
		}
		if c.Entity == diff.EntityStrategy {
			strategy = appendNew(strategy, c.Field)
			continue
		}
		e := ent{c.Entity, c.ID}
		v := verbOf(c)
		old, seen := chosen[e]
		if !seen {
			order = append(order, e)
			title[e] = c.Title
		}
		if !seen || rank(v) < rank(old) {
			chosen[e] = v
		}
	}
	for _, e := range order {
		g := find(chosen[e], e.entity)
		g.titles = append(g.titles, title[e])
	}
	for _, ed := range edits {
		what := ed.What
		if what == "" {
			what = "edit"
		}
		g := find(what, kindEntity(ed.Kind))
		g.titles = append(g.titles, ed.Title)
	}
	var phrases []string
	for _, v := range verbs {
		for _, g := range groups {
			if g.verb != v {
				continue
			}
			n := nouns[g.entity]
			if n[0] == "" {
				n = [2]string{g.entity, g.entity + "s"}
			}
			if len(g.titles) == 1 {
				phrases = append(phrases, fmt.Sprintf("%s '%s'", v, short(g.titles[0], 40)))
			} else {
				phrases = append(phrases, fmt.Sprintf("%s %d %s", v, len(g.titles), n[1]))
			}
		}
	}
	if reorder {
		phrases = append(phrases, "reorder what next")
	}
	if len(strategy) > 0 {
		phrases = append(phrases, "rewrite the strategy's "+strings.Join(strategy, ", "))
	}
	if len(phrases) == 0 {
		return "Update the plan\n"
	}
	subject := phrases[0]
	for i, p := range phrases[1:] {
		rest := len(phrases) - 1 - i
		more := fmt.Sprintf(", and %d more", rest)
		if rest == 1 {
			more = ""
		}
		if utf8.RuneCountInString(subject)+2+utf8.RuneCountInString(p)+len(more) > subjectWidth && i+1 < len(phrases) {
			subject += fmt.Sprintf(" and %d more", rest)
			break
		}
		subject += ", " + p
	}
	var b strings.Builder
	b.WriteString(capital(subject))
	b.WriteString("\n")
	lines := 0
	total := len(d.Changes) + len(edits)
	if total > 1 || len(edits) > 0 {
		b.WriteString("\n")
		for _, c := range d.Changes {
			if lines == bodyLines {
				break
			}
			fmt.Fprintf(&b, "%s %s: %s\n", c.Mark(), c.Title, c.Summary())
			lines++
		}
		for _, ed := range edits {
			if lines == bodyLines {
				break
			}
			what := map[string]string{"add": "added", "remove": "removed"}[ed.What]
			if what == "" {
				what = "edited"
			}
			fmt.Fprintf(&b, "~ %s: %s\n", ed.Title, what)
			lines++
		}
		if total > lines {
			fmt.Fprintf(&b, "… and %d more\n", total-lines)
		}
	}
	return b.String()
}

// verbOf names what a change did to its entity.
func verbOf(c diff.Change) string {
	switch {
	case c.Field == "" && c.Kind == diff.Added:
		return "add"
	case c.Field == "" && c.Kind == diff.Removed:
		return "remove"
	case c.Field == "status" && c.Entity == diff.EntityItem:
		switch c.New {
		case app.StatusAccepted.Title():
			return "accept"
		case app.StatusDone.Title():
			return "finish"
		case app.StatusInProgress.Title():
			return "start"
		}
		return "move"
	case c.Unit == "days":
		return "reschedule"
	}
	return "edit"
}

func rank(verb string) int {
	for i, v := range verbs {
		if v == verb {
			return i
		}
	}
	return len(verbs)
}

// kindEntity names a kind as the diff names its entities.
func kindEntity(k app.Kind) string {
	switch k {
	case app.KindInitiative:
		return diff.EntityInitiative
	case app.KindMilestone:
		return diff.EntityMilestone
	case app.KindRelease:
		return diff.EntityRelease
	case app.KindItem:
		return diff.EntityItem
	case app.KindGoal:
		return diff.EntityGoal
	}
	if k == "" {
		return ""
	}
	return strings.TrimSuffix(string(k), "s")
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func short(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func capital(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

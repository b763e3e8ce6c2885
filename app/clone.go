package app

import (
	"maps"
	"slices"
)

// clone returns a deep copy of e, so that edits of the copy never reach e.
func clone(e Entity) Entity {
	switch v := e.(type) {
	case *Product:
		c := *v
		c.WIPLimits = maps.Clone(v.WIPLimits)
		c.Fields = cloneDecls(v.Fields)
		c.CardFields = slices.Clone(v.CardFields)
		return &c
	case *Strategy:
		c := *v
		c.Differentiators = slices.Clone(v.Differentiators)
		c.NonGoals = slices.Clone(v.NonGoals)
		c.Trends = slices.Clone(v.Trends)
		c.OurPosition = clonePoint(v.OurPosition)
		return &c
	case *Persona:
		c := *v
		c.Needs = slices.Clone(v.Needs)
		c.Pains = slices.Clone(v.Pains)
		return &c
	case *Goal:
		c := *v
		c.KeyResults = slices.Clone(v.KeyResults)
		return &c
	case *Competitor:
		c := *v
		c.Strengths = slices.Clone(v.Strengths)
		c.Weaknesses = slices.Clone(v.Weaknesses)
		c.Position = clonePoint(v.Position)
		return &c
	case *Risk:
		c := *v
		c.Initiatives = slices.Clone(v.Initiatives)
		return &c
	case *Lane:
		c := *v
		return &c
	case *Initiative:
		c := *v
		c.Goals = slices.Clone(v.Goals)
		c.DependsOn = slices.Clone(v.DependsOn)
		c.Fields = cloneFields(v.Fields)
		return &c
	case *Milestone:
		c := *v
		return &c
	case *Release:
		c := *v
		c.Audiences = slices.Clone(v.Audiences)
		c.Channels = slices.Clone(v.Channels)
		c.Tasks = slices.Clone(v.Tasks)
		return &c
	case *Item:
		c := *v
		c.Tags = slices.Clone(v.Tags)
		c.Links = slices.Clone(v.Links)
		c.DependsOn = slices.Clone(v.DependsOn)
		c.Criteria = slices.Clone(v.Criteria)
		c.History = slices.Clone(v.History)
		c.Scores = v.Scores.clone()
		c.Fields = cloneFields(v.Fields)
		return &c
	case *Insight:
		return cloneInsight(v)
	}
	panic("clone: unknown entity type")
}

func clonePoint(p *Point) *Point {
	if p == nil {
		return nil
	}
	c := *p
	return &c
}

func (s Scores) clone() Scores {
	c := Scores{}
	if s.RICE != nil {
		v := *s.RICE
		c.RICE = &v
	}
	if s.WSJF != nil {
		v := *s.WSJF
		c.WSJF = &v
	}
	if s.ICE != nil {
		v := *s.ICE
		c.ICE = &v
	}
	if s.ValueEffort != nil {
		v := *s.ValueEffort
		c.ValueEffort = &v
	}
	return c
}

// Clone returns a deep copy of e for an editor to change and submit with
// Update; the workspace's own copy is never handed out for writing.
func Clone[E Entity](e E) E { return clone(e).(E) }

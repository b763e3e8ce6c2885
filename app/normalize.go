package app

import (
	"slices"
	"time"
)

// normalize puts e in canonical form: empty lists instead of nil ones, sets
// sorted and without duplicates, timestamps in UTC to the second. The store
// encodes what normalize leaves, so equal data gives equal bytes.
func normalize(e Entity) {
	switch v := e.(type) {
	case *Product:
		if v.WIPLimits == nil {
			v.WIPLimits = map[Status]int{}
		}
		if len(v.Fields) == 0 {
			v.Fields = nil
		}
		if len(v.CardFields) == 0 {
			v.CardFields = nil
		}
	case *Strategy:
		v.Differentiators = list(v.Differentiators)
		v.NonGoals = list(v.NonGoals)
		v.Trends = list(v.Trends)
	case *Persona:
		v.Needs = list(v.Needs)
		v.Pains = list(v.Pains)
	case *Goal:
		v.KeyResults = list(v.KeyResults)
	case *Competitor:
		v.Strengths = list(v.Strengths)
		v.Weaknesses = list(v.Weaknesses)
	case *Risk:
		v.Initiatives = set(v.Initiatives)
	case *Initiative:
		v.Goals = set(v.Goals)
		v.DependsOn = set(v.DependsOn)
		v.Fields = normalizeFields(v.Fields)
	case *Release:
		v.Audiences = list(v.Audiences)
		v.Channels = list(v.Channels)
		v.Tasks = list(v.Tasks)
	case *Item:
		v.Tags = set(v.Tags)
		v.Links = list(v.Links)
		v.DependsOn = set(v.DependsOn)
		v.Criteria = list(v.Criteria)
		v.History = list(v.History)
		v.Fields = normalizeFields(v.Fields)
		for i := range v.History {
			v.History[i].At = v.History[i].At.UTC().Truncate(time.Second)
		}
	case *Insight:
		normalizeInsight(v)
	}
}

// Normalize puts e in the canonical form the store writes. Entities in a
// workspace are always normalized; the store calls it on what it decodes.
func Normalize(e Entity) { normalize(e) }

func list[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func set(s []string) []string {
	if s == nil {
		return []string{}
	}
	if !slices.IsSorted(s) {
		slices.Sort(s)
	}
	return slices.Compact(s)
}

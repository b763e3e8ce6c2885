package app

import "strings"

// Title returns the type as a word for display ("Feature").
func (t ItemType) Title() string {
	switch t {
	case TypeFeature:
		return "Feature"
	case TypeStory:
		return "Story"
	case TypeBug:
		return "Bug"
	case TypeChore:
		return "Chore"
	}
	return string(t)
}

// Title returns the status as shown ("At risk").
func (s InitiativeStatus) Title() string {
	switch s {
	case InitiativePlanned:
		return "Planned"
	case InitiativeActive:
		return "Active"
	case InitiativeAtRisk:
		return "At risk"
	case InitiativeDone:
		return "Done"
	case InitiativeCancelled:
		return "Cancelled"
	}
	return string(s)
}

// Title returns the level as shown ("Medium"), or "" unrated.
func (l RiskLevel) Title() string {
	switch l {
	case RiskLow:
		return "Low"
	case RiskMedium:
		return "Medium"
	case RiskHigh:
		return "High"
	}
	return string(l)
}

// Horizons lists the horizons of undated work in order.
var Horizons = []Horizon{HorizonNow, HorizonNext, HorizonLater}

// Title returns the horizon as shown ("Next"), or "" for none.
func (h Horizon) Title() string {
	switch h {
	case HorizonNow:
		return "Now"
	case HorizonNext:
		return "Next"
	case HorizonLater:
		return "Later"
	}
	return string(h)
}

// Name returns the name a person knows an entity by: its name or title,
// the first line of a risk's description, the product's name, "Strategy".
func Name(e Entity) string {
	switch v := e.(type) {
	case *Product:
		return v.Name
	case *Strategy:
		return "Strategy"
	case *Persona:
		return v.Name
	case *Goal:
		return v.Title
	case *Competitor:
		return v.Name
	case *Risk:
		first, _, _ := strings.Cut(v.Description, "\n")
		return first
	case *Lane:
		return v.Name
	case *Initiative:
		return v.Name
	case *Milestone:
		return v.Name
	case *Release:
		return v.Name
	case *Item:
		return v.Title
	case *Insight:
		return v.Excerpt(60)
	}
	return e.EntityID()
}

// Title returns the category as shown ("Won't"), or "" for none.
func (m MoSCoW) Title() string {
	switch m {
	case MoSCoWMust:
		return "Must"
	case MoSCoWShould:
		return "Should"
	case MoSCoWCould:
		return "Could"
	case MoSCoWWont:
		return "Won't"
	}
	return string(m)
}

// Title returns the kind as a word for display ("Initiative").
func (k Kind) Title() string {
	s := k.Singular()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Title returns the decision kind as shown ("Rejected").
func (k DecisionKind) Title() string {
	switch k {
	case DecisionMoved:
		return "Moved"
	case DecisionAccepted:
		return "Accepted"
	case DecisionRejected:
		return "Rejected"
	case DecisionReopened:
		return "Reopened"
	}
	return string(k)
}

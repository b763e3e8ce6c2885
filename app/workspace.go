package app

import (
	"cmp"
	"errors"
	"slices"
)

// Workspace is one product's plan in memory: the product settings, the
// strategy and every entity, with the undo and redo history of the edits made
// to it. Everything a Workspace hands out is read-only: change data only with
// Do and a Command.
//
// A Workspace is not safe for concurrent use; the UI serializes access.
type Workspace struct {
	product  *Product
	strategy *Strategy
	ents     map[Kind]*table

	clock Clock
	ids   IDSource
	user  string

	undo, redo []*change
	dirty      map[Key]struct{}
	readOnly   error
	listeners  []*listener
	// formula caches the product's compiled formula.
	formula *compiledFormula
	// evidence caches the customer evidence (see Evidence).
	evidence *evidenceCache
}

// ErrReadOnly is returned by Do, Undo and Redo on a read-only workspace.
var ErrReadOnly = errors.New("the workspace is read-only")

// NewWorkspace returns an empty workspace with the given product settings.
func NewWorkspace(p Product) *Workspace {
	ws := &Workspace{
		product:  &p,
		strategy: &Strategy{},
		ents:     map[Kind]*table{},
		clock:    SystemClock{},
		ids:      cryptoSource{},
		dirty:    map[Key]struct{}{},
	}
	for _, k := range Kinds {
		ws.ents[k] = newTable()
	}
	defaults(ws.product)
	normalize(ws.product)
	normalize(ws.strategy)
	return ws
}

// defaults fills settings a user has not chosen yet.
func defaults(p *Product) {
	if p.ScoringModel == "" {
		p.ScoringModel = ModelRICE
	}
	if p.ICE == "" {
		p.ICE = ICEProduct
	}
	if p.FiscalYearStart == 0 {
		p.FiscalYearStart = 1
	}
}

// Restore builds a workspace from decoded entities without recording any
// change: the store uses it to open a workspace. The entities are normalized
// and owned by the workspace from then on. Entities with an ID already seen
// are returned as duplicates and left out.
func Restore(p *Product, s *Strategy, ents []Entity) (ws *Workspace, duplicates []Entity) {
	ws = NewWorkspace(*p)
	ws.product = p
	defaults(p)
	normalize(p)
	if s != nil {
		normalize(s)
		ws.strategy = s
	}
	for _, e := range ents {
		m := ws.ents[e.EntityKind()]
		if m == nil {
			continue
		}
		if m.has(e.EntityID()) {
			duplicates = append(duplicates, e)
			continue
		}
		normalize(e)
		m.put(e)
	}
	return ws, duplicates
}

// SetClock replaces the clock the workspace reads "today" and timestamps from.
func (ws *Workspace) SetClock(c Clock) { ws.clock = c }

// Clock returns the workspace's clock.
func (ws *Workspace) Clock() Clock { return ws.clock }

// Today returns the clock's calendar day.
func (ws *Workspace) Today() Date { return Today(ws.clock) }

// SetIDSource replaces the source of new IDs (tests and generators seed it).
func (ws *Workspace) SetIDSource(s IDSource) { ws.ids = s }

// SetUser sets the name recorded in decisions ("accepted by").
func (ws *Workspace) SetUser(name string) { ws.user = name }

// User returns the name recorded in decisions.
func (ws *Workspace) User() string { return ws.user }

// SetReadOnly makes every later edit fail with an error wrapping ErrReadOnly
// and naming reason; a nil reason makes the workspace editable again.
func (ws *Workspace) SetReadOnly(reason error) { ws.readOnly = reason }

// ReadOnly returns why the workspace is read-only, or nil.
func (ws *Workspace) ReadOnly() error { return ws.readOnly }

// Product returns the product settings.
func (ws *Workspace) Product() *Product { return ws.product }

// Strategy returns the strategy document.
func (ws *Workspace) Strategy() *Strategy { return ws.strategy }

// Get returns the entity with the key, if any.
func (ws *Workspace) Get(k Key) (Entity, bool) {
	switch k.Kind {
	case KindProduct:
		return ws.product, true
	case KindStrategy:
		return ws.strategy, true
	}
	if t := ws.ents[k.Kind]; t != nil {
		return t.get(k.ID)
	}
	return nil, false
}

// Count returns the number of entities of a kind.
func (ws *Workspace) Count(k Kind) int {
	if t := ws.ents[k]; t != nil {
		return t.len()
	}
	return 0
}

// Has reports whether an entity of kind k has the ID.
func (ws *Workspace) Has(k Kind, id string) bool {
	t := ws.ents[k]
	return t != nil && t.has(id)
}

func get[E Entity](ws *Workspace, k Kind, id string) (E, bool) {
	e, ok := ws.ents[k].get(id)
	if !ok {
		var zero E
		return zero, false
	}
	return e.(E), true
}

// all returns the entities of kind k sorted by order, then ID.
func all[E Entity](ws *Workspace, k Kind, order func(E) float64) []E {
	out := make([]E, 0, ws.Count(k))
	for _, e := range ws.ents[k].list {
		out = append(out, e.(E))
	}
	slices.SortFunc(out, func(a, b E) int {
		if order != nil {
			if c := cmp.Compare(order(a), order(b)); c != 0 {
				return c
			}
		}
		return cmp.Compare(a.EntityID(), b.EntityID())
	})
	return out
}

// Item returns the backlog item with the ID.
func (ws *Workspace) Item(id string) (*Item, bool) { return get[*Item](ws, KindItem, id) }

// Items returns the backlog items by rank, then ID.
func (ws *Workspace) Items() []*Item {
	return all(ws, KindItem, func(it *Item) float64 { return it.Rank })
}

// Initiative returns the initiative with the ID.
func (ws *Workspace) Initiative(id string) (*Initiative, bool) {
	return get[*Initiative](ws, KindInitiative, id)
}

// Initiatives returns the initiatives by start date, then name and ID; undated ones last.
func (ws *Workspace) Initiatives() []*Initiative {
	out := all[*Initiative](ws, KindInitiative, nil)
	slices.SortStableFunc(out, func(a, b *Initiative) int {
		if a.Start.IsZero() != b.Start.IsZero() {
			if a.Start.IsZero() {
				return 1
			}
			return -1
		}
		if c := a.Start.DaysUntil(b.Start); c != 0 {
			return -c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return out
}

// Goal returns the goal with the ID.
func (ws *Workspace) Goal(id string) (*Goal, bool) { return get[*Goal](ws, KindGoal, id) }

// Goals returns the goals in their order.
func (ws *Workspace) Goals() []*Goal {
	return all(ws, KindGoal, func(g *Goal) float64 { return g.Order })
}

// Persona returns the persona with the ID.
func (ws *Workspace) Persona(id string) (*Persona, bool) { return get[*Persona](ws, KindPersona, id) }

// Personas returns the personas in their order.
func (ws *Workspace) Personas() []*Persona {
	return all(ws, KindPersona, func(p *Persona) float64 { return p.Order })
}

// Competitor returns the competitor with the ID.
func (ws *Workspace) Competitor(id string) (*Competitor, bool) {
	return get[*Competitor](ws, KindCompetitor, id)
}

// Competitors returns the competitors by name, then ID.
func (ws *Workspace) Competitors() []*Competitor {
	out := all[*Competitor](ws, KindCompetitor, nil)
	slices.SortStableFunc(out, func(a, b *Competitor) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

// Risk returns the risk with the ID.
func (ws *Workspace) Risk(id string) (*Risk, bool) { return get[*Risk](ws, KindRisk, id) }

// Risks returns the risks by ID.
func (ws *Workspace) Risks() []*Risk { return all[*Risk](ws, KindRisk, nil) }

// Lane returns the lane with the ID.
func (ws *Workspace) Lane(id string) (*Lane, bool) { return get[*Lane](ws, KindLane, id) }

// Lanes returns the lanes in their order.
func (ws *Workspace) Lanes() []*Lane {
	return all(ws, KindLane, func(l *Lane) float64 { return l.Order })
}

// Milestone returns the milestone with the ID.
func (ws *Workspace) Milestone(id string) (*Milestone, bool) {
	return get[*Milestone](ws, KindMilestone, id)
}

// Milestones returns the milestones by date, then ID.
func (ws *Workspace) Milestones() []*Milestone {
	return all(ws, KindMilestone, func(m *Milestone) float64 { return float64(m.Date.days) })
}

// Release returns the release with the ID.
func (ws *Workspace) Release(id string) (*Release, bool) { return get[*Release](ws, KindRelease, id) }

// Releases returns the releases by date, then ID; undated ones first.
func (ws *Workspace) Releases() []*Release {
	return all(ws, KindRelease, func(r *Release) float64 { return float64(r.Date.days) })
}

// Entities returns every entity of kind k, sorted by ID.
func (ws *Workspace) Entities(k Kind) []Entity {
	return all[Entity](ws, k, nil)
}

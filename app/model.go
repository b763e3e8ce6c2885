package app

import "time"

// SchemaVersion is the version of the workspace format this build writes.
const SchemaVersion = 2

// Kind names a type of entity. Each kind is stored in its own folder.
type Kind string

// The kinds of entity. The string is the folder name in a workspace.
const (
	KindPersona    Kind = "personas"
	KindGoal       Kind = "goals"
	KindCompetitor Kind = "competitors"
	KindRisk       Kind = "risks"
	KindLane       Kind = "lanes"
	KindInitiative Kind = "initiatives"
	KindMilestone  Kind = "milestones"
	KindRelease    Kind = "releases"
	KindItem       Kind = "items"
)

// Kinds lists every entity kind in dependency order: a kind only refers to
// kinds listed before it. Saves write in this order so that a crash never
// leaves a reference to a file that was not written.
var Kinds = []Kind{KindPersona, KindGoal, KindCompetitor, KindLane, KindInitiative, KindRisk, KindMilestone, KindRelease, KindItem, KindInsight}

// Singular returns a human name for one entity of the kind ("item").
func (k Kind) Singular() string {
	switch k {
	case KindPersona:
		return "persona"
	case KindGoal:
		return "goal"
	case KindCompetitor:
		return "competitor"
	case KindRisk:
		return "risk"
	case KindLane:
		return "lane"
	case KindInitiative:
		return "initiative"
	case KindMilestone:
		return "milestone"
	case KindRelease:
		return "release"
	case KindItem:
		return "item"
	case KindInsight:
		return "insight"
	}
	return string(k)
}

// Entity is implemented by every stored entity.
type Entity interface {
	// EntityID returns the entity's stable ID.
	EntityID() string
	// EntityKind returns the entity's kind.
	EntityKind() Kind
	// Label returns a short human name for messages.
	Label() string
}

// Key identifies one entity in a workspace.
type Key struct {
	Kind Kind
	ID   string
}

// String returns "kind/id".
func (k Key) String() string { return string(k.Kind) + "/" + k.ID }

// ScoringModel names a prioritization model.
type ScoringModel string

// The scoring models.
const (
	ModelRICE        ScoringModel = "rice"
	ModelWSJF        ScoringModel = "wsjf"
	ModelICE         ScoringModel = "ice"
	ModelValueEffort ScoringModel = "value-effort"
	// ModelFormula ranks by the product's own formula (Product.Formula).
	ModelFormula ScoringModel = "formula"
)

// ScoringModels lists the models in display order.
// These four score an item from its own inputs (Score); each has a column
// in the Excel backlog and the prioritized list.
var ScoringModels = []ScoringModel{ModelRICE, ModelWSJF, ModelICE, ModelValueEffort}

// ModelChoices lists every model a product may rank by, in display order:
// ScoringModels and the product's formula.
var ModelChoices = []ScoringModel{ModelRICE, ModelWSJF, ModelICE, ModelValueEffort, ModelFormula}

// ICECombination says how ICE's three inputs combine into a score.
type ICECombination string

// The ICE combinations.
const (
	ICEProduct ICECombination = "product" // Impact × Confidence × Ease
	ICEMean    ICECombination = "mean"    // (Impact + Confidence + Ease) ÷ 3
)

// Product holds the product settings kept in the workspace manifest.
type Product struct {
	Name    string `json:"name"`
	Horizon string `json:"horizon"`
	Owner   string `json:"owner"`
	Version string `json:"version"`
	// ScoringModel is the model used to rank the backlog.
	ScoringModel ScoringModel `json:"scoringModel"`
	// ICE says how ICE inputs combine.
	ICE ICECombination `json:"ice"`
	// FiscalYearStart is the month (1–12) the fiscal year starts in.
	FiscalYearStart int `json:"fiscalYearStart"`
	// WIPLimits caps the number of items per status; 0 or absent means none.
	WIPLimits map[Status]int `json:"wipLimits"`
	// Fields declares the custom fields of items and initiatives (schema 2).
	Fields []FieldDecl `json:"fields,omitzero"`
	// CardFields lists the keys of the custom fields the board's cards
	// show, at most MaxCardFields.
	CardFields []string `json:"cardFields,omitzero"`
	// Formula is the expression of the formula scoring model (schema 2).
	Formula string `json:"formula,omitzero"`
}

// Positioning is the classic positioning statement.
type Positioning struct {
	For        string `json:"for"`
	Who        string `json:"who"`
	Unlike     string `json:"unlike"`
	OurProduct string `json:"ourProduct"`
}

// Metric is a measurable quantity with a baseline, a target and a current value.
type Metric struct {
	Name     string  `json:"name"`
	Unit     string  `json:"unit"`
	Baseline float64 `json:"baseline"`
	Target   float64 `json:"target"`
	Current  float64 `json:"current"`
}

// Progress returns how far Current has moved from Baseline to Target, clamped
// to 0..1. A metric whose target equals its baseline is done when current
// reaches it.
func (m Metric) Progress() float64 {
	span := m.Target - m.Baseline
	if span == 0 {
		if (m.Target >= m.Baseline && m.Current >= m.Target) || (m.Target < m.Baseline && m.Current <= m.Target) {
			return 1
		}
		return 0
	}
	p := (m.Current - m.Baseline) / span
	switch {
	case p < 0:
		return 0
	case p > 1:
		return 1
	}
	return p
}

// Strategy is the product's single strategy document.
type Strategy struct {
	Vision          string      `json:"vision"`
	TargetCustomers string      `json:"targetCustomers"`
	Positioning     Positioning `json:"positioning"`
	Differentiators []string    `json:"differentiators"`
	NonGoals        []string    `json:"nonGoals"`
	NorthStar       Metric      `json:"northStar"`
	MarketNotes     string      `json:"marketNotes"`
	Trends          []string    `json:"trends"`
	// PositioningAxes names the two axes of the positioning map; a
	// workspace that never named them leaves the field out of its file.
	PositioningAxes Axes `json:"positioningAxes,omitzero"`
	// OurPosition places the product on the positioning map; nil until
	// the PM places it (and then absent from the file).
	OurPosition *Point `json:"ourPosition,omitzero"`
}

// Axes names the horizontal (X) and vertical (Y) axes of the positioning
// map, such as "Price" and "Ease of use"; each runs from low to high.
type Axes struct {
	X string `json:"x"`
	Y string `json:"y"`
}

// PositionMax is the high end of both axes of the positioning map; the low
// end is 0.
const PositionMax = 100

// Point is a place on the positioning map, each coordinate from 0 (low) to
// PositionMax (high).
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Persona is a target user.
type Persona struct {
	ID    string   `json:"id"`
	Name  string   `json:"name"`
	Role  string   `json:"role"`
	Needs []string `json:"needs"`
	Pains []string `json:"pains"`
	Order float64  `json:"order"`
}

// Goal is an objective with measurable key results.
type Goal struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	KeyResults  []Metric `json:"keyResults"`
	Order       float64  `json:"order"`
}

// Progress is the mean progress of the goal's key results (0 when it has none).
func (g *Goal) Progress() float64 {
	if len(g.KeyResults) == 0 {
		return 0
	}
	var sum float64
	for _, kr := range g.KeyResults {
		sum += kr.Progress()
	}
	return sum / float64(len(g.KeyResults))
}

// Competitor is another product in the market.
type Competitor struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Segment     string   `json:"segment"`
	Strengths   []string `json:"strengths"`
	Weaknesses  []string `json:"weaknesses"`
	Pricing     string   `json:"pricing"`
	HowWeDiffer string   `json:"howWeDiffer"`
	// Position places the competitor on the positioning map; nil while it
	// is unplaced (and then absent from the file, so files written before
	// the map existed stay as they were).
	Position *Point `json:"position,omitzero"`
}

// Risk is an entry of the risk register.
type Risk struct {
	ID          string `json:"id"`
	Description string `json:"description"`
	Assumption  string `json:"assumption"`
	Mitigation  string `json:"mitigation"`
	Owner       string `json:"owner"`
	// Likelihood and Impact rate the risk; unrated ("") they are absent
	// from the file, so registers written before the ratings existed stay
	// as they were.
	Likelihood  RiskLevel `json:"likelihood,omitzero"`
	Impact      RiskLevel `json:"impact,omitzero"`
	Initiatives []string  `json:"initiatives"`
}

// RiskLevel rates a risk's likelihood or impact.
type RiskLevel string

// The risk levels; RiskUnrated is the zero value.
const (
	RiskUnrated RiskLevel = ""
	RiskLow     RiskLevel = "low"
	RiskMedium  RiskLevel = "medium"
	RiskHigh    RiskLevel = "high"
)

// RiskLevels lists the levels from low to high.
var RiskLevels = []RiskLevel{RiskLow, RiskMedium, RiskHigh}

// Weight is the level as a number: 1 low, 2 medium, 3 high, 0 unrated (or
// unknown).
func (l RiskLevel) Weight() int {
	switch l {
	case RiskLow:
		return 1
	case RiskMedium:
		return 2
	case RiskHigh:
		return 3
	}
	return 0
}

// Exposure is likelihood × impact, from 1 (low, low) to 9 (high, high); 0
// until both are rated.
func (r *Risk) Exposure() int { return r.Likelihood.Weight() * r.Impact.Weight() }

// ExposureTitle names the exposure band a product team reads in a risk
// matrix: "High" (6–9), "Medium" (3–4), "Low" (1–2), or "" unrated.
func (r *Risk) ExposureTitle() string {
	switch e := r.Exposure(); {
	case e >= 6:
		return "High"
	case e >= 3:
		return "Medium"
	case e >= 1:
		return "Low"
	}
	return ""
}

// Lane is a row of the roadmap: a theme, team or product area.
type Lane struct {
	ID          string  `json:"id"`
	Name        string  `json:"name"`
	Description string  `json:"description"`
	Order       float64 `json:"order"`
}

// Horizon places undated work: Now, Next or Later.
type Horizon string

// The horizons.
const (
	HorizonNone  Horizon = ""
	HorizonNow   Horizon = "now"
	HorizonNext  Horizon = "next"
	HorizonLater Horizon = "later"
)

// InitiativeStatus is the state of an initiative.
type InitiativeStatus string

// The initiative statuses.
const (
	InitiativePlanned   InitiativeStatus = "planned"
	InitiativeActive    InitiativeStatus = "active"
	InitiativeAtRisk    InitiativeStatus = "at-risk"
	InitiativeDone      InitiativeStatus = "done"
	InitiativeCancelled InitiativeStatus = "cancelled"
)

// InitiativeStatuses lists the initiative statuses in display order.
var InitiativeStatuses = []InitiativeStatus{InitiativePlanned, InitiativeActive, InitiativeAtRisk, InitiativeDone, InitiativeCancelled}

// Initiative is a strategic bet on the roadmap.
type Initiative struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Description string           `json:"description"`
	Lane        string           `json:"lane"`
	Goals       []string         `json:"goals"`
	Start       Date             `json:"start"`
	End         Date             `json:"end"`
	Horizon     Horizon          `json:"horizon"`
	Status      InitiativeStatus `json:"status"`
	Color       string           `json:"color"`
	Owner       string           `json:"owner"`
	DependsOn   []string         `json:"dependsOn"`
	// Value, Effort (each 1–10, 0 for unset) and Confidence (0–100 %) are the
	// initiative's own scoring inputs.
	Value      float64 `json:"value"`
	Effort     float64 `json:"effort"`
	Confidence float64 `json:"confidence"`
	// Fields holds the custom field values by key; nil when there are none
	// (and then absent from the file).
	Fields map[string]any `json:"fields,omitzero"`
}

// Dated reports whether the initiative has both a start and an end.
func (in *Initiative) Dated() bool { return !in.Start.IsZero() && !in.End.IsZero() }

// Milestone is a dated point on the roadmap.
type Milestone struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Date        Date   `json:"date"`
	Lane        string `json:"lane"`
	Initiative  string `json:"initiative"`
	Description string `json:"description"`
}

// LaunchTask is one go-to-market task of a release.
type LaunchTask struct {
	Title string `json:"title"`
	Owner string `json:"owner"`
	Due   Date   `json:"due"`
	Done  bool   `json:"done"`
}

// Release is a dated delivery with a go-to-market checklist.
type Release struct {
	ID          string       `json:"id"`
	Name        string       `json:"name"`
	Start       Date         `json:"start"`
	Date        Date         `json:"date"`
	Capacity    float64      `json:"capacity"`
	Audiences   []string     `json:"audiences"`
	Channels    []string     `json:"channels"`
	LaunchNotes string       `json:"launchNotes"`
	Tasks       []LaunchTask `json:"tasks"`
}

// Readiness is the share of launch tasks done (0..1; 0 when there are none).
func (r *Release) Readiness() float64 {
	if len(r.Tasks) == 0 {
		return 0
	}
	done := 0
	for _, t := range r.Tasks {
		if t.Done {
			done++
		}
	}
	return float64(done) / float64(len(r.Tasks))
}

// ItemType is the type of a backlog item.
type ItemType string

// The item types.
const (
	TypeFeature ItemType = "feature"
	TypeStory   ItemType = "story"
	TypeBug     ItemType = "bug"
	TypeChore   ItemType = "chore"
)

// ItemTypes lists the item types in display order.
var ItemTypes = []ItemType{TypeFeature, TypeStory, TypeBug, TypeChore}

// Status is a board column.
type Status string

// The statuses, in board order.
const (
	StatusNew        Status = "new"
	StatusReady      Status = "ready"
	StatusInProgress Status = "in-progress"
	StatusDone       Status = "done"
	StatusAccepted   Status = "accepted"
)

// Statuses lists the statuses in board order.
var Statuses = []Status{StatusNew, StatusReady, StatusInProgress, StatusDone, StatusAccepted}

// Index returns the position of s in Statuses, or -1.
func (s Status) Index() int {
	for i, t := range Statuses {
		if t == s {
			return i
		}
	}
	return -1
}

// Title returns the column title ("In progress").
func (s Status) Title() string {
	switch s {
	case StatusNew:
		return "New"
	case StatusReady:
		return "Ready"
	case StatusInProgress:
		return "In progress"
	case StatusDone:
		return "Done"
	case StatusAccepted:
		return "Accepted"
	}
	return string(s)
}

// Satisfied reports whether an item in this status satisfies the items that
// depend on it.
func (s Status) Satisfied() bool { return s == StatusDone || s == StatusAccepted }

// MoSCoW is the MoSCoW category of an item.
type MoSCoW string

// The MoSCoW categories.
const (
	MoSCoWNone   MoSCoW = ""
	MoSCoWMust   MoSCoW = "must"
	MoSCoWShould MoSCoW = "should"
	MoSCoWCould  MoSCoW = "could"
	MoSCoWWont   MoSCoW = "wont"
)

// MoSCoWs lists the categories in display order.
var MoSCoWs = []MoSCoW{MoSCoWMust, MoSCoWShould, MoSCoWCould, MoSCoWWont}

// Criterion is one acceptance criterion.
type Criterion struct {
	Text string `json:"text"`
	Met  bool   `json:"met"`
}

// DecisionKind classifies an entry of an item's history.
type DecisionKind string

// The decision kinds.
const (
	DecisionMoved    DecisionKind = "moved"
	DecisionAccepted DecisionKind = "accepted"
	DecisionRejected DecisionKind = "rejected"
	DecisionReopened DecisionKind = "reopened"
)

// Decision is one status change of an item, kept in its history.
type Decision struct {
	At     time.Time    `json:"at"`
	By     string       `json:"by"`
	Kind   DecisionKind `json:"kind"`
	From   Status       `json:"from"`
	To     Status       `json:"to"`
	Reason string       `json:"reason"`
}

// RICE holds the inputs of the RICE model.
type RICE struct {
	Reach      float64 `json:"reach"`
	Impact     float64 `json:"impact"`
	Confidence float64 `json:"confidence"` // percent, 0–100
	Effort     float64 `json:"effort"`     // person-months
}

// WSJF holds the inputs of the WSJF model, each on 1, 2, 3, 5, 8, 13, 20.
type WSJF struct {
	BusinessValue   int `json:"businessValue"`
	TimeCriticality int `json:"timeCriticality"`
	RiskReduction   int `json:"riskReduction"`
	JobSize         int `json:"jobSize"`
}

// ICE holds the inputs of the ICE model, each 1–10.
type ICE struct {
	Impact     int `json:"impact"`
	Confidence int `json:"confidence"`
	Ease       int `json:"ease"`
}

// ValueEffort holds the two inputs of the value vs effort matrix, each 1–10.
type ValueEffort struct {
	Value  int `json:"value"`
	Effort int `json:"effort"`
}

// Scores holds an item's inputs for each model; a nil model is unscored.
type Scores struct {
	RICE        *RICE        `json:"rice"`
	WSJF        *WSJF        `json:"wsjf"`
	ICE         *ICE         `json:"ice"`
	ValueEffort *ValueEffort `json:"valueEffort"`
}

// Item is a backlog item.
type Item struct {
	ID          string      `json:"id"`
	Type        ItemType    `json:"type"`
	Title       string      `json:"title"`
	Description string      `json:"description"`
	Status      Status      `json:"status"`
	Rank        float64     `json:"rank"`
	Assignee    string      `json:"assignee"`
	Initiative  string      `json:"initiative"`
	Release     string      `json:"release"`
	Estimate    float64     `json:"estimate"`
	MoSCoW      MoSCoW      `json:"moscow"`
	Tags        []string    `json:"tags"`
	Links       []string    `json:"links"`
	DependsOn   []string    `json:"dependsOn"`
	Criteria    []Criterion `json:"criteria"`
	Scores      Scores      `json:"scores"`
	Notes       string      `json:"notes"`
	History     []Decision  `json:"history"`
	// Fields holds the custom field values by key; nil when there are none
	// (and then absent from the file).
	Fields map[string]any `json:"fields,omitzero"`
}

// CriteriaMet returns how many criteria are met and how many there are.
func (it *Item) CriteriaMet() (met, total int) {
	for _, c := range it.Criteria {
		if c.Met {
			met++
		}
	}
	return met, len(it.Criteria)
}

// LastDecision returns the latest accept or reject decision, if any.
func (it *Item) LastDecision() (Decision, bool) {
	for i := len(it.History) - 1; i >= 0; i-- {
		if k := it.History[i].Kind; k == DecisionAccepted || k == DecisionRejected {
			return it.History[i], true
		}
	}
	return Decision{}, false
}

// EntityID returns the ID, for Entity.
func (p *Persona) EntityID() string { return p.ID }

// EntityID returns the ID, for Entity.
func (g *Goal) EntityID() string { return g.ID }

// EntityID returns the ID, for Entity.
func (c *Competitor) EntityID() string { return c.ID }

// EntityID returns the ID, for Entity.
func (r *Risk) EntityID() string { return r.ID }

// EntityID returns the ID, for Entity.
func (l *Lane) EntityID() string { return l.ID }

// EntityID returns the ID, for Entity.
func (in *Initiative) EntityID() string {
	return in.ID
}

// EntityID returns the ID, for Entity.
func (m *Milestone) EntityID() string { return m.ID }

// EntityID returns the ID, for Entity.
func (r *Release) EntityID() string { return r.ID }

// EntityID returns the ID, for Entity.
func (it *Item) EntityID() string { return it.ID }

// EntityKind returns the kind, for Entity.
func (*Persona) EntityKind() Kind { return KindPersona }

// EntityKind returns the kind, for Entity.
func (*Goal) EntityKind() Kind { return KindGoal }

// EntityKind returns the kind, for Entity.
func (*Competitor) EntityKind() Kind { return KindCompetitor }

// EntityKind returns the kind, for Entity.
func (*Risk) EntityKind() Kind { return KindRisk }

// EntityKind returns the kind, for Entity.
func (*Lane) EntityKind() Kind { return KindLane }

// EntityKind returns the kind, for Entity.
func (*Initiative) EntityKind() Kind { return KindInitiative }

// EntityKind returns the kind, for Entity.
func (*Milestone) EntityKind() Kind { return KindMilestone }

// EntityKind returns the kind, for Entity.
func (*Release) EntityKind() Kind { return KindRelease }

// EntityKind returns the kind, for Entity.
func (*Item) EntityKind() Kind { return KindItem }

// Label names the entity in messages, for Entity.
func (p *Persona) Label() string { return "persona " + p.ID + " (" + p.Name + ")" }

// Label names the entity in messages, for Entity.
func (g *Goal) Label() string { return "goal " + g.ID + " (" + g.Title + ")" }

// Label names the entity in messages, for Entity.
func (c *Competitor) Label() string { return "competitor " + c.ID + " (" + c.Name + ")" }

// Label names the entity in messages, for Entity.
func (r *Risk) Label() string { return "risk " + r.ID }

// Label names the entity in messages, for Entity.
func (l *Lane) Label() string { return "lane " + l.ID + " (" + l.Name + ")" }

// Label names the entity in messages, for Entity.
func (in *Initiative) Label() string { return "initiative " + in.ID + " (" + in.Name + ")" }

// Label names the entity in messages, for Entity.
func (m *Milestone) Label() string { return "milestone " + m.ID + " (" + m.Name + ")" }

// Label names the entity in messages, for Entity.
func (r *Release) Label() string { return "release " + r.ID + " (" + r.Name + ")" }

// Label names the entity in messages, for Entity.
func (it *Item) Label() string { return "item " + it.ID + " (" + it.Title + ")" }

// The singleton kinds: the manifest's product settings and the strategy
// document. Their ID is empty.
const (
	KindProduct  Kind = "product"
	KindStrategy Kind = "strategy"
)

// ProductKey and StrategyKey are the keys of the two singletons.
var (
	ProductKey  = Key{Kind: KindProduct}
	StrategyKey = Key{Kind: KindStrategy}
)

// EntityID returns "": the product settings are a singleton.
func (*Product) EntityID() string { return "" }

// EntityKind returns KindProduct.
func (*Product) EntityKind() Kind { return KindProduct }

// Label returns "product settings".
func (*Product) Label() string { return "product settings" }

// EntityID returns "": the strategy is a singleton.
func (*Strategy) EntityID() string { return "" }

// EntityKind returns KindStrategy.
func (*Strategy) EntityKind() Kind { return KindStrategy }

// Label returns "strategy".
func (*Strategy) Label() string { return "strategy" }

// KeyOf returns the key of e.
func KeyOf(e Entity) Key { return Key{Kind: e.EntityKind(), ID: e.EntityID()} }

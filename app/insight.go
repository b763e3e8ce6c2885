package app

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"
)

// KindInsight is the kind of an Insight, stored one file per insight under
// insights/. It is last in Kinds: an insight refers to personas, initiatives
// and items, and nothing refers to an insight. Builds that predate it never
// read the folder (they read only the kinds they know) and never remove it.
const KindInsight Kind = "insights"

// Importance is how much a customer said an insight matters to them.
type Importance string

// The importances; ImportanceUnrated is the zero value, weighed as
// nice-to-have.
const (
	ImportanceUnrated   Importance = ""
	ImportanceNice      Importance = "nice-to-have"
	ImportanceImportant Importance = "important"
	ImportanceCritical  Importance = "critical"
)

// Importances lists the importances from least to most.
var Importances = []Importance{ImportanceNice, ImportanceImportant, ImportanceCritical}

// Weight is the importance's share of demand: nice-to-have 1, important 2,
// critical 3 (the scale Productboard's user-impact score uses). An unrated
// insight weighs 1, as nice-to-have: it was heard, nobody said it was more.
func (i Importance) Weight() int {
	switch i {
	case ImportanceImportant:
		return 2
	case ImportanceCritical:
		return 3
	}
	return 1
}

// Title returns the importance as shown ("Nice to have"), "" when unrated.
func (i Importance) Title() string {
	switch i {
	case ImportanceNice:
		return "Nice to have"
	case ImportanceImportant:
		return "Important"
	case ImportanceCritical:
		return "Critical"
	}
	return string(i)
}

// InsightState is where an insight is in triage.
type InsightState string

// The insight states: new (in the inbox), triaged (read and linked, or
// deliberately left unlinked) and archived (kept, but no longer evidence).
const (
	InsightNew      InsightState = "new"
	InsightTriaged  InsightState = "triaged"
	InsightArchived InsightState = "archived"
)

// InsightStates lists the states in triage order.
var InsightStates = []InsightState{InsightNew, InsightTriaged, InsightArchived}

// Title returns the state as shown ("Triaged").
func (s InsightState) Title() string {
	switch s {
	case InsightNew:
		return "New"
	case InsightTriaged:
		return "Triaged"
	case InsightArchived:
		return "Archived"
	}
	return string(s)
}

// InsightSources are the sources suggested for an insight; the field is
// free text and takes any other.
var InsightSources = []string{"interview", "support ticket", "sales call", "survey", "review", "community", "usability test"}

// Insight is what a customer said or asked for: a quote or a request, who
// said it and where, how much it matters to them, and the items and
// initiatives that answer it. Linked insights are the evidence behind
// those items and initiatives.
type Insight struct {
	ID string `json:"id"`
	// Text is the quote or the request, in the customer's words.
	Text string `json:"text"`
	// Person and Company say who said it; either names the customer.
	Person  string `json:"person"`
	Company string `json:"company"`
	Segment string `json:"segment"`
	// Source is where it was heard: one of InsightSources or any other.
	Source string `json:"source"`
	// Link is the URL of the original (the ticket, the recording).
	Link string `json:"link"`
	// Date is when it was said; zero (null) when unknown, never "today".
	Date        Date         `json:"date"`
	Importance  Importance   `json:"importance"`
	Persona     string       `json:"persona"`
	Items       []string     `json:"items"`
	Initiatives []string     `json:"initiatives"`
	Tags        []string     `json:"tags"`
	State       InsightState `json:"state"`
}

// Customer names who the insight came from: the company, else the person,
// else "" (anonymous).
func (in *Insight) Customer() string {
	if c := strings.TrimSpace(in.Company); c != "" {
		return c
	}
	return strings.TrimSpace(in.Person)
}

// Linked reports whether the insight is linked to an item or an initiative.
func (in *Insight) Linked() bool { return len(in.Items)+len(in.Initiatives) > 0 }

// Excerpt returns the first line of the text, cut to at most n characters
// with an ellipsis.
func (in *Insight) Excerpt(n int) string {
	s, _, _ := strings.Cut(strings.TrimSpace(in.Text), "\n")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:max(n-1, 0)])) + "…"
}

// EntityID returns the ID, for Entity.
func (in *Insight) EntityID() string { return in.ID }

// EntityKind returns KindInsight, for Entity.
func (*Insight) EntityKind() Kind { return KindInsight }

// Label names the insight in messages: its ID and the start of its text.
func (in *Insight) Label() string { return "insight " + in.ID + " (" + in.Excerpt(40) + ")" }

// Insight returns the insight with the ID.
func (ws *Workspace) Insight(id string) (*Insight, bool) {
	return get[*Insight](ws, KindInsight, id)
}

// Insights returns the insights, latest first (undated last), then by ID.
func (ws *Workspace) Insights() []*Insight {
	out := all[*Insight](ws, KindInsight, nil)
	slices.SortStableFunc(out, func(a, b *Insight) int {
		if a.Date.IsZero() != b.Date.IsZero() {
			if a.Date.IsZero() {
				return 1
			}
			return -1
		}
		return cmp.Compare(b.Date.days, a.Date.days)
	})
	return out
}

// checkInsight returns the problems of an insight: the text and the state
// are required, the enums and the link well formed, and every reference
// (persona, items, initiatives) to an entity that exists.
func checkInsight(ws *Workspace, c *checker, v *Insight) {
	if strings.TrimSpace(v.Text) == "" {
		c.add("text", "is required")
	}
	c.text("text", v.Text) // a quote may run over several lines
	for _, f := range []struct{ name, v string }{{"person", v.Person}, {"company", v.Company}, {"segment", v.Segment},
		{"source", v.Source}, {"link", v.Link}} {
		c.line(f.name, f.v)
	}
	if v.Importance != ImportanceUnrated && !slices.Contains(Importances, v.Importance) {
		c.add("importance", "must be nice-to-have, important or critical (or empty), got %q", v.Importance)
	}
	if !slices.Contains(InsightStates, v.State) {
		c.add("state", "must be new, triaged or archived, got %q", v.State)
	}
	if v.Link != "" {
		if u, err := url.Parse(v.Link); err != nil || u.Host == "" && u.Scheme != "mailto" || !slices.Contains([]string{"http", "https", "mailto"}, u.Scheme) {
			c.add("link", "must be an http, https or mailto URL, got %q", v.Link)
		}
	}
	c.ref(ws, "persona", KindPersona, v.Persona)
	c.refs(ws, "items", KindItem, v.Items)
	c.refs(ws, "initiatives", KindInitiative, v.Initiatives)
	for i, t := range v.Tags {
		if strings.TrimSpace(t) == "" || strings.TrimSpace(t) != t {
			c.add(fmt.Sprintf("tags[%d]", i), "must be non-empty without surrounding spaces, got %q", t)
		}
	}
}

// insightReferrers adds the insights that refer to k (a persona, an
// initiative or an item) to out.
func insightReferrers(ws *Workspace, k Key, add func(e Entity, field string)) {
	var field string
	switch k.Kind {
	case KindPersona:
		field = "persona"
	case KindInitiative:
		field = "initiatives"
	case KindItem:
		field = "items"
	default:
		return
	}
	for _, e := range ws.ents[KindInsight].list {
		in := e.(*Insight)
		if insightRefers(in, k) {
			add(in, field)
		}
	}
}

func insightRefers(in *Insight, k Key) bool {
	switch k.Kind {
	case KindPersona:
		return in.Persona == k.ID
	case KindInitiative:
		return slices.Contains(in.Initiatives, k.ID)
	case KindItem:
		return slices.Contains(in.Items, k.ID)
	}
	return false
}

// unlinkInsight removes the reference to k from in.
func unlinkInsight(in *Insight, k Key) {
	drop := func(ids []string) []string { return slices.DeleteFunc(ids, func(id string) bool { return id == k.ID }) }
	switch k.Kind {
	case KindPersona:
		if in.Persona == k.ID {
			in.Persona = ""
		}
	case KindInitiative:
		in.Initiatives = drop(in.Initiatives)
	case KindItem:
		in.Items = drop(in.Items)
	}
}

// LinkedInsights returns how many insights refer to the entity with key k:
// what deleting it unlinks ("Deleting it unlinks 3 insights").
func LinkedInsights(ws *Workspace, k Key) int {
	n := 0
	for _, e := range ws.ents[KindInsight].list {
		if insightRefers(e.(*Insight), k) {
			n++
		}
	}
	return n
}

// DeleteNotice says what deleting the entity with key k does to the
// insights linked to it, in a user's words ("Unlinks 3 insights."), or ""
// when none is.
func DeleteNotice(ws *Workspace, k Key) string {
	switch n := LinkedInsights(ws, k); n {
	case 0:
		return ""
	case 1:
		return "Unlinks 1 insight."
	default:
		return fmt.Sprintf("Unlinks %d insights.", n)
	}
}

// normalizeInsight puts an insight in canonical form.
func normalizeInsight(v *Insight) {
	v.Items = set(v.Items)
	v.Initiatives = set(v.Initiatives)
	v.Tags = set(v.Tags)
}

// cloneInsight returns a deep copy.
func cloneInsight(v *Insight) *Insight {
	c := *v
	c.Items = slices.Clone(v.Items)
	c.Initiatives = slices.Clone(v.Initiatives)
	c.Tags = slices.Clone(v.Tags)
	return &c
}

// LinkInsight links insight id to the items and initiatives given, as one
// command; a link to an entity that does not exist is refused by the rules,
// naming it.
func LinkInsight(id string, items, initiatives []string) Command {
	return Func{Desc: "Link insight", Fn: func(tx *Tx) error {
		in, err := Edit[*Insight](tx, KindInsight, id)
		if err != nil {
			return err
		}
		for _, it := range items {
			if !tx.ws.Has(KindItem, it) {
				return fmt.Errorf("%s: no item %q to link to: %w", in.Label(), it, ErrNotFound)
			}
		}
		for _, i := range initiatives {
			if !tx.ws.Has(KindInitiative, i) {
				return fmt.Errorf("%s: no initiative %q to link to: %w", in.Label(), i, ErrNotFound)
			}
		}
		in.Items = append(in.Items, items...)
		in.Initiatives = append(in.Initiatives, initiatives...)
		return nil
	}}
}

// UnlinkInsight removes the link from insight id to the entity with key k.
func UnlinkInsight(id string, k Key) Command {
	return Func{Desc: "Unlink insight", Fn: func(tx *Tx) error {
		in, err := Edit[*Insight](tx, KindInsight, id)
		if err != nil {
			return err
		}
		unlinkInsight(in, k)
		return nil
	}}
}

// TriageInsights sets the state of the insights with the IDs, as one
// command (bulk triage).
func TriageInsights(ids []string, s InsightState) Command {
	return Func{Desc: "Triage insights", Fn: func(tx *Tx) error {
		for _, id := range ids {
			in, err := Edit[*Insight](tx, KindInsight, id)
			if err != nil {
				return err
			}
			in.State = s
		}
		return nil
	}}
}

// shiftInsights moves the date of every dated insight by months, for
// ShiftDates.
func shiftInsights(tx *Tx, months int) error {
	for _, e := range tx.ws.Entities(KindInsight) {
		in := e.(*Insight)
		if in.Date.IsZero() {
			continue
		}
		c, err := Edit[*Insight](tx, KindInsight, in.ID)
		if err != nil {
			return err
		}
		c.Date = c.Date.AddMonths(months)
	}
	return nil
}

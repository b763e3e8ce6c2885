package app

import "fmt"

// InitiativeProgress is how far an initiative's backlog has been accepted.
type InitiativeProgress struct {
	Items         int
	Accepted      int
	Estimate      float64 // total estimate of its items
	AcceptedPoint float64 // estimate of its accepted items
}

// Share returns the accepted estimate ÷ total estimate (0 when nothing is estimated).
func (p InitiativeProgress) Share() float64 {
	if p.Estimate == 0 {
		return 0
	}
	return p.AcceptedPoint / p.Estimate
}

// Progress returns the progress of every initiative, by ID, in one pass.
func Progress(ws *Workspace) map[string]InitiativeProgress {
	out := make(map[string]InitiativeProgress, ws.ents[KindInitiative].len())
	for _, e := range ws.ents[KindItem].list {
		it := e.(*Item)
		if it.Initiative == "" {
			continue
		}
		p := out[it.Initiative]
		p.Items++
		p.Estimate += it.Estimate
		if it.Status == StatusAccepted {
			p.Accepted++
			p.AcceptedPoint += it.Estimate
		}
		out[it.Initiative] = p
	}
	return out
}

// OwnScore returns the initiative's score from its own inputs:
// Value × Confidence% ÷ Effort, and false when value or effort is unset.
func (in *Initiative) OwnScore() (float64, bool) {
	if in.Value <= 0 || in.Effort <= 0 {
		return 0, false
	}
	return in.Value * (in.Confidence / 100) / in.Effort, true
}

// ItemsScore returns the sum of the scores of an initiative's items under
// model m, and how many of them are scored.
func ItemsScore(ws *Workspace, initiative string, m ScoringModel) (sum float64, scored int) {
	score := ws.Scorer(m)
	for _, e := range ws.ents[KindItem].list {
		it := e.(*Item)
		if it.Initiative != initiative {
			continue
		}
		if s, ok := score(it); ok {
			sum += s
			scored++
		}
	}
	return sum, scored
}

// MustShareLimit is the share of a release's estimate above which Musts
// raise a warning.
const MustShareLimit = 0.6

// ReleaseLoad sums the work planned in a release.
type ReleaseLoad struct {
	Items    int
	Estimate float64 // total estimate of its items
	Musts    float64 // estimate of its Must items
	Capacity float64 // the release's stated capacity (0: not set)
}

// MustShare returns the Musts' share of the estimate (0 when nothing is estimated).
func (l ReleaseLoad) MustShare() float64 {
	if l.Estimate == 0 {
		return 0
	}
	return l.Musts / l.Estimate
}

// Load returns the load of every release, by ID, in one pass.
func Load(ws *Workspace) map[string]ReleaseLoad {
	out := make(map[string]ReleaseLoad, ws.ents[KindRelease].len())
	for _, e := range ws.ents[KindRelease].list {
		out[e.EntityID()] = ReleaseLoad{Capacity: e.(*Release).Capacity}
	}
	for _, e := range ws.ents[KindItem].list {
		it := e.(*Item)
		l, ok := out[it.Release]
		if !ok {
			continue
		}
		l.Items++
		l.Estimate += it.Estimate
		if it.MoSCoW == MoSCoWMust {
			l.Musts += it.Estimate
		}
		out[it.Release] = l
	}
	return out
}

// Warning is advice about the plan that does not block any edit.
type Warning struct {
	Key Key
	Msg string
}

// String returns the warning's text.
func (w Warning) String() string { return w.Msg }

// Warnings returns the plan's warnings: releases whose Musts exceed 60 % of
// their estimate or whose estimate exceeds their capacity.
func Warnings(ws *Workspace) []Warning {
	var out []Warning
	loads := Load(ws)
	for _, r := range ws.Releases() {
		l := loads[r.ID]
		if l.MustShare() > MustShareLimit {
			out = append(out, Warning{Key: KeyOf(r), Msg: fmt.Sprintf("%s: Musts are %.0f %% of the estimate (%g of %g points), above %.0f %%",
				r.Label(), 100*l.MustShare(), l.Musts, l.Estimate, 100*MustShareLimit)})
		}
		if l.Capacity > 0 && l.Estimate > l.Capacity {
			out = append(out, Warning{Key: KeyOf(r), Msg: fmt.Sprintf("%s: %g points planned for a capacity of %g", r.Label(), l.Estimate, l.Capacity)})
		}
	}
	return out
}

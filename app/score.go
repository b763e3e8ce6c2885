package app

import (
	"fmt"
	"math"
)

// Score returns an item's score under model m, and false when the item has
// no inputs for that model. ice says how ICE inputs combine.
//
//	RICE         = Reach × Impact × Confidence% ÷ Effort
//	WSJF         = (Business value + Time criticality + Risk reduction) ÷ Job size
//	ICE          = Impact × Confidence × Ease, or their mean
//	value/effort = Value ÷ Effort
//
// A score is never Inf or NaN: inputs outside the ranges (RangeOf) that a
// hand-edited file may hold and that would make one count as unscored.
func Score(s *Scores, m ScoringModel, ice ICECombination) (float64, bool) {
	v, ok := rawScore(s, m, ice)
	if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

func rawScore(s *Scores, m ScoringModel, ice ICECombination) (float64, bool) {
	switch m {
	case ModelRICE:
		if r := s.RICE; r != nil && r.Effort > 0 {
			return r.Reach * r.Impact * (r.Confidence / 100) / r.Effort, true
		}
	case ModelWSJF:
		if w := s.WSJF; w != nil && w.JobSize > 0 {
			return float64(w.BusinessValue+w.TimeCriticality+w.RiskReduction) / float64(w.JobSize), true
		}
	case ModelICE:
		if i := s.ICE; i != nil {
			if ice == ICEMean {
				return float64(i.Impact+i.Confidence+i.Ease) / 3, true
			}
			return float64(i.Impact * i.Confidence * i.Ease), true
		}
	case ModelValueEffort:
		if ve := s.ValueEffort; ve != nil && ve.Effort > 0 {
			return float64(ve.Value) / float64(ve.Effort), true
		}
	}
	return 0, false
}

// ItemScore returns the item's score under the workspace's chosen model.
func (ws *Workspace) ItemScore(it *Item) (float64, bool) {
	if ws.product.ScoringModel == ModelFormula {
		return ws.Scorer(ModelFormula)(it)
	}
	return Score(&it.Scores, ws.product.ScoringModel, ws.product.ICE)
}

// ParseModel parses a scoring model name as the CLI and files spell it.
func ParseModel(s string) (ScoringModel, error) {
	for _, m := range ModelChoices {
		if string(m) == s {
			return m, nil
		}
	}
	return "", fmt.Errorf("unknown scoring model %q: want rice, wsjf, ice, value-effort or formula", s)
}

// Formula returns the model's formula in words, for exports and help.
func (m ScoringModel) Formula(ice ICECombination) string {
	switch m {
	case ModelRICE:
		return "RICE = Reach × Impact × Confidence ÷ Effort"
	case ModelWSJF:
		return "WSJF = (Business value + Time criticality + Risk reduction) ÷ Job size"
	case ModelICE:
		if ice == ICEMean {
			return "ICE = (Impact + Confidence + Ease) ÷ 3"
		}
		return "ICE = Impact × Confidence × Ease"
	case ModelValueEffort:
		return "Value ÷ Effort"
	case ModelFormula:
		return "Your formula, in the product settings"
	}
	return string(m)
}

// Title returns the model's display name.
func (m ScoringModel) Title() string {
	switch m {
	case ModelRICE:
		return "RICE"
	case ModelWSJF:
		return "WSJF"
	case ModelICE:
		return "ICE"
	case ModelValueEffort:
		return "Value/effort"
	case ModelFormula:
		return "Formula"
	}
	return string(m)
}

// Quadrant names the value vs effort quadrant of an item; the split is at 5.5.
type Quadrant string

// The four quadrants.
const (
	QuickWins Quadrant = "quick wins" // high value, low effort
	BigBets   Quadrant = "big bets"   // high value, high effort
	FillIns   Quadrant = "fill-ins"   // low value, low effort
	MoneyPits Quadrant = "money pits" // low value, high effort
)

// QuadrantSplit is where value and effort divide into high and low.
const QuadrantSplit = 5.5

// QuadrantOf returns the quadrant of value/effort inputs.
func QuadrantOf(ve ValueEffort) Quadrant {
	hv, he := float64(ve.Value) > QuadrantSplit, float64(ve.Effort) > QuadrantSplit
	switch {
	case hv && !he:
		return QuickWins
	case hv && he:
		return BigBets
	case !hv && !he:
		return FillIns
	}
	return MoneyPits
}

package app

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
)

// Range is the span a number field may take, ends included.
type Range struct {
	Min, Max float64
}

// Contains reports whether v is a finite number within r.
func (r Range) Contains(v float64) bool {
	return !math.IsNaN(v) && !math.IsInf(v, 0) && v >= r.Min && v <= r.Max
}

// String says the range in words: "between 0.01 and 1000000".
func (r Range) String() string {
	return "between " + plainNumber(r.Min) + " and " + plainNumber(r.Max)
}

// plainNumber writes v without an exponent: 1000000000, not 1e+09.
func plainNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// ranges is the one table of the number fields' ranges, by the field's
// name as the rules report it. The rules of every edit, `canopy validate`
// and the spreadsheet import all read it, so a value one accepts the
// others accept too. Bounds keep every score and total finite: the
// largest RICE score is 1e9 × 3 × 100% ÷ 0.01.
var ranges = map[string]Range{
	"scores.rice.reach":           {0, 1e9},
	"scores.rice.confidence":      {0, 100},
	"scores.rice.effort":          {0.01, 1e6},
	"scores.wsjf.businessValue":   {1, 20},
	"scores.wsjf.timeCriticality": {1, 20},
	"scores.wsjf.riskReduction":   {1, 20},
	"scores.wsjf.jobSize":         {1, 20},
	"scores.ice.impact":           {1, 10},
	"scores.ice.confidence":       {1, 10},
	"scores.ice.ease":             {1, 10},
	"scores.valueEffort.value":    {1, 10},
	"scores.valueEffort.effort":   {1, 10},
	"estimate":                    {0, 1e6},
	"capacity":                    {0, 1e6},
	"initiative.value":            {1, 10},
	"initiative.effort":           {1, 10},
	"initiative.confidence":       {0, 100},
	"position":                    {0, PositionMax},
	"metric":                      {-1e15, 1e15},
	"order":                       {-1e15, 1e15},
}

// RangeOf returns the range of the field named as the rules name it
// ("scores.rice.reach"), and false for a field without one.
func RangeOf(field string) (Range, bool) {
	r, ok := ranges[field]
	return r, ok
}

// CheckRange returns an error in words when v is outside the range of the
// field, nil when it is inside or the field has no range.
func CheckRange(field string, v float64) error {
	r, ok := ranges[field]
	if !ok || r.Contains(v) {
		return nil
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("must be a finite number")
	}
	return fmt.Errorf("must be %s, got %s", r, plainNumber(v))
}

// PlanYears are the years a plan date (an initiative's start and end, a
// milestone, a release, a task's due date) may fall in: a typo centuries
// away is a rule problem, not a Roadmap thousands of pages long.
var PlanYears = struct{ First, Last int }{1900, 2199}

// checkPlanDate reports a plan date outside PlanYears.
func (c *checker) planDate(field string, d Date) {
	if d.IsZero() {
		return
	}
	if y := d.Time().Year(); y < PlanYears.First || y > PlanYears.Last {
		c.add(field, "%s is outside the years %d to %d", d, PlanYears.First, PlanYears.Last)
	}
}

// inRange reports v outside the range named rng, as the field.
func (c *checker) inRange(field, rng string, v float64) {
	if err := CheckRange(rng, v); err != nil {
		c.add(field, "%v", err)
	}
}

// MaxPlanYears is the longest span a roadmap export shows: a workspace
// whose dates run further (a typo a century away that validate reports)
// still exports in bounded size, showing the years that hold most work.
const MaxPlanYears = 25

// ClampPlanDate brings d within PlanYears; the zero Date stays zero.
func ClampPlanDate(d Date) Date {
	if d.IsZero() {
		return d
	}
	lo, hi := NewDate(PlanYears.First, 1, 1), NewDate(PlanYears.Last, 12, 31)
	switch {
	case d.Before(lo):
		return lo
	case d.After(hi):
		return hi
	}
	return d
}

// PlanWindow returns the span of a roadmap holding the dates given (zero
// dates are left out): all of them when they span at most MaxPlanYears,
// else the MaxPlanYears holding the most of them (the earliest such). ok
// is false when no date is given.
func PlanWindow(dates []Date) (first, last Date, ok bool) {
	ds := make([]Date, 0, len(dates))
	for _, d := range dates {
		if !d.IsZero() {
			ds = append(ds, ClampPlanDate(d))
		}
	}
	if len(ds) == 0 {
		return Date{}, Date{}, false
	}
	slices.SortFunc(ds, func(a, b Date) int { return cmp.Compare(a.days, b.days) })
	width := MaxPlanYears * 365
	if ds[0].DaysUntil(ds[len(ds)-1]) <= width {
		return ds[0], ds[len(ds)-1], true
	}
	best, bi, bj := 0, 0, 0
	j := 0
	for i := range ds {
		for j+1 < len(ds) && ds[i].DaysUntil(ds[j+1]) <= width {
			j++
		}
		if n := j - i + 1; n > best {
			best, bi, bj = n, i, j
		}
	}
	return ds[bi], ds[bj], true
}

package timeline

import (
	"fmt"
	"time"

	"canopy/app"
)

// Zoom is the unit of the timeline's axis.
type Zoom int

// The zoom levels, from the finest to the coarsest.
const (
	Weeks Zoom = iota
	Months
	Quarters
	FiscalQuarters
	Years
)

// Zooms lists the zoom levels from the finest to the coarsest.
var Zooms = []Zoom{Weeks, Months, Quarters, FiscalQuarters, Years}

// String names the zoom level as menus show it.
func (z Zoom) String() string {
	switch z {
	case Weeks:
		return "Weeks"
	case Months:
		return "Months"
	case Quarters:
		return "Quarters"
	case FiscalQuarters:
		return "Fiscal quarters"
	case Years:
		return "Years"
	}
	return fmt.Sprintf("Zoom(%d)", int(z))
}

// DayWidth is the default width of one day at the zoom level, in pixels at
// scale 1: a week, a month, a quarter or a year is wide enough for its label.
func (z Zoom) DayWidth() float64 {
	switch z {
	case Weeks:
		return 12 // 84 per week
	case Months:
		return 3.2 // ≈ 97 per month
	case Quarters, FiscalQuarters:
		return 1.3 // ≈ 118 per quarter
	}
	return 0.36 // ≈ 131 per year
}

// months returns the length of the zoom's unit in months (0 for weeks).
func (z Zoom) months() int {
	switch z {
	case Weeks:
		return 0
	case Months:
		return 1
	case Quarters, FiscalQuarters:
		return 3
	}
	return 12
}

// Calendar turns a zoom level into calendar units. FiscalYearStart is the
// month (1–12) the fiscal year starts in; it shifts fiscal quarters only.
type Calendar struct {
	Zoom            Zoom
	FiscalYearStart int
}

// fyStart returns the fiscal year's first month, 1 when unset or invalid.
func (c Calendar) fyStart() int {
	if c.FiscalYearStart < 1 || c.FiscalYearStart > 12 {
		return 1
	}
	return c.FiscalYearStart
}

// UnitStart returns the first day of the unit holding d: the Monday of its
// week, the first of its month, of its (fiscal) quarter or of its year.
func (c Calendar) UnitStart(d app.Date) app.Date {
	if d.IsZero() {
		return d
	}
	t := d.Time()
	switch c.Zoom {
	case Weeks:
		wd := (int(t.Weekday()) + 6) % 7 // Monday 0
		return d.AddDays(-wd)
	case Months:
		return app.NewDate(t.Year(), t.Month(), 1)
	case Quarters:
		m := (int(t.Month())-1)/3*3 + 1
		return app.NewDate(t.Year(), time.Month(m), 1)
	case FiscalQuarters:
		off := (int(t.Month()) - c.fyStart() + 12) % 12 // months since the fiscal year began
		return app.NewDate(t.Year(), t.Month()-time.Month(off%3), 1)
	}
	return app.NewDate(t.Year(), 1, 1)
}

// Add moves d by n units of the zoom level (weeks, months, quarters, years).
func (c Calendar) Add(d app.Date, n int) app.Date {
	if c.Zoom == Weeks {
		return d.AddDays(7 * n)
	}
	return d.AddMonths(n * c.Zoom.months())
}

// Snap returns the unit boundary nearest to d.
func (c Calendar) Snap(d app.Date) app.Date {
	if d.IsZero() {
		return d
	}
	a := c.UnitStart(d)
	b := c.Add(a, 1)
	if a.DaysUntil(d) <= d.DaysUntil(b) {
		return a
	}
	return b
}

// minorLabel is the label of the unit starting on d ("W14", "Apr", "Q2",
// "FQ1", "2027").
func (c Calendar) minorLabel(d app.Date) string {
	t := d.Time()
	switch c.Zoom {
	case Weeks:
		_, w := t.ISOWeek()
		return fmt.Sprintf("W%d · %s", w, t.Format("Jan 2"))
	case Months:
		return t.Format("Jan")
	case Quarters:
		return fmt.Sprintf("Q%d", (int(t.Month())-1)/3+1)
	case FiscalQuarters:
		off := (int(t.Month()) - c.fyStart() + 12) % 12
		return fmt.Sprintf("FQ%d", off/3+1)
	}
	return t.Format("2006")
}

// major returns the start of the major unit holding d (a month for weeks, a
// year for months and quarters, a fiscal year for fiscal quarters, a decade
// for years), the start of the next one, and the major unit's label.
func (c Calendar) major(d app.Date) (start, next app.Date, label string) {
	t := d.Time()
	switch c.Zoom {
	case Weeks:
		start = app.NewDate(t.Year(), t.Month(), 1)
		return start, start.AddMonths(1), t.Format("January 2006")
	case FiscalQuarters:
		fy := c.fyStart()
		y := t.Year()
		if int(t.Month()) < fy {
			y--
		}
		start = app.NewDate(y, time.Month(fy), 1)
		end := y // the fiscal year is named by the calendar year it ends in
		if fy != 1 {
			end = y + 1
		}
		return start, start.AddMonths(12), fmt.Sprintf("FY%d", end)
	case Years:
		y := t.Year() / 10 * 10
		start = app.NewDate(y, 1, 1)
		return start, app.NewDate(y+10, 1, 1), fmt.Sprintf("%ds", y)
	}
	start = app.NewDate(t.Year(), 1, 1)
	return start, app.NewDate(t.Year()+1, 1, 1), t.Format("2006")
}

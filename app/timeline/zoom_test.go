package timeline

import (
	"fmt"
	"strings"
	"testing"

	"canopy/app"
)

func TestCalendarUnits(t *testing.T) {
	d := app.MustDate
	tests := []struct {
		cal               Calendar
		day               string
		start, next, snap string
	}{
		{Calendar{Zoom: Weeks}, "2027-03-10", "2027-03-08", "2027-03-15", "2027-03-08"}, // a Wednesday
		{Calendar{Zoom: Weeks}, "2027-03-12", "2027-03-08", "2027-03-15", "2027-03-15"}, // Friday snaps forward
		{Calendar{Zoom: Weeks}, "2027-03-08", "2027-03-08", "2027-03-15", "2027-03-08"}, // a Monday
		{Calendar{Zoom: Months}, "2027-01-31", "2027-01-01", "2027-02-01", "2027-02-01"},
		{Calendar{Zoom: Months}, "2027-02-14", "2027-02-01", "2027-03-01", "2027-02-01"},
		{Calendar{Zoom: Quarters}, "2027-05-20", "2027-04-01", "2027-07-01", "2027-07-01"},
		{Calendar{Zoom: Quarters}, "2027-12-31", "2027-10-01", "2028-01-01", "2028-01-01"},
		{Calendar{Zoom: FiscalQuarters, FiscalYearStart: 4}, "2027-03-15", "2027-01-01", "2027-04-01", "2027-04-01"},
		{Calendar{Zoom: FiscalQuarters, FiscalYearStart: 2}, "2027-01-15", "2026-11-01", "2027-02-01", "2027-02-01"},
		{Calendar{Zoom: FiscalQuarters, FiscalYearStart: 7}, "2027-07-01", "2027-07-01", "2027-10-01", "2027-07-01"},
		{Calendar{Zoom: FiscalQuarters}, "2027-05-20", "2027-04-01", "2027-07-01", "2027-07-01"}, // unset: calendar quarters
		{Calendar{Zoom: Years}, "2027-06-30", "2027-01-01", "2028-01-01", "2027-01-01"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%v/fy%d/%s", tt.cal.Zoom, tt.cal.FiscalYearStart, tt.day), func(t *testing.T) {
			start := tt.cal.UnitStart(d(tt.day))
			if start.String() != tt.start {
				t.Errorf("UnitStart = %s, want %s", start, tt.start)
			}
			if got := tt.cal.Add(start, 1).String(); got != tt.next {
				t.Errorf("Add(start, 1) = %s, want %s", got, tt.next)
			}
			if got := tt.cal.Snap(d(tt.day)).String(); got != tt.snap {
				t.Errorf("Snap = %s, want %s", got, tt.snap)
			}
		})
	}
}

// TestTicks checks the axis labels each zoom level gives over a range.
func TestTicks(t *testing.T) {
	p := NewPlan(workspace(t), today)
	tests := []struct {
		opt           Options
		minor, majors string
	}{
		{Options{Zoom: Weeks, From: app.MustDate("2027-03-01"), To: app.MustDate("2027-04-12")},
			"W9 · Mar 1|W10 · Mar 8|W11 · Mar 15|W12 · Mar 22|W13 · Mar 29|W14 · Apr 5|W15 · Apr 12", "March 2027|April 2027"},
		{Options{Zoom: Months, From: app.MustDate("2026-11-01"), To: app.MustDate("2027-03-01")},
			"Nov|Dec|Jan|Feb|Mar", "2026|2027"},
		{Options{Zoom: Quarters, From: app.MustDate("2027-01-01"), To: app.MustDate("2028-04-01")},
			"Q1|Q2|Q3|Q4|Q1|Q2", "2027|2028"},
		{Options{Zoom: FiscalQuarters, FiscalYearStart: 4, From: app.MustDate("2027-01-01"), To: app.MustDate("2027-10-01")},
			"FQ4|FQ1|FQ2|FQ3", "FY2027|FY2028"},
		{Options{Zoom: FiscalQuarters, FiscalYearStart: 1, From: app.MustDate("2027-01-01"), To: app.MustDate("2027-07-01")},
			"FQ1|FQ2|FQ3", "FY2027"},
		{Options{Zoom: Years, From: app.MustDate("2026-01-01"), To: app.MustDate("2030-01-01")},
			"2026|2027|2028|2029|2030", "2020s|2030s"},
	}
	for _, tt := range tests {
		t.Run(tt.opt.Zoom.String(), func(t *testing.T) {
			f := p.Frame(tt.opt)
			v := f.View(Rect{X: 0, Y: 0, W: f.Width, H: 100})
			var minor, majors []string
			for i, tk := range v.Ticks {
				minor = append(minor, tk.Label)
				if i > 0 && tk.X != v.Ticks[i-1].X+v.Ticks[i-1].W {
					t.Errorf("tick %s at %.1f does not follow the previous one's end %.1f", tk.Label, tk.X, v.Ticks[i-1].X+v.Ticks[i-1].W)
				}
			}
			for _, tk := range v.Majors {
				majors = append(majors, tk.Label)
			}
			if got := strings.Join(minor, "|"); got != tt.minor {
				t.Errorf("ticks %s, want %s", got, tt.minor)
			}
			if got := strings.Join(majors, "|"); got != tt.majors {
				t.Errorf("majors %s, want %s", got, tt.majors)
			}
			// Every label fits its unit at the default day width (7 px a character).
			for _, tk := range v.Ticks {
				if w := 7 * float64(len([]rune(tk.Label))); w > tk.W {
					t.Errorf("label %q needs %.0f, its unit is %.0f wide", tk.Label, w, tk.W)
				}
			}
		})
	}
}

func TestFrameAutoRange(t *testing.T) {
	p := NewPlan(workspace(t, lane("l1", 1), bar("a", "l1", "02-10", "05-20")), today)
	tests := []struct {
		zoom     Zoom
		from, to string
	}{
		{Weeks, "2027-02-08", "2027-05-24"},
		{Months, "2027-02-01", "2027-06-01"},
		{Quarters, "2027-01-01", "2027-07-01"},
		{Years, "2027-01-01", "2028-01-01"},
	}
	for _, tt := range tests {
		f := p.Frame(Options{Zoom: tt.zoom})
		if f.Opt.From.String() != tt.from || f.Opt.To.String() != tt.to {
			t.Errorf("%v: range %s–%s, want %s–%s", tt.zoom, f.Opt.From, f.Opt.To, tt.from, tt.to)
		}
		if want := float64(f.Opt.From.DaysUntil(f.Opt.To)) * tt.zoom.DayWidth(); f.Width != want {
			t.Errorf("%v: width %.1f, want %.1f", tt.zoom, f.Width, want)
		}
	}
}

package dialogs

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// What the brief's, the roadmap page's and the roadmap image's dialogs share: the sections to
// include, ticked in the document's order, and the range of dates its
// roadmap spans, as the form shows them and as the preferences keep them.

// sectionChecks is a tick box a section of all, in all's order, titled by
// title and ticked when chosen holds it.
type sectionChecks struct {
	all    []app.DocSection
	checks []*widget.Check
}

// newSectionChecks returns the tick boxes of all and their grid.
func newSectionChecks(all, chosen []app.DocSection, title func(app.DocSection) string) (*sectionChecks, fyne.CanvasObject) {
	sc := &sectionChecks{all: all}
	objs := make([]fyne.CanvasObject, len(all))
	for i, s := range all {
		check := widget.NewCheck(title(s), nil)
		check.SetChecked(slices.Contains(chosen, s))
		sc.checks = append(sc.checks, check)
		objs[i] = check
	}
	return sc, container.NewGridWithColumns(2, objs...)
}

// chosen returns the sections ticked, in order; an error when none is.
func (sc *sectionChecks) chosen() ([]app.DocSection, error) {
	out := []app.DocSection{}
	for i, c := range sc.checks {
		if c.Checked {
			out = append(out, sc.all[i])
		}
	}
	if len(out) == 0 {
		return out, fmt.Errorf("choose at least one section")
	}
	return out, nil
}

// dateRange is the pair of fields of a roadmap's first and last day, each
// empty for the months that hold work.
type dateRange struct {
	from, to *widget.Entry
	what     string // what the range bounds, as errors say it: "roadmap"
}

// newDateRange returns the fields set to from and to.
func newDateRange(what, from, to string) *dateRange {
	r := &dateRange{from: widget.NewEntry(), to: widget.NewEntry(), what: what}
	r.from.SetPlaceHolder("first month with work")
	r.from.SetText(from)
	r.to.SetPlaceHolder("last month with work")
	r.to.SetText(to)
	return r
}

// items returns the two rows of a form, labelled from and to ("Roadmap
// from", "Roadmap to").
func (r *dateRange) items(fromLabel, toLabel string) []*widget.FormItem {
	from, to := widget.NewFormItem(fromLabel, r.from), widget.NewFormItem(toLabel, r.to)
	from.HintText, to.HintText = "YYYY-MM-DD, or empty", "YYYY-MM-DD, or empty"
	return []*widget.FormItem{from, to}
}

// dates parses the fields; an error names the field, or says the range
// ends before it starts.
func (r *dateRange) dates() (from, to app.Date, err error) {
	if from, err = app.ParseDate(strings.TrimSpace(r.from.Text)); err != nil {
		return from, to, fmt.Errorf("%s from: %w", r.what, err)
	}
	if to, err = app.ParseDate(strings.TrimSpace(r.to.Text)); err != nil {
		return from, to, fmt.Errorf("%s to: %w", r.what, err)
	}
	if !to.IsZero() && to.Before(from) {
		return from, to, fmt.Errorf("the %s ends (%s) before it starts (%s)", r.what, to, from)
	}
	return from, to, nil
}

// texts returns the fields' text as the preferences keep it.
func (r *dateRange) texts() (from, to string) {
	return strings.TrimSpace(r.from.Text), strings.TrimSpace(r.to.Text)
}

// loadSections returns the sections of all that the preference key lists,
// in all's order; all when it lists none of them.
func loadSections(p fyne.Preferences, key string, all []app.DocSection) []app.DocSection {
	var secs []app.DocSection
	for _, s := range all {
		if slices.Contains(p.StringList(key), string(s)) {
			secs = append(secs, s)
		}
	}
	if len(secs) == 0 {
		return slices.Clone(all)
	}
	return secs
}

// saveSections keeps secs in the preference key.
func saveSections(p fyne.Preferences, key string, secs []app.DocSection) {
	names := make([]string, len(secs))
	for i, s := range secs {
		names[i] = string(s)
	}
	p.SetStringList(key, names)
}

// loadRange returns the dates the preferences fromKey and toKey keep,
// each "" when not a valid date, and both "" for a range ending before it
// starts.
func loadRange(p fyne.Preferences, fromKey, toKey string) (from, to string) {
	day := func(key string) string {
		if d, err := app.ParseDate(strings.TrimSpace(p.String(key))); err == nil && !d.IsZero() {
			return d.String()
		}
		return ""
	}
	from, to = day(fromKey), day(toKey)
	if from != "" && to != "" && to < from {
		return "", ""
	}
	return from, to
}

package insights

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// The first option of each filter, which matches everything.
const (
	allSegments    = "All segments"
	allSources     = "All sources"
	allPersonas    = "All personas"
	allImportances = "Any importance"
	allStates      = "Any state"
	allLinks       = "Linked or not"
	unratedOption  = "Unrated"
	noneOption     = "(none)"
)

// filterBar is the inbox's filters: a text field and a choice for each of
// segment, source, persona, importance, state and linkage.
type filterBar struct {
	env      *page.Env
	changed  func(app.InsightFilter)
	text     *widget.Entry
	segment  *widget.Select
	source   *widget.Select
	persona  *widget.Select
	imp      *widget.Select
	state    *widget.Select
	linked   *widget.Select
	personas map[string]string // persona's option → ID
	obj      fyne.CanvasObject
	muted    bool
}

func newFilterBar(env *page.Env, changed func(app.InsightFilter)) *filterBar {
	f := &filterBar{env: env, changed: changed, personas: map[string]string{}}
	on := func(string) { f.emit() }
	f.text = widget.NewEntry()
	f.text.SetPlaceHolder("Filter by text, customer or tag")
	f.text.OnChanged = on
	f.segment = widget.NewSelect(nil, on)
	f.source = widget.NewSelect(nil, on)
	f.persona = widget.NewSelect(nil, on)
	imps := []string{allImportances}
	for _, i := range app.Importances {
		imps = append(imps, i.Title())
	}
	f.imp = widget.NewSelect(append(imps, unratedOption), on)
	states := []string{allStates}
	for _, s := range app.InsightStates {
		states = append(states, s.Title())
	}
	f.state = widget.NewSelect(states, on)
	f.linked = widget.NewSelect([]string{allLinks, "Linked", "Unlinked"}, on)
	f.muted = true
	for _, s := range []*widget.Select{f.imp, f.state, f.linked} {
		s.SetSelectedIndex(0)
	}
	f.muted = false
	f.refresh()
	f.obj = container.NewVBox(f.text, container.NewGridWithColumns(3, f.segment, f.source, f.persona, f.imp, f.state, f.linked))
	return f
}

// refresh offers the segments, sources and personas in use now, keeping
// what is chosen.
func (f *filterBar) refresh() {
	segs, srcs, _ := app.InsightFacets(f.env.WS)
	f.muted = true
	defer func() { f.muted = false }()
	set := func(s *widget.Select, all string, opts []string) {
		s.Options = append([]string{all}, opts...)
		if s.Selected == "" {
			s.SetSelected(all)
		}
		s.Refresh()
	}
	set(f.segment, allSegments, append(segs, noneOption))
	set(f.source, allSources, append(srcs, noneOption))
	clear(f.personas)
	var ps []string
	for _, per := range f.env.WS.Personas() {
		name := page.TitleOf(per)
		if _, dup := f.personas[name]; dup {
			name += " (" + per.ID + ")"
		}
		f.personas[name] = per.ID
		ps = append(ps, name)
	}
	set(f.persona, allPersonas, append(ps, noneOption))
}

// clear chooses every first option and empties the text.
func (f *filterBar) clear() {
	f.muted = true
	f.text.SetText("")
	for _, s := range []*widget.Select{f.segment, f.source, f.persona, f.imp, f.state, f.linked} {
		s.SetSelectedIndex(0)
	}
	f.muted = false
	f.emit()
}

// emit tells the page the filter as chosen now.
func (f *filterBar) emit() {
	if !f.muted {
		f.changed(f.filter())
	}
}

// filter returns the filter the bar's choices make.
func (f *filterBar) filter() app.InsightFilter {
	var x app.InsightFilter
	x.Text = f.text.Text
	one := func(s *widget.Select, all string, conv func(string) string) []string {
		if s.Selected == "" || s.Selected == all {
			return nil
		}
		if s.Selected == noneOption {
			return []string{""}
		}
		return []string{conv(s.Selected)}
	}
	same := func(s string) string { return s }
	x.Segments = one(f.segment, allSegments, same)
	x.Sources = one(f.source, allSources, same)
	x.Personas = one(f.persona, allPersonas, func(s string) string { return f.personas[s] })
	switch f.imp.Selected {
	case "", allImportances:
	case unratedOption:
		x.Importances = []app.Importance{app.ImportanceUnrated}
	default:
		for _, i := range app.Importances {
			if i.Title() == f.imp.Selected {
				x.Importances = []app.Importance{i}
			}
		}
	}
	for _, s := range app.InsightStates {
		if s.Title() == f.state.Selected {
			x.States = []app.InsightState{s}
		}
	}
	switch f.linked.Selected {
	case "Linked":
		x.Linked = app.LinkedOnly
	case "Unlinked":
		x.Linked = app.Unlinked
	}
	return x
}

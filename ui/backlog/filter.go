package backlog

import (
	"encoding/json"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// anyChoice is the first entry of each filter select: no filtering.
const anyChoice = "Any"

// filterBar edits the backlog filter shared by the board, the list and the
// matrix, and remembers it per workspace in the preferences.
type filterBar struct {
	ws     *app.Workspace
	prefs  fyne.Preferences
	key    string
	filter app.Filter
	onSet  func(app.Filter)

	text                                *widget.Entry
	textBox                             *fyne.Container // the text, at a width to type in
	typ, tag, assignee, init, rel, must *widget.Select
	blocked                             *widget.Check
	fields                              []fieldFilter // custom fields (filter_fields.go)
	clear                               *widget.Button
	box                                 *fyne.Container // every filter, in lines that wrap
	loading                             bool
}

func newFilterBar(ws *app.Workspace, prefs fyne.Preferences, dir string, onSet func(app.Filter)) *filterBar {
	b := &filterBar{ws: ws, prefs: prefs, key: page.PrefBacklogFilter(dir), onSet: onSet}
	if prefs != nil {
		if raw := prefs.String(b.key); raw != "" {
			json.Unmarshal([]byte(raw), &b.filter) // a damaged preference only loses the filter
		}
	}
	b.text = widget.NewEntry()
	b.text.SetPlaceHolder("Filter by text…")
	b.text.OnChanged = func(s string) { b.filter.Text = s; b.changed() }
	sel := func(set func(string)) *widget.Select {
		s := widget.NewSelect(nil, func(v string) { set(v); b.changed() })
		return s
	}
	b.typ = sel(func(v string) { b.filter.Types = one(app.ItemType(v), v) })
	b.tag = sel(func(v string) { b.filter.Tags = one(v, v) })
	b.assignee = sel(func(v string) { b.filter.Assignees = one(v, v) })
	b.init = sel(func(v string) { b.filter.Initiatives = one(b.initiativeID(v), v) })
	b.rel = sel(func(v string) { b.filter.Releases = one(b.releaseID(v), v) })
	b.must = sel(func(v string) { b.filter.MoSCoW = one(app.MoSCoW(v), v) })
	b.blocked = widget.NewCheck("Blocked", func(on bool) { b.filter.BlockedOnly = on; b.changed() })
	b.clear = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() {
		b.filter = app.Filter{}
		b.load()
		b.changed()
	})
	// The bar wraps on a narrow window instead of widening it or making it
	// taller than it needs; the custom fields' selects join it after
	// MoSCoW (filter_fields.go).
	b.textBox = page.Sized(240, b.text)
	b.box = page.NewFlow()
	b.refresh()
	return b
}

// one returns a one-value filter, or none for "Any".
func one[T any](v T, label string) []T {
	if label == anyChoice || label == "" {
		return nil
	}
	return []T{v}
}

func (b *filterBar) changed() {
	if b.loading {
		return
	}
	if b.prefs != nil {
		if raw, err := json.Marshal(b.filter); err == nil {
			b.prefs.SetString(b.key, string(raw))
		}
	}
	if b.onSet != nil {
		b.onSet(b.filter)
	}
}

// refresh fills the selects with the values the workspace holds now.
func (b *filterBar) refresh() {
	var types, moscow []string
	for _, t := range app.ItemTypes {
		types = append(types, string(t))
	}
	for _, m := range app.MoSCoWs {
		moscow = append(moscow, string(m))
	}
	tags, people := map[string]bool{}, map[string]bool{}
	for _, it := range b.ws.Items() {
		for _, t := range it.Tags {
			tags[t] = true
		}
		if it.Assignee != "" {
			people[it.Assignee] = true
		}
	}
	var inits, rels []string
	for _, in := range b.ws.Initiatives() {
		inits = append(inits, in.Name)
	}
	for _, r := range b.ws.Releases() {
		rels = append(rels, r.Name)
	}
	b.typ.Options = withAny(types)
	b.tag.Options = withAny(sortedKeys(tags))
	b.assignee.Options = withAny(sortedKeys(people))
	b.init.Options = withAny(inits)
	b.rel.Options = withAny(rels)
	b.must.Options = withAny(moscow)
	b.typ.PlaceHolder, b.tag.PlaceHolder, b.assignee.PlaceHolder = "Type", "Tag", "Assignee"
	b.init.PlaceHolder, b.rel.PlaceHolder, b.must.PlaceHolder = "Initiative", "Release", "MoSCoW"
	b.refreshFields()
	b.load()
}

// load shows the filter in the widgets without reporting it as a change.
func (b *filterBar) load() {
	b.loading = true
	defer func() { b.loading = false }()
	b.text.SetText(b.filter.Text)
	pick := func(s *widget.Select, v string) {
		if v == "" {
			s.ClearSelected()
		} else {
			s.SetSelected(v)
		}
	}
	pick(b.typ, first(b.filter.Types, func(t app.ItemType) string { return string(t) }))
	pick(b.tag, first(b.filter.Tags, func(s string) string { return s }))
	pick(b.assignee, first(b.filter.Assignees, func(s string) string { return s }))
	pick(b.init, first(b.filter.Initiatives, func(id string) string {
		if in, ok := b.ws.Initiative(id); ok {
			return in.Name
		}
		return ""
	}))
	pick(b.rel, first(b.filter.Releases, func(id string) string {
		if r, ok := b.ws.Release(id); ok {
			return r.Name
		}
		return ""
	}))
	pick(b.must, first(b.filter.MoSCoW, func(m app.MoSCoW) string { return string(m) }))
	b.blocked.SetChecked(b.filter.BlockedOnly)
	b.loadFields()
}

func first[T any](vs []T, name func(T) string) string {
	if len(vs) == 0 {
		return ""
	}
	return name(vs[0])
}

func (b *filterBar) initiativeID(name string) string {
	for _, in := range b.ws.Initiatives() {
		if in.Name == name {
			return in.ID
		}
	}
	return ""
}

func (b *filterBar) releaseID(name string) string {
	for _, r := range b.ws.Releases() {
		if r.Name == name {
			return r.ID
		}
	}
	return ""
}

func withAny(vs []string) []string { return append([]string{anyChoice}, vs...) }

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

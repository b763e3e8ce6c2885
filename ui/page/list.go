package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// List is a section's master list of entities beside the editor of the
// one selected. The list is virtual: it holds widgets only for the rows
// in sight, so 10 000 items scroll as fast as ten.
type List struct {
	sec *Section
	env *Env

	keys     []app.Key
	selected app.Key
	list     *widget.List
	add      *widget.Button
	editor   Editor
	detail   *fyne.Container
	// single: the section has one entity and no Add (Settings), shown
	// without a list.
	single bool
	empty  *widget.Label
	// Content is the list beside the editor (the editor alone for Settings).
	Content fyne.CanvasObject
}

// NewList returns the list of the section's entities beside an editor.
func NewList(sec *Section, env *Env) *List {
	v := &List{sec: sec, env: env, detail: container.NewStack(), empty: widget.NewLabel("Select something on the left, or add one.")}
	v.empty.Importance = widget.LowImportance
	v.list = widget.NewList(
		func() int { return len(v.keys) },
		func() fyne.CanvasObject {
			kind := widget.NewLabel("Initiative")
			kind.Importance = widget.LowImportance
			title := widget.NewLabel("")
			title.Truncation = fyne.TextTruncateEllipsis
			note := widget.NewLabel("")
			note.Importance = widget.LowImportance
			return container.NewBorder(nil, nil, kind, note, title)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			title, kind, note := row.Objects[0].(*widget.Label), row.Objects[1].(*widget.Label), row.Objects[2].(*widget.Label)
			k := v.keys[id]
			e, ok := env.WS.Get(k)
			if !ok {
				return
			}
			kind.SetText(k.Kind.Title())
			kind.Hidden = len(sec.Adds) < 2
			title.SetText(TitleOf(e))
			note.SetText(SubtitleOf(e))
		},
	)
	v.list.OnSelected = func(id widget.ListItemID) { v.onSelect(v.keys[id]) }
	if keys := sec.Keys(env.WS); len(sec.Adds) == 0 && len(keys) == 1 {
		// One entity and nothing to add (Settings): its editor is the page,
		// with no list of one to pick it from.
		v.single = true
		v.Content = v.detail
		v.Refresh()
		v.onSelect(keys[0])
		return v
	}
	var top fyne.CanvasObject = widget.NewLabel("")
	if len(sec.Adds) > 0 {
		v.add = widget.NewButtonWithIcon("Add", theme.ContentAddIcon(), v.onAdd)
		top = v.add
	}
	split := container.NewHSplit(container.NewBorder(top, nil, nil, nil, v.list), v.detail)
	split.Offset = 0.36
	v.Content = split
	v.Refresh()
	return v
}

// onAdd creates an entity of the section's kind, or asks which kind.
func (v *List) onAdd() {
	if len(v.sec.Adds) == 1 {
		v.create(v.sec.Adds[0])
		return
	}
	items := make([]*fyne.MenuItem, len(v.sec.Adds))
	for i, k := range v.sec.Adds {
		items[i] = fyne.NewMenuItem("Add "+k.Singular(), func() { v.create(k) })
	}
	widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", items...), v.env.Window.Canvas(),
		fyne.NewPos(0, v.add.Size().Height), v.add)
}

// create adds a new entity with a placeholder name and opens its editor.
func (v *List) create(k app.Kind) {
	e := newEntity(k, v.env.WS)
	if err := v.env.Do(app.Create(e)); err != nil {
		return
	}
	v.Refresh()
	v.Show(app.KeyOf(e))
}

// newEntity returns a new entity of kind k that the rules accept.
func newEntity(k app.Kind, ws *app.Workspace) app.Entity {
	switch k {
	case app.KindPersona:
		return &app.Persona{Name: "New persona", Order: float64(ws.Count(k) + 1)}
	case app.KindGoal:
		return &app.Goal{Title: "New goal", Order: float64(ws.Count(k) + 1)}
	case app.KindCompetitor:
		return &app.Competitor{Name: "New competitor"}
	case app.KindRisk:
		return &app.Risk{Description: "New risk"}
	case app.KindLane:
		return &app.Lane{Name: "New lane", Order: float64(ws.Count(k) + 1)}
	case app.KindInitiative:
		return &app.Initiative{Name: "New initiative", Status: app.InitiativePlanned, Horizon: app.HorizonLater}
	case app.KindMilestone:
		return &app.Milestone{Name: "New milestone", Date: ws.Today()}
	case app.KindRelease:
		return &app.Release{Name: "New release"}
	}
	return &app.Item{Type: app.TypeStory, Title: "New story", Status: app.StatusNew}
}

// onSelect shows the editor of k.
func (v *List) onSelect(k app.Key) {
	if k == v.selected && v.editor != nil {
		return
	}
	v.selected = k
	v.editor = v.env.NewEditor(v.env, k)
	v.detail.Objects = []fyne.CanvasObject{v.editor.Object()}
	v.detail.Refresh()
}

// Show selects k in the list and opens its editor.
func (v *List) Show(k app.Key) {
	if v.single {
		v.onSelect(k)
		return
	}
	for i, key := range v.keys {
		if key == k {
			v.list.Select(i)
			v.list.ScrollTo(i)
			return
		}
	}
}

// Refresh reloads the list and the editor after a change.
func (v *List) Refresh() {
	v.keys = v.sec.Keys(v.env.WS)
	if v.add != nil {
		if v.env.ReadOnly() {
			v.add.Disable()
		} else {
			v.add.Enable()
		}
	}
	v.list.Refresh()
	if v.editor != nil {
		if _, ok := v.env.WS.Get(v.selected); ok {
			v.editor.Refresh()
		} else {
			v.editor, v.selected = nil, app.Key{}
			v.list.UnselectAll()
		}
	}
	if v.editor == nil {
		v.detail.Objects = []fyne.CanvasObject{container.NewCenter(v.empty)}
		v.detail.Refresh()
	}
}

// Selected returns the key of the entity whose editor is open, if any.
func (v *List) Selected() app.Key { return v.selected }

// ListPage is a section that is only a List (Settings).
type ListPage struct{ *List }

// NewListPage returns the page of sec's list; it subscribes itself.
func NewListPage(sec *Section, env *Env, _ Host) Page {
	p := &ListPage{NewList(sec, env)}
	Subscribe(env, p)
	return p
}

// Object returns the list beside its editor.
func (p *ListPage) Object() fyne.CanvasObject { return p.Content }

// Refresh follows a change.
func (p *ListPage) Refresh(app.Change) { p.List.Refresh() }

// Kinds is nil: the editors read every kind.
func (p *ListPage) Kinds() []app.Kind { return nil }

// SetShown does nothing: the list is always up to date.
func (p *ListPage) SetShown(bool) {}

// Keys returns the keys listed, in order.
func (v *List) Keys() []app.Key { return v.keys }

// AddButton returns the Add button, or nil when the section adds nothing.
func (v *List) AddButton() *widget.Button { return v.add }

// Editor returns the editor open beside the list, or nil.
func (v *List) Editor() Editor { return v.editor }

// Section returns the section the list belongs to.
func (v *List) Section() *Section { return v.sec }

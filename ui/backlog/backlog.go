package backlog

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"canopy/app"
	"canopy/ui/backlog/board"
	"canopy/ui/backlog/prioritize"
	"canopy/ui/page"
)

// Section is the sidebar's Backlog.
func Section() *page.Section {
	return &page.Section{ID: page.Backlog, Title: "Backlog", Lists: []app.Kind{app.KindItem}, Adds: []app.Kind{app.KindItem},
		Keys: func(ws *app.Workspace) []app.Key { return page.KeysOf(ws.Items()) },
		New: func(sec *page.Section, env *page.Env, host page.Host) page.Page {
			return newBacklogView(sec, env, host.Prefs, host.Dir)
		}}
}

// filtered is a view of the backlog that follows the filter bar.
type filtered interface {
	Object() fyne.CanvasObject
	Refresh()
	SetFilter(app.Filter)
}

// backlogView is the product owner's lens: the filter bar over the board,
// the prioritized list, the value/effort matrix and the item editor.
//
// An edit refreshes only the view in sight (ranking 10 000 items for the
// prioritized list alone takes ~16 ms); the others, and all of them while
// the section is out of sight, note that they are stale and catch up when
// shown. The item list and the filter bar follow every change.
type backlogView struct {
	filter  *filterBar
	board   *board.Board
	views   []filtered
	lazy    *page.Lazy
	env     *page.Env
	items   *page.List
	tabs    *container.AppTabs
	content fyne.CanvasObject
}

func newBacklogView(sec *page.Section, env *page.Env, prefs fyne.Preferences, dir string) *backlogView {
	v := &backlogView{env: env, items: page.NewList(sec, env), board: board.New(env)}
	v.tabs = container.NewAppTabs()
	v.lazy = page.NewLazy(func(i int) bool { return i == v.tabs.SelectedIndex() })
	for _, t := range []struct {
		title string
		view  filtered
	}{
		{"Board", v.board},
		{"Prioritized", prioritize.NewList(env)},
		{"Value vs effort", prioritize.NewMatrix(env)},
		{"Release capacity", unfiltered{prioritize.NewReleaseCapacity(env)}},
	} {
		v.views = append(v.views, t.view)
		v.lazy.Add(t.view.Refresh)
		v.tabs.Append(page.TabItem(t.title, t.view.Object()))
	}
	v.tabs.OnSelected = func(*container.TabItem) { v.lazy.CatchUp() }
	v.tabs.Append(page.TabItem("Items", v.items.Content))
	v.filter = newFilterBar(env.WS, prefs, dir, func(f app.Filter) {
		for _, view := range v.views {
			view.SetFilter(f)
		}
	})
	for _, view := range v.views {
		view.SetFilter(v.filter.filter)
	}
	v.content = container.NewBorder(container.NewPadded(v.filter.box), nil, nil, nil, page.LegibleTabs(v.tabs))
	page.Subscribe(env, v)
	return v
}

// Object returns the filter bar over the tabs.
func (v *backlogView) Object() fyne.CanvasObject { return v.content }

// Kinds are what the views, the filter bar and the item editor read: the
// items, their initiatives, goals and releases, and the product's scoring
// model.
func (v *backlogView) Kinds() []app.Kind {
	return []app.Kind{app.KindItem, app.KindInitiative, app.KindRelease, app.KindGoal, app.KindProduct, app.KindInsight}
}

// Refresh follows a change of the workspace: the view in sight now, the
// others when shown; the item list and the filter bar at once.
func (v *backlogView) Refresh(app.Change) {
	v.lazy.Changed()
	v.items.Refresh()
	v.filter.refresh()
}

// SetShown tells the view whether its section is in sight; shown, it
// catches up.
func (v *backlogView) SetShown(on bool) { v.lazy.SetShown(on) }

// Show opens the item's editor.
func (v *backlogView) Show(k app.Key) {
	v.tabs.SelectIndex(len(v.tabs.Items) - 1)
	v.items.Show(k)
}

// unfiltered is a view that shows the whole backlog whatever the filter.
type unfiltered struct {
	view interface {
		Object() fyne.CanvasObject
		Refresh()
	}
}

func (u unfiltered) Object() fyne.CanvasObject { return u.view.Object() }
func (u unfiltered) Refresh()                  { u.view.Refresh() }
func (u unfiltered) SetFilter(app.Filter)      {}

// AddNew makes a new item (Ctrl+N): on the board into its New column,
// which asks for the title; elsewhere a placeholder opened in its editor.
func (v *backlogView) AddNew() {
	if v.tabs.SelectedIndex() == 0 {
		v.board.NewItemIn(app.StatusNew)
		return
	}
	e := page.NewEntity(app.KindItem, v.env.WS)
	if v.env.Do(app.Create(e)) != nil {
		return
	}
	v.Show(app.KeyOf(e))
}

// Tabs returns the section's tabs: the board, the prioritized list, the
// matrix, the release capacity and the items.
func (v *backlogView) Tabs() *container.AppTabs { return v.tabs }

// Items returns the list of items beside the item editor.
func (v *backlogView) Items() *page.List { return v.items }

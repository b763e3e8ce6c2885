package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"canopy/app"
	"canopy/ui/board"
	"canopy/ui/edit"
	"canopy/ui/prioritize"
)

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
// shown.
type backlogView struct {
	filter  *filterBar
	board   *board.Board
	views   []filtered
	stale   []bool
	shown   bool
	items   *listView
	tabs    *container.AppTabs
	content fyne.CanvasObject
}

func newBacklogView(sec *section, env *edit.Env, prefs fyne.Preferences, dir string) *backlogView {
	v := &backlogView{items: newListView(sec, env), board: board.New(env)}
	v.tabs = container.NewAppTabs()
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
		v.stale = append(v.stale, false)
		v.tabs.Append(container.NewTabItem(t.title, t.view.Object()))
	}
	v.tabs.OnSelected = func(*container.TabItem) { v.catchUp() }
	v.tabs.Append(container.NewTabItem("Items", v.items.content))
	v.filter = newFilterBar(env.WS, prefs, dir, func(f app.Filter) {
		for _, view := range v.views {
			view.SetFilter(f)
		}
	})
	for _, view := range v.views {
		view.SetFilter(v.filter.filter)
	}
	v.content = container.NewBorder(container.NewPadded(v.filter.box), nil, nil, nil, v.tabs)
	return v
}

// refresh follows a change of the workspace: the view in sight now, the
// others when shown.
func (v *backlogView) refresh() {
	for i := range v.stale {
		v.stale[i] = true
	}
	v.catchUp()
	v.items.refresh()
}

// catchUp refreshes the view in sight if it missed a change.
func (v *backlogView) catchUp() {
	if i := v.tabs.SelectedIndex(); v.shown && i >= 0 && i < len(v.views) && v.stale[i] {
		v.stale[i] = false
		v.views[i].Refresh()
	}
}

// setShown tells the view whether its section is in sight; shown, it
// catches up.
func (v *backlogView) setShown(on bool) {
	v.shown = on
	v.catchUp()
}

// show opens the item's editor.
func (v *backlogView) show(k app.Key) {
	v.tabs.SelectIndex(len(v.tabs.Items) - 1)
	v.items.show(k)
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

package roadmap

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"canopy/app"
	"canopy/app/timeline"
	"canopy/ui/page"
)

// roadmapView is the product manager's roadmap section: the timeline with
// its tray of undated work, the Now / Next / Later board, and the list of
// lanes, initiatives and milestones beside their editors (risks live in
// Strategy ▸ Risks).
//
// While the section is out of sight it does not follow the workspace's
// changes (the timeline's plan costs milliseconds at thousands of
// initiatives): it notes that it is stale and catches up when shown. While
// in sight, with its timeline tab open, the timeline's zoom shortcuts work
// from anywhere in the window.
type roadmapView struct {
	timeline *View
	// beside is the editor of an initiative or a milestone shown in the
	// tray's place, so that its bar moves as it is edited.
	beside   *page.SidePanel
	horizons *Horizons
	items    *page.List
	// lazy refreshes the timeline, the horizons and the editor beside
	// them only while the section is in sight.
	lazy    *page.Lazy
	timeTab *container.TabItem
	listTab *container.TabItem
	tabs    *container.AppTabs
	content fyne.CanvasObject

	win fyne.Window
	// shown is set while the section is in sight, as the shell tells it.
	shown bool
	// root is the window's content when the section was shown: a view left
	// behind by a session replaced in the window answers no shortcut.
	root fyne.CanvasObject
}

// Section is the sidebar's Roadmap. Risks live in Strategy ▸ Risks, not in
// its list.
func Section() *page.Section {
	return &page.Section{ID: page.Roadmap, Title: "Roadmap",
		Lists: []app.Kind{app.KindLane, app.KindInitiative, app.KindMilestone},
		Adds:  []app.Kind{app.KindInitiative, app.KindLane, app.KindMilestone},
		Keys: func(ws *app.Workspace) []app.Key {
			out := page.KeysOf(ws.Lanes())
			out = append(out, page.KeysOf(ws.Initiatives())...)
			return append(out, page.KeysOf(ws.Milestones())...)
		},
		New: func(sec *page.Section, env *page.Env, host page.Host) page.Page {
			return newRoadmapView(sec, env, host.Prefs)
		}}
}

func newRoadmapView(sec *page.Section, env *page.Env, prefs fyne.Preferences) *roadmapView {
	v := &roadmapView{timeline: New(env), horizons: NewHorizons(env), items: page.NewList(sec, env), win: env.Window}
	v.beside = page.NewEditorPanel(env)
	v.beside.Reveal = func() { v.timeline.ShowBeside(v.beside.Panel) }
	v.beside.Conceal = v.timeline.HideBeside
	v.timeline.Timeline.OnEscape = func() { v.beside.CloseIfOpen() }
	v.lazy = page.NewLazy(nil)
	v.lazy.Add(func() {
		v.timeline.Refresh()
		v.horizons.Refresh()
		v.beside.Refresh()
	})
	if prefs != nil {
		// The view the user left, then remember each change.
		z := v.timeline.Timeline.Zoom()
		for _, known := range timeline.Zooms {
			if known.String() == prefs.String(page.PrefRoadmapZoom) {
				z = known
			}
		}
		v.timeline.SetView(z, prefs.Bool(page.PrefRoadmapByGoal))
		v.timeline.OnViewChange = func(z timeline.Zoom, byGoal bool) {
			prefs.SetString(page.PrefRoadmapZoom, z.String())
			prefs.SetBool(page.PrefRoadmapByGoal, byGoal)
		}
		v.timeline.SetForecast(prefs.Bool(page.PrefRoadmapForecast))
		v.timeline.OnForecastChange = func(on bool) { prefs.SetBool(page.PrefRoadmapForecast, on) }
	}
	v.timeTab = page.TabItem("Timeline", v.timeline.Object())
	v.listTab = page.TabItem("Lanes, initiatives, milestones", v.items.Content)
	v.tabs = container.NewAppTabs(
		v.timeTab,
		page.TabItem("Now / Next / Later", v.horizons.Object()),
		v.listTab,
	)
	v.content = page.LegibleTabs(v.tabs)
	page.Subscribe(env, v)
	return v
}

// Object returns the section's tabs.
func (v *roadmapView) Object() fyne.CanvasObject { return v.content }

// Kinds are what the timeline, its progress and colours, the horizons and
// the editors read.
func (v *roadmapView) Kinds() []app.Kind {
	return []app.Kind{app.KindLane, app.KindInitiative, app.KindMilestone, app.KindGoal, app.KindItem, app.KindRelease, app.KindProduct, app.KindInsight}
}

// Refresh follows a change of the workspace: the list at once, the
// timeline now if in sight, else when shown.
func (v *roadmapView) Refresh(app.Change) {
	v.lazy.Changed()
	v.items.Refresh()
}

// SetShown tells the view whether its section is in sight: shown, it
// catches up with the changes it missed and registers the zoom shortcuts
// on the window; hidden, it takes them away.
func (v *roadmapView) SetShown(on bool) {
	if on == v.shown {
		return
	}
	v.shown = on
	v.lazy.SetShown(on)
	if v.win == nil {
		return
	}
	c := v.win.Canvas()
	if !on {
		for _, sc := range ZoomShortcuts() {
			c.RemoveShortcut(sc)
		}
		return
	}
	v.root = c.Content()
	for _, sc := range ZoomShortcuts() {
		c.AddShortcut(sc, v.onZoomShortcut)
	}
}

// onZoomShortcut zooms the timeline, or scrolls it to today, when it is in
// sight: the section shown in this window, on its timeline tab.
func (v *roadmapView) onZoomShortcut(sc fyne.Shortcut) {
	if !v.shown || v.tabs.Selected() != v.timeTab || v.win.Canvas().Content() != v.root {
		return
	}
	v.timeline.ZoomShortcut(sc)
}

// Show opens the entity's editor: an initiative's or a milestone's beside
// the timeline (a double-click on its bar, Find, a goal's link), a lane's
// in the list tab.
func (v *roadmapView) Show(k app.Key) {
	if k.Kind == app.KindInitiative || k.Kind == app.KindMilestone {
		v.tabs.Select(v.timeTab)
		v.beside.Show(k)
		return
	}
	v.tabs.Select(v.listTab)
	v.items.Show(k)
}

// ClosePanel closes the editor beside the timeline, if open.
func (v *roadmapView) ClosePanel() bool { return v.beside.CloseIfOpen() }

// Timeline returns the timeline with its tray.
func (v *roadmapView) Timeline() *View { return v.timeline }

// Beside returns the panel of the editor shown in the tray's place.
func (v *roadmapView) Beside() *page.SidePanel { return v.beside }

// Tabs returns the section's tabs; TimelineTab and ListTab two of them.
func (v *roadmapView) Tabs() *container.AppTabs { return v.tabs }

// TimelineTab returns the timeline's tab.
func (v *roadmapView) TimelineTab() *container.TabItem { return v.timeTab }

// ListTab returns the tab of the lanes, initiatives and milestones.
func (v *roadmapView) ListTab() *container.TabItem { return v.listTab }

// Items returns the list of lanes, initiatives and milestones.
func (v *roadmapView) Items() *page.List { return v.items }

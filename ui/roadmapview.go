package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"canopy/app"
	"canopy/app/timeline"
	"canopy/ui/edit"
	"canopy/ui/roadmap"
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
	timeline *roadmap.View
	// beside is the editor of an initiative or a milestone shown in the
	// tray's place, so that its bar moves as it is edited.
	beside   *sidePanel
	horizons *roadmap.Horizons
	items    *listView
	timeTab  *container.TabItem
	listTab  *container.TabItem
	tabs     *container.AppTabs
	content  fyne.CanvasObject

	win fyne.Window
	// shown is set while the section is in sight, as the shell tells it;
	// stale when a change came while it was not.
	shown, stale bool
	// root is the window's content when the section was shown: a view left
	// behind by a session replaced in the window answers no shortcut.
	root fyne.CanvasObject
}

// The preferences holding the roadmap's view: its zoom, by name, and
// whether bars are coloured by goal.
const (
	PrefRoadmapZoom   = "roadmapZoom"
	PrefRoadmapByGoal = "roadmapColourByGoal"
)

func newRoadmapView(sec *section, env *edit.Env, prefs fyne.Preferences) *roadmapView {
	v := &roadmapView{timeline: roadmap.New(env), horizons: roadmap.NewHorizons(env), items: newListView(sec, env), win: env.Window}
	v.beside = newEditorPanel(env)
	v.beside.reveal = func() { v.timeline.ShowBeside(v.beside.panel) }
	v.beside.conceal = v.timeline.HideBeside
	v.timeline.Timeline.OnEscape = func() { v.beside.closeIfOpen() }
	if prefs != nil {
		// The view the user left, then remember each change.
		z := v.timeline.Timeline.Zoom()
		for _, known := range timeline.Zooms {
			if known.String() == prefs.String(PrefRoadmapZoom) {
				z = known
			}
		}
		v.timeline.SetView(z, prefs.Bool(PrefRoadmapByGoal))
		v.timeline.OnViewChange = func(z timeline.Zoom, byGoal bool) {
			prefs.SetString(PrefRoadmapZoom, z.String())
			prefs.SetBool(PrefRoadmapByGoal, byGoal)
		}
	}
	v.timeTab = container.NewTabItem("Timeline", v.timeline.Object())
	v.listTab = container.NewTabItem("Lanes, initiatives, milestones", v.items.content)
	v.tabs = container.NewAppTabs(
		v.timeTab,
		container.NewTabItem("Now / Next / Later", v.horizons.Object()),
		v.listTab,
	)
	v.content = v.tabs
	return v
}

// refresh follows a change of the workspace; the list is refreshed with the
// shell's other list views. Out of sight, it only notes the change.
func (v *roadmapView) refresh() {
	if !v.shown {
		v.stale = true
		return
	}
	v.timeline.Refresh()
	v.horizons.Refresh()
	v.beside.refresh()
}

// setShown tells the view whether its section is in sight: shown, it
// catches up with the changes it missed and registers the zoom shortcuts
// on the window; hidden, it takes them away.
func (v *roadmapView) setShown(on bool) {
	if on == v.shown {
		return
	}
	v.shown = on
	if v.win == nil {
		return
	}
	c := v.win.Canvas()
	if !on {
		for _, sc := range roadmap.ZoomShortcuts() {
			c.RemoveShortcut(sc)
		}
		return
	}
	if v.stale {
		v.stale = false
		v.refresh()
	}
	v.root = c.Content()
	for _, sc := range roadmap.ZoomShortcuts() {
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

// show opens the entity's editor: an initiative's or a milestone's beside
// the timeline (a double-click on its bar, Find, a goal's link), a lane's
// in the list tab.
func (v *roadmapView) show(k app.Key) {
	if k.Kind == app.KindInitiative || k.Kind == app.KindMilestone {
		v.tabs.Select(v.timeTab)
		v.beside.show(k)
		return
	}
	v.tabs.Select(v.listTab)
	v.items.show(k)
}

// closePanel closes the editor beside the timeline, if open.
func (v *roadmapView) closePanel() bool { return v.beside.closeIfOpen() }

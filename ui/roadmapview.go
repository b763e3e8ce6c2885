package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
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
	beside   *besidePanel
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

func newRoadmapView(sec *section, env *edit.Env) *roadmapView {
	v := &roadmapView{timeline: roadmap.New(env), horizons: roadmap.NewHorizons(env), items: newListView(sec, env), win: env.Window}
	v.beside = newBesidePanel(env, v.timeline)
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

// besidePanel is the editor shown beside the timeline in the tray's place,
// with a Close button that brings the tray back.
type besidePanel struct {
	env    *edit.Env
	view   *roadmap.View
	key    app.Key
	editor edit.Editor
	box    *fyne.Container
	panel  fyne.CanvasObject
}

func newBesidePanel(env *edit.Env, view *roadmap.View) *besidePanel {
	p := &besidePanel{env: env, view: view, box: container.NewStack()}
	closeBtn := widget.NewButtonWithIcon("Close", theme.CancelIcon(), p.close)
	closeBtn.Importance = widget.LowImportance
	// An editor wider than its part of the window scrolls sideways rather
	// than squeezing the timeline; Close stays in sight above it.
	p.panel = container.NewBorder(container.NewHBox(layout.NewSpacer(), closeBtn), nil, nil, nil, container.NewHScroll(p.box))
	return p
}

// show opens the editor of k beside the timeline.
func (p *besidePanel) show(k app.Key) {
	if p.editor == nil || p.key != k {
		p.key, p.editor = k, newEditor(p.env, k)
		p.box.Objects = []fyne.CanvasObject{p.editor.Object()}
		p.box.Refresh()
	}
	p.view.ShowBeside(p.panel)
}

// close puts the tray back.
func (p *besidePanel) close() {
	p.editor, p.key = nil, app.Key{}
	p.box.Objects = nil
	p.view.HideBeside()
}

// refresh follows a change: the editor shows the entity as it is now, or
// the panel closes when the entity is gone.
func (p *besidePanel) refresh() {
	if p.editor == nil {
		return
	}
	if _, ok := p.env.WS.Get(p.key); !ok {
		p.close()
		return
	}
	p.editor.Refresh()
}

// shown returns the key of the entity beside the timeline, if any.
func (p *besidePanel) shown() (app.Key, bool) { return p.key, p.editor != nil }

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"canopy/app"
	"canopy/ui/edit"
	"canopy/ui/roadmap"
)

// roadmapView is the product manager's roadmap section: the timeline with
// its tray of undated work, the Now / Next / Later board, and the list of
// lanes, initiatives and milestones beside their editors (risks live in
// Strategy ▸ Risks).
type roadmapView struct {
	timeline *roadmap.View
	horizons *roadmap.Horizons
	items    *listView
	listTab  *container.TabItem
	tabs     *container.AppTabs
	content  fyne.CanvasObject
}

func newRoadmapView(sec *section, env *edit.Env) *roadmapView {
	v := &roadmapView{timeline: roadmap.New(env), horizons: roadmap.NewHorizons(env), items: newListView(sec, env)}
	v.listTab = container.NewTabItem("Lanes, initiatives, milestones", v.items.content)
	v.tabs = container.NewAppTabs(
		container.NewTabItem("Timeline", v.timeline.Object()),
		container.NewTabItem("Now / Next / Later", v.horizons.Object()),
		v.listTab,
	)
	v.content = v.tabs
	return v
}

// refresh follows a change of the workspace; the list is refreshed with the
// shell's other list views.
func (v *roadmapView) refresh() {
	v.timeline.Refresh()
	v.horizons.Refresh()
}

// show opens the entity's editor in the list tab.
func (v *roadmapView) show(k app.Key) {
	v.tabs.Select(v.listTab)
	v.items.show(k)
}

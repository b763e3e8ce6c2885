package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"canopy/app"
)

// Tabbed is a section made of tabs, with the editor of what they open in a
// SidePanel beside them. A change refreshes the tab in sight, then the
// panel; the other tabs catch up when they are selected (the Goals tab of
// 2 000 initiatives costs tens of milliseconds, which an edit on the
// Strategy tab need not pay), and the whole section when shown. Sections
// embed it and add Show, which knows which tab shows what, and Kinds.
type Tabbed struct {
	Tabs  *container.AppTabs
	Panel *SidePanel
	lazy  *Lazy
}

// NewTabbed returns a section without tabs yet.
func NewTabbed(env *Env) *Tabbed {
	v := &Tabbed{Tabs: container.NewAppTabs()}
	v.Panel = WithSidePanel(env, LegibleTabs(v.Tabs))
	v.lazy = NewLazy(func(i int) bool { return i == v.Tabs.SelectedIndex() })
	v.Tabs.OnSelected = func(*container.TabItem) { v.lazy.CatchUp() }
	return v
}

// AddTab appends a tab showing content, which refresh brings up to date.
func (v *Tabbed) AddTab(title string, content fyne.CanvasObject, refresh func()) {
	v.Tabs.Append(TabItem(title, content))
	v.lazy.Add(refresh)
}

// Object returns the tabs beside the panel.
func (v *Tabbed) Object() fyne.CanvasObject { return v.Panel.Split }

// Refresh follows a change: the tab in sight now, the others when shown.
func (v *Tabbed) Refresh(app.Change) {
	v.lazy.Changed()
	if v.lazy.Shown() {
		v.Panel.Refresh()
	}
}

// SetShown tells the section whether it is in sight; shown, it catches up.
func (v *Tabbed) SetShown(on bool) {
	v.lazy.SetShown(on)
	if on {
		v.Panel.Refresh()
	}
}

// Stale reports whether tab i missed a change.
func (v *Tabbed) Stale(i int) bool { return v.lazy.Stale(i) }

// ClosePanel closes the section's side panel, if open.
func (v *Tabbed) ClosePanel() bool { return v.Panel.CloseIfOpen() }

// Base returns the tabbed part of a section that embeds it: the window's
// tests reach the tabs and the panel of any tabbed section through it.
func (v *Tabbed) Base() *Tabbed { return v }

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/compare"
	"canopy/ui/page"
)

// settingsPage is the sidebar's Settings: the product's editor, this
// machine's settings (your name, auto-sync), and the workspace's
// baselines (saved, listed, deleted), each in a tab of its own.
type settingsPage struct {
	page.Page
	machine   *machineSettings // nil without preferences
	baselines *compare.Baselines
	tabs      *container.AppTabs
	shown     fyne.CanvasObject // the tabs, legible (page.LegibleTabs)
	product   *container.TabItem
	fields    *fieldsTab // Settings ▸ Fields (settings_fields.go)
}

// newSettingsPage builds Settings; its baselines are the store's files of
// the workspace in host.Dir.
func newSettingsPage(sec *page.Section, env *page.Env, host page.Host) page.Page {
	p := &settingsPage{Page: page.NewListPage(sec, env, host)}
	p.baselines = compare.NewBaselines(shelf{dir: host.Dir, ws: env.WS})
	intro := widget.NewLabel("A baseline keeps the plan as it is at a moment (a quarterly review), in baselines/NAME.json " +
		"in the workspace, to compare with later (Roadmap ▸ Compare with…).")
	intro.Wrapping = fyne.TextWrapWord
	p.product = page.TabItem("Product", p.Page.Object())
	p.tabs = container.NewAppTabs(p.product)
	if p.machine = newMachineSettings(env, host); p.machine != nil {
		p.tabs.Append(page.TabItem("On this machine", p.machine.content))
	}
	p.tabs.Append(page.TabItem("Baselines", container.NewBorder(intro, nil, nil, nil, p.baselines)))
	p.fields = newFieldsTab(env)
	p.tabs.Append(page.TabItem("Fields", p.fields.obj))
	p.shown = page.LegibleTabs(p.tabs)
	return p
}

// Object returns the tabs.
func (p *settingsPage) Object() fyne.CanvasObject { return p.shown }

// SetShown reads the baselines again when Settings comes into sight (File
// ▸ Save baseline… or git may have added some).
func (p *settingsPage) SetShown(on bool) {
	p.Page.SetShown(on)
	if on {
		p.baselines.Reload()
	}
}

// Show opens the product's editor.
func (p *settingsPage) Show(k app.Key) {
	p.tabs.Select(p.product)
	p.Page.Show(k)
}

// ClosePanel closes the editor beside the list, if the list has one.
func (p *settingsPage) ClosePanel() bool {
	if c, ok := p.Page.(page.PanelCloser); ok {
		return c.ClosePanel()
	}
	return false
}

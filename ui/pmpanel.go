package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/edit"
	"canopy/ui/internal/themed"
)

// pmPage is a section of the product manager's lens with a view of its own
// (strategy, market, releases): the shell shows its object, refreshes it
// after every change and asks it to show an entity that Find or a link
// opens.
type pmPage interface {
	object() fyne.CanvasObject
	refresh()
	show(k app.Key)
}

// newPMPage returns the view of section id, or nil when the section has
// none of its own.
func newPMPage(id string, env *edit.Env) pmPage {
	switch id {
	case "strategy":
		return newStrategySection(env)
	case "market":
		return newMarketSection(env)
	case "releases":
		return newReleasesPage(env)
	}
	return nil
}

// tabbedSection is a section of the PM's lens made of tabs, with the
// editor of what they open in a sidePanel beside them. Its refresh
// refreshes the tab in sight, then the panel; the other tabs catch up when
// they are selected (the Goals tab of 2 000 initiatives costs tens of
// milliseconds, which an edit on the Strategy tab need not pay). The
// sections embed it and add show, which knows which tab shows what.
type tabbedSection struct {
	tabs      *container.AppTabs
	panel     *sidePanel
	refreshes []func()
	stale     []bool // a tab out of sight missed a change
}

// newTabbedSection returns a section without tabs yet.
func newTabbedSection(env *edit.Env) *tabbedSection {
	v := &tabbedSection{tabs: container.NewAppTabs()}
	v.panel = withSidePanel(env, v.tabs)
	v.tabs.OnSelected = func(*container.TabItem) {
		if i := v.tabs.SelectedIndex(); i >= 0 && i < len(v.stale) && v.stale[i] {
			v.stale[i] = false
			v.refreshes[i]()
		}
	}
	return v
}

// addTab appends a tab showing content, which refresh brings up to date.
func (v *tabbedSection) addTab(title string, content fyne.CanvasObject, refresh func()) {
	v.tabs.Append(container.NewTabItem(title, content))
	v.refreshes = append(v.refreshes, refresh)
	v.stale = append(v.stale, false)
}

func (v *tabbedSection) object() fyne.CanvasObject { return v.panel.split }

func (v *tabbedSection) refresh() {
	sel := v.tabs.SelectedIndex()
	for i, f := range v.refreshes {
		if i == sel {
			f()
			v.stale[i] = false
		} else {
			v.stale[i] = true
		}
	}
	v.panel.refresh()
}

// sidePanel shows the editor of one entity beside a page, for the parts
// of the page that need more than an inline field; Close hides it and the
// page takes the whole width again (or, beside the roadmap's timeline, the
// tray comes back).
type sidePanel struct {
	env    *edit.Env
	key    app.Key
	editor edit.Editor
	box    *fyne.Container
	// panel is Close above the editor, which scrolls sideways when wider
	// than its part of the window rather than squeezing what is beside it.
	panel fyne.CanvasObject
	// reveal puts the panel in sight; conceal takes it away.
	reveal, conceal func()
	split           *container.Split // the page and the panel, from withSidePanel
}

// newEditorPanel returns an empty panel; its owner sets reveal and conceal.
func newEditorPanel(env *edit.Env) *sidePanel {
	p := &sidePanel{env: env, box: container.NewStack()}
	closeBtn := widget.NewButtonWithIcon("Close", theme.CancelIcon(), p.close)
	closeBtn.Importance = widget.LowImportance
	p.panel = container.NewBorder(container.NewHBox(layout.NewSpacer(), closeBtn), nil, nil, nil, container.NewHScroll(p.box))
	return p
}

// withSidePanel returns page beside an editor panel, hidden until show.
func withSidePanel(env *edit.Env, page fyne.CanvasObject) *sidePanel {
	p := newEditorPanel(env)
	p.split = container.NewHSplit(page, p.panel)
	p.split.Offset = 0.5
	p.split.Trailing.Hide()
	p.reveal = func() { p.split.Trailing.Show(); p.split.Refresh() }
	p.conceal = func() { p.split.Trailing.Hide(); p.split.Refresh() }
	return p
}

// show opens the editor of k in the panel.
func (p *sidePanel) show(k app.Key) {
	if p.editor == nil || p.key != k {
		p.key, p.editor = k, newEditor(p.env, k)
		p.box.Objects = []fyne.CanvasObject{p.editor.Object()}
		p.box.Refresh()
	}
	p.reveal()
}

// close hides the panel.
func (p *sidePanel) close() {
	p.editor, p.key = nil, app.Key{}
	p.box.Objects = nil
	p.conceal()
}

// refresh follows a change: the editor shows the entity as it is now, or
// the panel closes when the entity is gone.
func (p *sidePanel) refresh() {
	if p.editor == nil {
		return
	}
	if _, ok := p.env.WS.Get(p.key); !ok {
		p.close()
		return
	}
	p.editor.Refresh()
}

// closeIfOpen closes the panel when it shows an editor, and says so.
func (p *sidePanel) closeIfOpen() bool {
	if p.editor == nil {
		return false
	}
	p.close()
	return true
}

// panelCloser is a page with a side panel that Escape closes.
type panelCloser interface{ closePanel() bool }

// closePanel closes the section's side panel, if open.
func (v *tabbedSection) closePanel() bool { return v.panel.closeIfOpen() }

// shown returns the key of the entity in the panel, if any.
func (p *sidePanel) shown() (app.Key, bool) { return p.key, p.editor != nil }

// confirmRemove asks before moving the entity with key k to the trash, as
// the editors' Delete button does; without a window (a test) it deletes at
// once, Undo bringing it back.
func confirmRemove(env *edit.Env, k app.Key, name string) {
	if env.Window == nil {
		env.Do(app.Delete(k))
		return
	}
	msg := "Move the " + k.Kind.Singular() + " “" + name + "” to the trash?\nUndo brings it back."
	d := dialog.NewConfirm("Remove "+k.Kind.Singular(), msg, func(ok bool) {
		if ok {
			env.Do(app.Delete(k))
		}
	}, env.Window)
	d.SetConfirmText("Remove")
	d.SetDismissText("Cancel")
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// pageColumn lays a page out in a column at most w wide, scrolling
// vertically: long lines are hard to read.
func pageColumn(w float32, objs ...fyne.CanvasObject) *container.Scroll {
	return container.NewVScroll(container.NewPadded(edit.Column(w, container.NewVBox(objs...))))
}

// panelCard is a titled block of a page on a subtle background, with
// buttons at the trailing end of its title.
func panelCard(title string, content fyne.CanvasObject, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	head := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: title})
	head.Wrapping = fyne.TextWrapWord
	top := container.NewBorder(nil, nil, nil, container.NewHBox(buttons...), head)
	bg := themed.NewRect(theme.ColorNameInputBackground)
	bg.Radius = theme.SizeNameInputRadius
	return container.NewStack(bg, container.NewPadded(container.NewBorder(top, nil, nil, nil, content)))
}

// iconButton returns a low-importance button with an icon and a short label.
func iconButton(label string, icon fyne.Resource, f func()) *widget.Button {
	b := widget.NewButtonWithIcon(label, icon, f)
	b.Importance = widget.LowImportance
	return b
}

// bullets writes lines as a dim-free bulleted paragraph, or placeholder
// (dim, italic) when there are none.
func bullets(l *widget.Label, lines []string, placeholder string) {
	var b strings.Builder
	for _, s := range lines {
		if strings.TrimSpace(s) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("• " + strings.TrimSpace(s))
	}
	setText(l, b.String(), placeholder)
}

// splitLines returns the non-blank lines of text, trimmed: a list typed
// one entry per line.
func splitLines(text string) []string {
	out := []string{}
	for _, s := range strings.Split(text, "\n") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// enable enables or disables each control.
func enable(on bool, cs ...fyne.Disableable) {
	for _, c := range cs {
		if on == !c.Disabled() {
			continue
		}
		if on {
			c.Enable()
		} else {
			c.Disable()
		}
	}
}

// swatchRect returns a small filled square, a legend's key.
func swatchRect(c color.Color, size float32) *canvas.Rectangle {
	r := canvas.NewRectangle(c)
	r.SetMinSize(fyne.NewSquareSize(size))
	return r
}

// newCardBackground returns the outlined background of a card inside a
// page block (a persona).
func newCardBackground() *themed.Rect {
	r := themed.NewRect(theme.ColorNameBackground)
	r.Stroke, r.StrokeWidth = theme.ColorNameSeparator, 1
	r.Radius = theme.SizeNameInputRadius
	return r
}

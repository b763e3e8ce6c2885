package ui

import (
	"image/color"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// keyGroup is a part of the window and the keys that work there.
type keyGroup struct {
	where string
	keys  []keyHelp
}

// keyHelp is one shortcut: its keys ("Mod" stands for Ctrl, or Cmd on
// macOS) and what it does.
type keyHelp struct{ keys, does string }

// keyGroups lists every keyboard shortcut, for Help ▸ Keyboard shortcuts.
// The menus show their own; this adds the ones of the board, the roadmap
// and the fields.
func keyGroups() []keyGroup {
	return []keyGroup{
		{"Everywhere", []keyHelp{
			{"Mod+N", "New here: an item on the Backlog, an initiative on the Roadmap, a release on Releases…"},
			{"Mod+Shift+N", "New workspace"}, {"Mod+O", "Open a workspace"}, {"Mod+S", "Save now (Canopy also saves as you go)"},
			{"Mod+Shift+I", "Import a workbook or CSV"}, {"Mod+Q", "Quit"},
			{"Mod+Z", "Undo (in a field being typed in: put the field back first)"}, {"Mod+Y, Mod+Shift+Z", "Redo"},
			{"Mod+F", "Find anything by name"}, {"Mod+1 … Mod+9", "Overview, Strategy, Market, Roadmap, Releases, Backlog, Insights, Trash, Settings"},
			{"Mod+Shift+K", "Capture what a customer said (Insights inbox)"},
			{"Mod+Shift+D", "Compare the plan with a baseline, a commit or a day (Roadmap ▸ Compare with…)"},
			{"Escape", "Close the editor beside the page or the timeline"},
		}},
		{"Fields", []keyHelp{
			{"Enter, Tab, or leaving the field", "Save what you typed (one undoable edit)"}, {"Escape", "Put the field back as it was"},
		}},
		{"Backlog board (click a card first)", []keyHelp{
			{"Arrows", "Select the card above, below, or in the next column"},
			{"Alt+Up, Alt+Down", "Move the card within its column"}, {"Alt+Left, Alt+Right", "Move the card to the previous or next status"},
			{"Enter", "Open the card"},
		}},
		{"Roadmap timeline", []keyHelp{
			{"Mod+= or Mod++, Mod+−", "Zoom in, zoom out"}, {"Mod+0, Home", "Go to today"},
			{"Mod+wheel", "Zoom at the pointer"}, {"Shift+wheel", "Scroll sideways"},
			{"Left, Right (a bar selected)", "Move the initiative by one unit of the zoom"},
			{"Shift+Left, Shift+Right", "Move its end (shorter, longer)"},
			{"Alt+Up, Alt+Down", "Move it to the lane above or below"}, {"Enter", "Open the initiative"},
		}},
	}
}

// modName is what the shortcut modifier is called on this platform.
func modName() string {
	if runtime.GOOS == "darwin" {
		return "Cmd"
	}
	return "Ctrl"
}

// showShortcuts shows Help ▸ Keyboard shortcuts: each group under its
// heading, keys on the left, what they do on the right.
func (s *shell) showShortcuts() {
	mod := modName()
	groups := keyGroups()
	// One key column for every group, as wide as the widest keys.
	var keyW float32
	for _, g := range groups {
		for _, k := range g.keys {
			keyW = max(keyW, widget.NewLabelWithStyle(strings.ReplaceAll(k.keys, "Mod", mod), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}).MinSize().Width)
		}
	}
	body := container.NewVBox()
	for _, g := range groups {
		head := widget.NewLabelWithStyle(g.where, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		rows := container.New(layout.NewFormLayout())
		for _, k := range g.keys {
			keys := widget.NewLabelWithStyle(strings.ReplaceAll(k.keys, "Mod", mod), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
			width := canvas.NewRectangle(color.Transparent)
			width.SetMinSize(fyne.NewSize(keyW, 0))
			does := widget.NewLabel(k.does)
			does.Wrapping = fyne.TextWrapWord
			rows.Add(container.NewStack(width, keys))
			rows.Add(does)
		}
		body.Add(head)
		body.Add(rows)
	}
	scroll := container.NewVScroll(body)
	d := dialog.NewCustom("Keyboard shortcuts", "Close", scroll, s.win)
	d.Resize(fyne.NewSize(760, 620))
	d.Show()
}

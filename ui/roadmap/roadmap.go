package roadmap

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app/timeline"
	"canopy/ui/page"
)

// View is the timeline with its toolbar, the tray of undated work and a
// status line about the bar under the pointer.
type View struct {
	env *page.Env
	// Timeline is the widget that draws the lanes and bars.
	Timeline *Timeline
	tray     *tray
	zoom     *widget.Select
	colorBy  *widget.Select
	legend   *legend
	status   *widget.Label
	split    *container.Split // the timeline, and the tray or what ShowBeside put there
	// OnViewChange, if set, is told the zoom and the colouring whenever
	// either changes (the window remembers them across restarts).
	OnViewChange func(z timeline.Zoom, byGoal bool)
	trayBox      fyne.CanvasObject // the tray with its title
	content      fyne.CanvasObject

	// forecast draws the forecast whiskers; OnForecastChange, if set, is
	// told when it is ticked or cleared (the window remembers it).
	forecast         *widget.Check
	OnForecastChange func(on bool)
}

// Colour modes of the bars.
const (
	byStatus = "Status"
	byGoal   = "Goal"
)

// New builds the timeline view of env's workspace at the months zoom.
func New(env *page.Env) *View {
	v := &View{env: env}
	v.Timeline = NewTimeline(env, timeline.Months)
	v.status = widget.NewLabel(hint)
	v.status.Truncation = fyne.TextTruncateEllipsis
	v.Timeline.OnStatus = func(s string) {
		if s == "" {
			s = v.Timeline.forecastHint() + hint
		}
		v.status.SetText(s)
	}
	v.zoom = widget.NewSelect(zoomNames(), func(s string) {
		for _, z := range timeline.Zooms {
			if z.String() == s {
				v.Timeline.SetZoom(z)
			}
		}
	})
	v.zoom.SetSelected(v.Timeline.Zoom().String())
	v.Timeline.OnZoom = func(z timeline.Zoom) {
		if v.zoom.Selected != z.String() {
			v.zoom.SetSelected(z.String())
		}
		v.viewChanged()
	}
	v.legend = newLegend()
	v.colorBy = widget.NewSelect([]string{byStatus, byGoal}, func(s string) {
		v.Timeline.SetColorByGoal(s == byGoal)
		v.legend.set(legendKeys(env.WS, s == byGoal))
		v.viewChanged()
	})
	v.colorBy.SetSelected(byStatus)
	today := widget.NewButtonWithIcon("Today", theme.HomeIcon(), v.Timeline.ScrollToToday)
	zoomIn := widget.NewButtonWithIcon("", theme.ZoomInIcon(), v.Timeline.ZoomIn)
	zoomOut := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), v.Timeline.ZoomOut)
	open := widget.NewButtonWithIcon("Open", theme.DocumentIcon(), func() { v.Timeline.open(v.Timeline.Selected()) })
	// The zoom's menu names the zoom ("Months"), beside the zoom buttons:
	// no label, and the controls a little closer than a plain HBox sets
	// them, so that the toolbar fits a window 800 wide; narrower, it
	// scrolls rather than widen the window.
	bar := container.New(layout.NewCustomPaddedHBoxLayout(theme.Padding()/2),
		v.zoom, zoomOut, zoomIn, today, widget.NewLabel("Colour by"), v.colorBy, open, v.newForecastToggle())
	v.tray = newTray(v)
	v.Timeline.DropOutside = v.tray.dropBar
	v.Timeline.DragOutside = v.tray.highlight
	v.trayBox = container.NewBorder(widget.NewLabelWithStyle("Undated work", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, v.tray.box)
	split := container.NewHSplit(v.Timeline, v.trayBox)
	split.Offset = trayOffset
	v.split = split
	// The legend shares the bottom line with the status, or goes under it
	// when the hint would not fit beside it (statusline.go).
	sl := &statusLine{status: v.status, legend: v.legend.box}
	bottom := container.New(sl, v.status, v.legend.box)
	v.content = container.NewBorder(container.NewHScroll(bar), bottom, nil, nil, split)
	sl.parent = func() fyne.CanvasObject { return v.content }
	v.followCompare(env)
	return v
}

// viewChanged tells OnViewChange the zoom and colouring now.
func (v *View) viewChanged() {
	if v.OnViewChange != nil {
		v.OnViewChange(v.Timeline.Zoom(), v.colorBy.Selected == byGoal)
	}
}

// SetView shows the timeline at zoom z, coloured by goal or by status.
func (v *View) SetView(z timeline.Zoom, goals bool) {
	v.Timeline.SetZoom(z)
	if goals {
		v.colorBy.SetSelected(byGoal)
	} else {
		v.colorBy.SetSelected(byStatus)
	}
}

// Where the split between the timeline and what is beside it sits: the
// tray takes a fifth; an editor put beside the timeline takes besideWidth,
// at most besideShare of the width (it scrolls sideways when narrower), so
// that the timeline keeps most of the room.
const (
	trayOffset  = 0.8
	besideWidth = 440
	besideShare = 0.4
)

// besideOffset returns the split's offset for an editor beside a timeline
// in a split width pixels wide.
func besideOffset(width float32) float64 {
	share := besideShare
	if width > 0 {
		share = min(share, besideWidth/float64(width))
	}
	return 1 - share
}

// ShowBeside puts obj beside the timeline, in the tray's place (an
// initiative's editor, so that its bar moves as it is edited). The
// timeline's hover ends: the pointer is on the editor now, and a tip left
// behind would describe a bar no longer under it.
func (v *View) ShowBeside(obj fyne.CanvasObject) {
	if v.split.Trailing != obj {
		v.split.Trailing = obj
		v.split.Offset = besideOffset(v.split.Size().Width)
	}
	v.Timeline.MouseOut()
	v.split.Refresh()
}

// HideBeside brings the tray back beside the timeline.
func (v *View) HideBeside() {
	if v.split.Trailing == v.trayBox {
		return
	}
	v.split.Trailing = v.trayBox
	v.split.Offset = trayOffset
	v.Timeline.MouseOut()
	v.split.Refresh()
}

// Object returns the view's content.
func (v *View) Object() fyne.CanvasObject { return v.content }

// Refresh follows a change of the workspace: the plan is rebuilt once.
func (v *View) Refresh() {
	v.Timeline.Reload()
	v.Timeline.refreshForecast()
	v.tray.refresh()
	v.legend.set(legendKeys(v.env.WS, v.colorBy.Selected == byGoal))
}

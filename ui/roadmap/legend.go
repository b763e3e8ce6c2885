package roadmap

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/timeline"
)

// legend says what the bars' colours mean: the initiative statuses, or
// the goals (with "No goal") when colouring by goal, and the red of late
// work either way. It scrolls sideways when there are many goals.
type legend struct {
	row    *fyne.Container
	scroll *container.Scroll
	width  *canvas.Rectangle // holds the legend's width: a scroll alone asks for none
	box    *fyne.Container   // what the view places
	keys   []legendKey       // what the row shows now, to rebuild it only on change
}

// legendMaxWidth is the most the legend takes of the status line; past it,
// it scrolls sideways.
const legendMaxWidth = 560

// legendKey is one entry: a swatch and its name.
type legendKey struct {
	name string
	c    color.NRGBA
}

func newLegend() *legend {
	l := &legend{row: container.NewHBox(), width: canvas.NewRectangle(color.Transparent)}
	l.scroll = container.NewHScroll(l.row)
	l.box = container.NewStack(l.width, l.scroll)
	return l
}

// legendKeys lists the entries for the colouring chosen.
func legendKeys(ws *app.Workspace, byGoal bool) []legendKey {
	var keys []legendKey
	if byGoal {
		for i, g := range ws.Goals() {
			name := []rune(g.Title)
			if len(name) > 28 {
				name = append(name[:27], '…')
			}
			keys = append(keys, legendKey{string(name), timeline.GoalColor(i)})
		}
		keys = append(keys, legendKey{"No goal", timeline.NoGoalColor})
	} else {
		for _, s := range app.InitiativeStatuses {
			keys = append(keys, legendKey{s.Title(), timeline.StatusColor(s)})
		}
	}
	return append(keys, legendKey{"Late dependency", timeline.LateColor})
}

// set shows keys, rebuilding the row only when they changed.
func (l *legend) set(keys []legendKey) {
	if slices.Equal(l.keys, keys) {
		return
	}
	l.keys = keys
	objs := make([]fyne.CanvasObject, 0, len(keys))
	for _, k := range keys {
		sw := canvas.NewRectangle(k.c)
		sw.CornerRadius = 2
		sw.SetMinSize(fyne.NewSize(14, 14))
		name := widget.NewLabel(k.name)
		name.SizeName = theme.SizeNameCaptionText
		objs = append(objs, container.NewHBox(container.NewCenter(sw), name))
	}
	l.row.Objects = objs
	l.row.Refresh()
	l.width.SetMinSize(fyne.NewSize(min(l.row.MinSize().Width, legendMaxWidth), 0))
	l.box.Refresh()
}

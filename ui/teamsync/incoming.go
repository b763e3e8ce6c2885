package teamsync

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"canopy/app/diff"
	"canopy/app/team"
)

// incomingRow is a line of what came in: an entity's title, or one of
// its changes.
type incomingRow struct {
	title  string
	change string
}

// NewIncoming lists what came in with a sync, per entity: its title,
// then each change (a widget.List: a large pull builds only the rows in
// sight). Rows gives the lines as shown.
func NewIncoming(d *diff.Diff) *widget.List {
	rows := incomingRows(d)
	l := widget.NewList(
		func() int { return len(rows) },
		func() fyne.CanvasObject {
			lb := widget.NewLabel("")
			lb.Truncation = fyne.TextTruncateEllipsis
			return lb
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			lb := o.(*widget.Label)
			r := rows[id]
			if r.title != "" {
				lb.TextStyle = fyne.TextStyle{Bold: true}
				lb.SetText(r.title)
				return
			}
			lb.TextStyle = fyne.TextStyle{}
			lb.SetText("    " + r.change)
		},
	)
	return l
}

func incomingRows(d *diff.Diff) []incomingRow {
	var rows []incomingRow
	for _, g := range team.ByEntity(d) {
		rows = append(rows, incomingRow{title: g.Title})
		for _, c := range g.Changes {
			text := c.Mark() + " " + c.Summary()
			if c.Field == diff.FieldPriority {
				text = c.Mark() + " " + c.Title + ": " + c.Summary()
			}
			rows = append(rows, incomingRow{change: text})
		}
	}
	return rows
}

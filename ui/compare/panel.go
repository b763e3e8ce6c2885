package compare

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/diff"
)

// Panel lists the changes since an earlier version, grouped as the diff
// groups them, one a row in a widget.List (a diff of thousands of changes
// builds only the rows in sight). Selecting a change opens its entity
// through OnOpen.
type Panel struct {
	widget.BaseWidget
	// OnOpen is called with the key of the entity of a selected change.
	OnOpen func(app.Key)

	head *widget.Label
	list *widget.List
	rows []row
}

// row is a line of the panel: a section's heading or a change.
type row struct {
	heading string
	change  diff.Change
}

// NewPanel returns an empty panel.
func NewPanel() *Panel {
	p := &Panel{head: widget.NewLabel("Nothing compared yet.")}
	p.head.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(p.count, p.create, p.update)
	p.list.OnSelected = p.onSelected
	p.ExtendBaseWidget(p)
	return p
}

// SetDiff shows the changes of d since the version named since.
func (p *Panel) SetDiff(since string, d *diff.Diff) {
	p.rows = p.rows[:0]
	for _, s := range diff.Sections {
		cs := d.Section(s)
		if len(cs) == 0 {
			continue
		}
		p.rows = append(p.rows, row{heading: s})
		for _, c := range cs {
			p.rows = append(p.rows, row{change: c})
		}
	}
	if d.Empty() {
		p.head.SetText("Nothing changed since " + since + ".")
	} else {
		p.head.SetText("Since " + since + ": " + d.Headline() + ".")
	}
	p.list.UnselectAll()
	p.list.Refresh()
}

// Rows returns the panel's lines as shown, for tests and accessibility:
// headings as they are, changes as "+ Title: summary".
func (p *Panel) Rows() []string {
	out := make([]string, len(p.rows))
	for i, r := range p.rows {
		out[i] = r.text()
	}
	return out
}

// Select selects the change of row i, as a click does.
func (p *Panel) Select(i int) { p.list.Select(i) }

func (r row) text() string {
	if r.heading != "" {
		return r.heading
	}
	return r.change.Mark() + " " + r.change.Title + ": " + r.change.Summary()
}

func (p *Panel) count() int { return len(p.rows) }

// create makes a row: the entity's title, then what changed, each on a
// line cut to the panel's width (a heading uses the first line alone).
func (p *Panel) create() fyne.CanvasObject {
	title := widget.NewLabel("")
	title.Truncation = fyne.TextTruncateEllipsis
	what := widget.NewLabel("")
	what.Truncation = fyne.TextTruncateEllipsis
	what.SizeName = theme.SizeNameCaptionText
	return container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.Padding()), title, what)
}

func (p *Panel) update(i widget.ListItemID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	title, what := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label)
	r := p.rows[i]
	if r.heading != "" {
		title.TextStyle = fyne.TextStyle{Bold: true}
		title.SetText(r.heading)
		what.Hide()
		p.list.SetItemHeight(i, title.MinSize().Height)
		return
	}
	title.TextStyle = fyne.TextStyle{}
	title.SetText(r.change.Mark() + " " + r.change.Title)
	what.SetText(r.change.Summary())
	what.Importance = widget.MediumImportance
	if bad(r.change) {
		what.Importance = widget.DangerImportance
	}
	what.Show()
	what.Refresh()
}

func (p *Panel) onSelected(i widget.ListItemID) {
	r := p.rows[i]
	if r.heading != "" {
		p.list.Unselect(i)
		return
	}
	if k, ok := KeyOf(r.change); ok && p.OnOpen != nil {
		p.OnOpen(k)
	}
}

// KeyOf returns the key of the entity a change is about.
func KeyOf(c diff.Change) (app.Key, bool) {
	switch c.Entity {
	case diff.EntityInitiative:
		return app.Key{Kind: app.KindInitiative, ID: c.ID}, true
	case diff.EntityMilestone:
		return app.Key{Kind: app.KindMilestone, ID: c.ID}, true
	case diff.EntityRelease:
		return app.Key{Kind: app.KindRelease, ID: c.ID}, true
	case diff.EntityItem:
		return app.Key{Kind: app.KindItem, ID: c.ID}, true
	case diff.EntityGoal:
		return app.Key{Kind: app.KindGoal, ID: c.ID}, true
	case diff.EntityStrategy:
		return app.StrategyKey, true
	}
	return app.Key{}, false
}

// CreateRenderer shows the headline above the list.
func (p *Panel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(p.head, nil, nil, nil, p.list))
}

// bad reports whether a change is news for the worse at a glance: a slip
// of an end or a date, scope creep.
func bad(c diff.Change) bool {
	switch {
	case c.Delta <= 0:
		return false
	case c.Unit == "days":
		return c.Field == "end" || c.Field == "date"
	}
	return c.Entity == diff.EntityRelease && c.Field == "points"
}

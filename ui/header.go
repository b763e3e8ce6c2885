package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/overview"
	"canopy/ui/page"
)

// headerView is the top of the window: the product's name and the
// workspace folder beside it, its settings at a glance below and, when edits
// are refused, why. It never widens the window: the name and the folder
// share their line, cut with "…" when it is too narrow, and the settings
// wrap.
type headerView struct {
	ws  *app.Workspace
	dir string

	name     *widget.Label
	folder   *fyne.Container // the folder's icon and path, hidden without one
	path     *widget.Label
	title    *fyne.Container // the name and the folder
	facts    *fyne.Container
	readOnly *banner
	box      *fyne.Container
}

// newHeaderView returns the header of ws, whose files are in dir ("" hides
// the folder).
func newHeaderView(ws *app.Workspace, dir string) *headerView {
	v := &headerView{
		ws:       ws,
		dir:      dir,
		name:     page.NewTruncated(fyne.TextStyle{Bold: true}),
		path:     page.NewTruncated(fyne.TextStyle{Bold: true}),
		facts:    page.NewFlow(),
		readOnly: newWarningBanner(),
	}
	v.name.SizeName = theme.SizeNameHeadingText
	v.folder = container.NewBorder(nil, nil, widget.NewIcon(theme.FolderIcon()), nil, v.path)
	v.title = container.New(&titleLayout{name: v.name}, v.name, v.folder)
	v.box = container.NewVBox(v.title, v.facts, v.readOnly)
	v.refresh()
	return v
}

// refresh shows the workspace's current settings.
func (v *headerView) refresh() {
	p := v.ws.Product()
	page.SetText(v.name, p.Name, "Untitled product")
	v.name.TextStyle.Bold = true

	v.path.SetText(v.dir)
	v.folder.Hidden = v.dir == ""
	v.title.Refresh()

	v.facts.Objects = v.facts.Objects[:0]
	// The flow's gap is small: each fact keeps its own room on the right.
	gap := layout.NewCustomPaddedLayout(0, 0, 0, theme.Padding()*3)
	v.facts.Add(container.New(gap, newFact("Horizon", p.Horizon)))
	v.facts.Add(container.New(gap, newFact("Owner", p.Owner)))
	v.facts.Add(container.New(gap, newFact("Version", p.Version)))
	v.facts.Add(container.New(gap, newFact("Scoring", p.ScoringModel.Title())))
	v.facts.Refresh()

	if err := v.ws.ReadOnly(); err != nil {
		v.readOnly.set("This workspace is read-only:", err.Error())
		v.readOnly.Show()
	} else {
		v.readOnly.Hide()
	}
}

// setAction shows o (the Sync button) at the right of the product's name;
// nil shows nothing there.
func (v *headerView) setAction(o fyne.CanvasObject) {
	if o == nil {
		return
	}
	v.box.Objects[0] = container.NewBorder(nil, nil, nil, o, v.title)
	v.box.Refresh()
}

// titleLayout puts the product's name at the leading edge, as wide as it
// needs, and the folder in the rest of the line: on a narrow window the
// folder's path is cut with "…" first, then the name.
type titleLayout struct {
	name *widget.Label
	// measured is the name (text and size) whose uncut width is width:
	// measuring builds a label, which the layout of every frame need not.
	measured string
	width    float32
}

var _ fyne.Layout = (*titleLayout)(nil)

// folderRoom is the least width the folder keeps beside a long name, in
// paddings: enough for its icon and the start of its path.
const folderRoom = 20

// nameWidth is the width of the name uncut: that of the same label
// without truncation, and a pixel that the label's truncation wants.
func (l *titleLayout) nameWidth() float32 {
	key := string(l.name.SizeName) + "\x00" + l.name.Text
	if key != l.measured {
		whole := widget.NewLabelWithStyle(l.name.Text, l.name.Alignment, l.name.TextStyle)
		whole.SizeName = l.name.SizeName
		l.measured, l.width = key, whole.MinSize().Width+1
	}
	return l.width
}

// Layout gives the name its width, or what is left beside the folder's
// shortest, and the folder the rest, centred on the name's line.
func (l *titleLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	name, folder := objs[0], objs[1]
	w := min(l.nameWidth(), size.Width)
	if folder.Visible() {
		w = min(w, max(size.Width-folder.MinSize().Width-theme.Padding()-theme.Padding()*folderRoom, name.MinSize().Width))
	}
	name.Move(fyne.NewPos(0, 0))
	name.Resize(fyne.NewSize(w, size.Height))
	fh := folder.MinSize().Height
	folder.Move(fyne.NewPos(w+theme.Padding(), (size.Height-fh)/2))
	folder.Resize(fyne.NewSize(max(size.Width-w-theme.Padding(), 0), fh))
}

// MinSize is what both need cut short: they never widen the window.
func (l *titleLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		if o.Visible() {
			m := o.MinSize()
			s = fyne.NewSize(s.Width+m.Width+theme.Padding(), max(s.Height, m.Height))
		}
	}
	return s
}

// newFact shows a setting as a dim caption and its value ("Owner Ana");
// a blank value reads "—".
func newFact(caption, value string) *widget.RichText {
	if value == "" {
		value = "—"
	}
	var segs []widget.RichTextSegment
	if caption != "" {
		segs = append(segs, &widget.TextSegment{
			Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder},
			Text:  caption + " ",
		})
	}
	segs = append(segs, &widget.TextSegment{
		Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}},
		Text:  value,
	})
	return widget.NewRichText(segs...)
}

// NewOverview returns the overview of ws as the window shows it, with the
// header and the summary line, for tests (no window, no driver needed).
func NewOverview(ws *app.Workspace) fyne.CanvasObject {
	env := &page.Env{WS: ws}
	v := overview.New(env)
	v.SetShown(true)
	header, summary := newHeaderView(ws, ""), newSummaryView(ws)
	env.Follow(nil, func(app.Change) { header.refresh(); summary.refresh() })
	return container.NewBorder(
		container.NewPadded(header.box),
		container.NewVBox(widget.NewSeparator(), summary.label),
		nil, nil,
		container.NewPadded(v.Object()),
	)
}

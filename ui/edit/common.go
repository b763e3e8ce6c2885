package edit

import (
	"fmt"
	"image/color"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// New returns the editor of the entity with key k, and false for the kinds
// whose editor lives elsewhere (backlog items).
func New(env *page.Env, k app.Key) (page.Editor, bool) {
	switch k.Kind {
	case app.KindProduct:
		return NewProductEditor(env), true
	case app.KindStrategy:
		return NewStrategyEditor(env), true
	case app.KindPersona:
		return NewPersonaEditor(env, k.ID), true
	case app.KindGoal:
		return NewGoalEditor(env, k.ID), true
	case app.KindCompetitor:
		return NewCompetitorEditor(env, k.ID), true
	case app.KindRisk:
		return NewRiskEditor(env, k.ID), true
	case app.KindLane:
		return NewLaneEditor(env, k.ID), true
	case app.KindInitiative:
		return NewInitiativeEditor(env, k.ID), true
	case app.KindMilestone:
		return NewMilestoneEditor(env, k.ID), true
	case app.KindRelease:
		return NewReleaseEditor(env, k.ID), true
	case app.KindInsight:
		return NewInsightEditor(env, k.ID), true
	}
	return nil, false
}

// binder ties an editor's widgets to one entity of type E. Each field
// registers how it loads its value from the entity; each edit commits one
// command built by cmd, so Ctrl+Z undoes exactly that edit.
type binder[E app.Entity] struct {
	env *page.Env
	key app.Key
	cmd func(desc string, f func(E) error) app.Command

	loads    []func(E)             // fill widgets from the entity
	controls []fyne.Disableable    // disabled when read-only
	modes    []func(readOnly bool) // parts with rows of their own
	// loading is set while widgets are filled, so that the change
	// callbacks of selects and checks do not commit what they are shown.
	loading bool
	// refusal shows an edit the rules refused under the header, with its
	// way out (newHeader places it); nil until then.
	refusal *page.Refusal
}

// newBinder returns the binder of the entity with key k. The singletons
// are edited with app.EditProduct and app.EditStrategy.
func newBinder[E app.Entity](env *page.Env, k app.Key) *binder[E] {
	b := &binder[E]{env: env, key: k}
	switch k.Kind {
	case app.KindProduct:
		b.cmd = func(desc string, f func(E) error) app.Command {
			return app.EditProduct(desc, func(p *app.Product) error { return f(any(p).(E)) })
		}
	case app.KindStrategy:
		b.cmd = func(desc string, f func(E) error) app.Command {
			return app.EditStrategy(desc, func(s *app.Strategy) error { return f(any(s).(E)) })
		}
	default:
		b.cmd = func(desc string, f func(E) error) app.Command {
			return app.Func{Desc: desc, Fn: func(tx *app.Tx) error {
				e, err := app.Edit[E](tx, k.Kind, k.ID)
				if err != nil {
					return err
				}
				return f(e)
			}}
		}
	}
	return b
}

// current returns the entity as it is in the workspace now.
func (b *binder[E]) current() (E, bool) {
	e, ok := b.env.WS.Get(b.key)
	if !ok {
		var zero E
		return zero, false
	}
	v, ok := e.(E)
	return v, ok
}

// do runs one edit of the entity and shows the result. A refusal of the
// rules shows under the header, where the PM is looking (Env.DoHere), any
// other failure as Env.Do shows it; reloading the widgets then puts back
// the value that stayed in a select or a check.
func (b *binder[E]) do(desc string, f func(E) error) error {
	var err error
	if b.refusal != nil {
		err = b.env.DoHere(b.cmd(desc, f), b.refusal)
	} else {
		err = b.env.Do(b.cmd(desc, f))
	}
	b.refresh()
	return err
}

// fail reports err as the refusal of the edit desc, the way Env.Do reports
// the domain's refusals, without changing anything.
func (b *binder[E]) fail(desc string, err error) error {
	return b.do(desc, func(E) error { return err })
}

// refresh fills every widget from the entity and enables the controls,
// or disables them when the workspace is read-only or the entity is gone.
func (b *binder[E]) refresh() {
	e, ok := b.current()
	if ok {
		b.loading = true
		for _, f := range b.loads {
			f(e)
		}
		b.loading = false
	}
	ro := !ok || b.env.ReadOnly()
	for _, c := range b.controls {
		setEnabled(c, !ro)
	}
	for _, f := range b.modes {
		f(ro)
	}
}

// load registers f to fill widgets from the entity.
func (b *binder[E]) load(f func(E)) { b.loads = append(b.loads, f) }

// control registers widgets to disable when the workspace is read-only.
func (b *binder[E]) control(cs ...fyne.Disableable) { b.controls = append(b.controls, cs...) }

// setEnabled enables or disables c.
func setEnabled(c fyne.Disableable, on bool) {
	if on == !c.Disabled() {
		return
	}
	if on {
		c.Enable()
	} else {
		c.Disable()
	}
}

// text binds a single-line field to a string of the entity. Surrounding
// spaces are dropped.
func (b *binder[E]) text(desc string, get func(E) string, set func(E, string)) *form.Entry {
	return bindValue(b, false, desc, textCodec, get, set)
}

// multiLine binds a field of several lines to a string of the entity.
// The field shows at least rows lines, and grows with its text up to
// maxTextRows so that long notes read without scrolling inside the page.
func (b *binder[E]) multiLine(desc string, rows int, get func(E) string, set func(E, string)) *form.Entry {
	f := bindValue(b, true, desc, multiLineCodec, get, set)
	shown := rows
	f.SetMinRowsVisible(rows)
	b.load(func(e E) {
		if n := textRows(get(e), rows); n != shown {
			shown = n
			f.SetMinRowsVisible(n)
		}
	})
	return f
}

// maxTextRows is the most lines a text field grows to.
const maxTextRows = 14

// lineChars is about how many characters fit a line of a text field in a
// page at its full width.
const lineChars = 88

// textRows estimates the lines text wraps to in a page-wide field, between
// least and maxTextRows.
func textRows(text string, least int) int {
	n := 0
	for _, p := range strings.Split(text, "\n") {
		n += max(1, (utf8.RuneCountInString(p)+lineChars-1)/lineChars)
	}
	return min(max(n, least), maxTextRows)
}

// number binds a field to a number of the entity.
func (b *binder[E]) number(desc string, c codec[float64], get func(E) float64, set func(E, float64)) *form.Entry {
	return bindValue(b, false, desc, c, get, set)
}

// date binds a "YYYY-MM-DD" field to a date of the entity.
func (b *binder[E]) date(desc string, get func(E) app.Date, set func(E, app.Date)) *form.Entry {
	return bindValue(b, false, desc, dateCodec, get, set)
}

// bindValue returns a field that shows get(entity) and commits set as the
// command desc.
func bindValue[E app.Entity, V comparable](b *binder[E], multi bool, desc string, c codec[V], get func(E) V, set func(E, V)) *form.Entry {
	f := valueEntry(multi, c,
		func() (V, bool) {
			e, ok := b.current()
			if !ok {
				var zero V
				return zero, false
			}
			return get(e), true
		},
		func(v V) error { return b.do(desc, func(e E) error { set(e, v); return nil }) },
		func(err error) error { return b.fail(desc, err) })
	b.load(func(e E) { show(f, c.format(get(e))) })
	b.control(f)
	return f
}

// choice binds a select to a value of the entity chosen among options,
// which are read again at every refresh (lanes come and go).
func choice[E app.Entity, V comparable](b *binder[E], desc string, options func() []option[V], get func(E) V, set func(E, V)) *widget.Select {
	var opts []option[V]
	s := widget.NewSelect(nil, nil)
	s.OnChanged = func(string) {
		i := s.SelectedIndex()
		if b.loading || i < 0 || i >= len(opts) {
			return
		}
		v := opts[i].value
		if e, ok := b.current(); ok && get(e) == v {
			return
		}
		b.do(desc, func(e E) error { set(e, v); return nil })
	}
	b.load(func(e E) {
		opts = options()
		titles := make([]string, len(opts))
		for i, o := range opts {
			titles[i] = o.title
		}
		if !equalStrings(s.Options, titles) {
			s.SetOptions(titles)
		}
		cur := get(e)
		for i, o := range opts {
			if o.value == cur {
				if s.SelectedIndex() != i {
					s.SetSelectedIndex(i)
				}
				return
			}
		}
		if s.Selected != "" {
			s.ClearSelected()
		}
	})
	b.control(s)
	return s
}

// option is one choice of a select: the value and how it is shown.
type option[V comparable] struct {
	value V
	title string
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// refOptions returns the entities of kind k as options shown by name,
// sorted as the workspace lists them; none, when not empty, is a first
// option for "no reference". Two entities with the same name are told
// apart by their ID.
func refOptions(ws *app.Workspace, k app.Kind, none string) []option[string] {
	var out []option[string]
	if none != "" {
		out = append(out, option[string]{"", none})
	}
	refs := refsOf(ws, k)
	seen := map[string]int{}
	for _, r := range refs {
		seen[r.title]++
	}
	for _, r := range refs {
		if seen[r.title] > 1 {
			r.title += " (" + r.value + ")"
		}
		out = append(out, r)
	}
	return out
}

// refsOf lists the entities of kind k as the workspace orders them.
func refsOf(ws *app.Workspace, k app.Kind) []option[string] {
	var out []option[string]
	switch k {
	case app.KindLane:
		for _, l := range ws.Lanes() {
			out = append(out, option[string]{l.ID, nameOr(l.Name)})
		}
	case app.KindInitiative:
		for _, in := range ws.Initiatives() {
			out = append(out, option[string]{in.ID, nameOr(in.Name)})
		}
	case app.KindGoal:
		for _, g := range ws.Goals() {
			out = append(out, option[string]{g.ID, nameOr(g.Title)})
		}
	}
	return out
}

// nameOf returns the name of the entity with key k for display, never its
// ID alone.
func nameOf(ws *app.Workspace, k app.Key) string {
	e, ok := ws.Get(k)
	if !ok {
		return "(deleted " + k.Kind.Singular() + ")"
	}
	return nameOr(app.Name(e))
}

func nameOr(s string) string {
	if strings.TrimSpace(s) == "" {
		return "(unnamed)"
	}
	return s
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return strings.TrimSpace(s[:i]) + " …"
	}
	return s
}

// kindTitle returns the kind as the editor's header names it: "Initiative",
// and "Product settings" for the product, whose editor is the Settings page.
func kindTitle(k app.Kind) string {
	if k == app.KindProduct {
		return "Product settings"
	}
	return k.Title()
}

// pageWidth is the widest an editor's column grows: lines longer than this
// are hard to read.
const pageWidth = 720

// header is the top of an editor: the kind, the entity's name and, for
// kinds that can be deleted, a Delete button; under them, an edit the
// rules refused, with its way out.
type header struct {
	title  *widget.RichText
	delete *widget.Button
	obj    fyne.CanvasObject
}

// newHeader builds the header of the editor of k; refresh the title with set.
func newHeader[E app.Entity](b *binder[E]) *header {
	h := &header{title: widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleHeading})}
	h.title.Wrapping = fyne.TextWrapWord
	kind := widget.NewLabel(kindTitle(b.key.Kind))
	kind.Importance = widget.LowImportance
	var trailing fyne.CanvasObject
	if b.key.Kind != app.KindProduct && b.key.Kind != app.KindStrategy {
		h.delete = widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), func() { confirmDelete(b.env, b.key) })
		h.delete.Importance = widget.DangerImportance
		b.control(h.delete)
		trailing = container.NewVBox(h.delete)
	}
	b.refusal = page.NewRefusal(b.env) // hidden until an edit is refused
	h.obj = container.NewVBox(container.NewBorder(nil, nil, nil, trailing, container.New(layout.NewCustomPaddedVBoxLayout(0), kind, h.title)), b.refusal)
	b.load(func(e E) {
		t := app.Name(e)
		if b.key.Kind == app.KindStrategy {
			t = b.env.WS.Product().Name
		}
		seg := h.title.Segments[0].(*widget.TextSegment)
		if seg.Text != nameOr(t) {
			seg.Text = nameOr(t)
			h.title.Refresh()
		}
	})
	return h
}

// confirmDelete asks before moving the entity with key k to the trash.
func confirmDelete(env *page.Env, k app.Key) {
	msg := fmt.Sprintf("Move the %s “%s” to the trash?\nLinks to it from other entities are removed too; Undo brings all of it back.", k.Kind.Singular(), nameOf(env.WS, k))
	page.ConfirmTrash(env, k, "Delete "+k.Kind.Singular(), msg, "Delete")
}

// editorPage lays out an editor: the header, then its sections, in a column at
// most pageWidth wide that scrolls vertically.
func editorPage(h *header, sections ...fyne.CanvasObject) fyne.CanvasObject {
	objs := append([]fyne.CanvasObject{h.obj}, sections...)
	col := container.NewVBox(objs...)
	// A margin on the right keeps the fields and the Delete button clear of
	// the pane's edge and of the scroll bar.
	return container.NewVScroll(container.New(layout.NewCustomPaddedLayout(0, 8, 0, 14), page.Column(pageWidth, col)))
}

// heading returns a section heading.
func heading(text string) fyne.CanvasObject {
	t := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: text})
	return container.NewVBox(widget.NewSeparator(), t)
}

// row is one line of a form: a label and its field.
type row struct {
	label string
	field fyne.CanvasObject
}

// formRows lays rows out in two columns, labels leading.
func formRows(rows ...row) *fyne.Container {
	objs := make([]fyne.CanvasObject, 0, 2*len(rows))
	for _, r := range rows {
		l := widget.NewLabel(r.label)
		objs = append(objs, l, r.field)
	}
	return container.New(layout.NewFormLayout(), objs...)
}

// stacked puts a caption over a field that needs the whole width.
func stacked(caption string, field fyne.CanvasObject) fyne.CanvasObject {
	c := widget.NewLabelWithStyle(caption, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.New(layout.NewCustomPaddedVBoxLayout(0), c, field)
}

// leading keeps o at its minimum width, at the leading edge.
func leading(o fyne.CanvasObject) *fyne.Container { return container.NewHBox(o) }

// iconButtonGap is empty space as wide as an icon button, to line captions
// up with rows that end in one.
func iconButtonGap() fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(widget.NewButtonWithIcon("", theme.ContentClearIcon(), nil).MinSize().Width, 1))
	return r
}

// hint returns dim explanatory text that wraps.
func hint(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Importance = widget.LowImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}

// progressBar returns a bar that prints its value as a whole percentage.
func progressBar() *widget.ProgressBar {
	p := widget.NewProgressBar()
	p.TextFormatter = func() string { return fmt.Sprintf("%.0f %%", 100*p.Value) }
	return p
}

// setVisible shows or hides o.
func setVisible(o fyne.CanvasObject, on bool) {
	if on == o.Visible() {
		return
	}
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

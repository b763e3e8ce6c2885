package edit

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
)

// codec turns a field's text into a value and back. parse's error says
// what is wrong with the text in words a user understands; the command's
// description is put in front of it ("Edit capacity: …").
type codec[V comparable] struct {
	format      func(V) string
	parse       func(string) (V, error)
	placeholder string
}

var textCodec = codec[string]{
	format: func(s string) string { return s },
	parse:  func(s string) (string, error) { return strings.TrimSpace(s), nil },
}

var multiLineCodec = codec[string]{
	format: func(s string) string { return s },
	parse:  func(s string) (string, error) { return strings.TrimSpace(s), nil },
}

// requiredText is textCodec refusing empty text: an element of a list is
// removed with its ✕ button, not by emptying it.
func requiredText(noun string) codec[string] {
	return codec[string]{
		format: func(s string) string { return s },
		parse: func(s string) (string, error) {
			s = strings.TrimSpace(s)
			if s == "" {
				return "", fmt.Errorf("a %s cannot be empty: remove it with its ✕ button instead", noun)
			}
			return s, nil
		},
	}
}

var dateCodec = codec[app.Date]{
	format:      app.Date.String,
	parse:       func(s string) (app.Date, error) { return app.ParseDate(strings.TrimSpace(s)) },
	placeholder: "YYYY-MM-DD",
}

// numberSpec says which numbers a field takes.
type numberSpec struct {
	lo, hi float64
	whole  bool
	// blankZero: an empty field means 0 ("not set") and 0 shows empty.
	blankZero bool
	// placeholder is shown in an empty field.
	placeholder string
}

// anyNumber takes any finite number; 0 shows as 0.
var anyNumber = numberSpec{lo: math.Inf(-1), hi: math.Inf(1)}

// numberCodec returns the codec of numbers that satisfy spec.
func numberCodec(spec numberSpec) codec[float64] {
	return codec[float64]{
		placeholder: spec.placeholder,
		format: func(v float64) string {
			if v == 0 && spec.blankZero {
				return ""
			}
			return strconv.FormatFloat(v, 'f', -1, 64)
		},
		parse: func(s string) (float64, error) {
			s = strings.TrimSpace(s)
			if s == "" {
				if spec.blankZero {
					return 0, nil
				}
				return 0, errors.New("enter a number")
			}
			v, err := strconv.ParseFloat(s, 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				if strings.Contains(s, ",") {
					return 0, fmt.Errorf("%q is not a number: use digits and a decimal point, like 12.5", s)
				}
				return 0, fmt.Errorf("%q is not a number", s)
			}
			if spec.whole && v != math.Trunc(v) {
				return 0, fmt.Errorf("must be a whole number, got %s", s)
			}
			if v == 0 && spec.blankZero {
				return 0, nil
			}
			if v < spec.lo || v > spec.hi {
				msg := ""
				switch {
				case math.IsInf(spec.hi, 1):
					msg = fmt.Sprintf("must be %g or more, got %s", spec.lo, s)
				default:
					msg = fmt.Sprintf("must be from %g to %g, got %s", spec.lo, spec.hi, s)
				}
				if spec.blankZero {
					msg += " (leave it empty for not set)"
				}
				return 0, errors.New(msg)
			}
			return v, nil
		},
	}
}

// valueEntry returns a field that commits the value its text parses to:
// unchanged values commit nothing, text that does not parse is reported
// through fail (as a refused command) and the last good text comes back.
func valueEntry[V comparable](multi bool, c codec[V], cur func() (V, bool), apply func(V) error, fail func(error) error) *form.Entry {
	var en *form.Entry
	commit := func(text string) error {
		v, err := c.parse(text)
		if err != nil {
			return fail(err)
		}
		if old, ok := cur(); ok && old == v {
			en.SetValue(c.format(v))
			return nil
		}
		if err := apply(v); err != nil {
			return err
		}
		en.SetValue(c.format(v))
		return nil
	}
	if multi {
		en = form.NewMultiLineEntry(commit)
	} else {
		en = newSingleLine(commit)
	}
	en.SetPlaceHolder(c.placeholder)
	return en
}

// newSingleLine returns a one-line form.Entry that, like Fyne's own
// entries, scrolls long text without showing a scroll bar under it.
func newSingleLine(commit func(string) error) *form.Entry {
	en := form.NewEntry(commit)
	en.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	return en
}

// show puts s in the field unless it already holds it as its committed
// value: a field the user is typing in keeps the typing when something
// else changed.
func show(en *form.Entry, s string) {
	if en.Value() != s {
		en.SetValue(s)
	}
}

// rowList edits a slice field of the entity as rows of widgets, one row
// per element, reused by position so that a refresh keeps the focus and
// the typing in rows that did not change. Every row change is one command.
type rowList[E app.Entity, T any] struct {
	b    *binder[E]
	noun string // "differentiator"
	get  func(E) []T
	set  func(E, []T)
	// build fills a new row's widgets.
	build func(r *listRow[T])

	rows  []*listRow[T]
	box   *fyne.Container
	empty *widget.Label
	ro    bool
	obj   fyne.CanvasObject
	// addEntry and addButton add an element, when the list has an adder.
	addEntry  *form.Entry
	addButton *widget.Button
}

// listRow is one element's widgets.
type listRow[T any] struct {
	index        int
	obj          fyne.CanvasObject
	loads        []func(i, n int, v T)
	controls     []fyne.Disableable
	fields       []*form.Entry
	up, down, rm *widget.Button
}

// newRowList returns the rows of get(entity); empty is shown when there
// are none.
func newRowList[E app.Entity, T any](b *binder[E], noun, empty string, get func(E) []T, set func(E, []T), build func(l *rowList[E, T], r *listRow[T])) *rowList[E, T] {
	l := &rowList[E, T]{b: b, noun: noun, get: get, set: set, box: container.NewVBox(), empty: hint(empty)}
	l.build = func(r *listRow[T]) { build(l, r) }
	l.obj = container.NewVBox(l.empty, l.box)
	b.load(l.load)
	b.modes = append(b.modes, l.setReadOnly)
	return l
}

func (l *rowList[E, T]) load(e E) {
	vs := l.get(e)
	for len(l.rows) < len(vs) {
		r := &listRow[T]{index: len(l.rows)}
		l.build(r)
		l.rows = append(l.rows, r)
		l.box.Add(r.obj)
	}
	if len(l.rows) > len(vs) {
		for _, r := range l.rows[len(vs):] {
			l.box.Remove(r.obj)
		}
		l.rows = l.rows[:len(vs)]
	}
	for i, r := range l.rows {
		r.index = i
		for _, f := range r.loads {
			f(i, len(vs), vs[i])
		}
	}
	setVisible(l.empty, len(vs) == 0)
	l.setReadOnly(l.ro)
}

func (l *rowList[E, T]) setReadOnly(ro bool) {
	l.ro = ro
	for i, r := range l.rows {
		for _, c := range r.controls {
			setEnabled(c, !ro)
		}
		if r.up != nil {
			setEnabled(r.up, !ro && i > 0)
		}
		if r.down != nil {
			setEnabled(r.down, !ro && i < len(l.rows)-1)
		}
	}
}

// change edits the slice as one command.
func (l *rowList[E, T]) change(desc string, f func(s []T) ([]T, error)) error {
	return l.b.do(desc, func(e E) error {
		s, err := f(l.get(e))
		if err != nil {
			return err
		}
		l.set(e, s)
		return nil
	})
}

// editAt changes element i as the command desc.
func (l *rowList[E, T]) editAt(i int, desc string, f func(*T)) error {
	return l.change(desc, func(s []T) ([]T, error) {
		if i >= len(s) {
			return nil, fmt.Errorf("the %s is gone (changed meanwhile)", l.noun)
		}
		f(&s[i])
		return s, nil
	})
}

// add appends v.
func (l *rowList[E, T]) add(v T) error {
	return l.change("Add "+l.noun, func(s []T) ([]T, error) { return append(s, v), nil })
}

// remove removes element i.
func (l *rowList[E, T]) remove(i int) error {
	return l.change("Remove "+l.noun, func(s []T) ([]T, error) {
		if i >= len(s) {
			return nil, fmt.Errorf("the %s is gone (changed meanwhile)", l.noun)
		}
		return slices.Delete(s, i, i+1), nil
	})
}

// move swaps element i with its neighbour delta away (-1 up, +1 down).
func (l *rowList[E, T]) move(i, delta int) error {
	dir := "down"
	if delta < 0 {
		dir = "up"
	}
	return l.change("Move "+l.noun+" "+dir, func(s []T) ([]T, error) {
		j := i + delta
		if i >= len(s) || j < 0 || j >= len(s) {
			return nil, fmt.Errorf("the %s cannot move %s", l.noun, dir)
		}
		s[i], s[j] = s[j], s[i]
		return s, nil
	})
}

// buttons returns a row's Move up, Move down and Remove buttons.
func (l *rowList[E, T]) buttons(r *listRow[T]) fyne.CanvasObject {
	r.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { l.move(r.index, -1) })
	r.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { l.move(r.index, +1) })
	r.rm = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { l.remove(r.index) })
	for _, b := range []*widget.Button{r.up, r.down, r.rm} {
		b.Importance = widget.LowImportance
	}
	r.controls = append(r.controls, r.rm)
	return container.NewHBox(r.up, r.down, r.rm)
}

// adder returns a field and an Add button that append make(text): the text
// is added on Enter, on the button or when the field loses focus.
func (l *rowList[E, T]) adder(placeholder string, make func(text string) T) fyne.CanvasObject {
	var en *form.Entry
	en = newSingleLine(func(text string) error {
		text = strings.TrimSpace(text)
		if text == "" {
			en.SetValue("")
			return nil
		}
		if err := l.add(make(text)); err != nil {
			return err
		}
		en.SetValue("")
		return nil
	})
	en.SetPlaceHolder(placeholder)
	add := widget.NewButtonWithIcon("Add", theme.ContentAddIcon(), func() { en.Commit() })
	l.b.control(en, add)
	l.addEntry, l.addButton = en, add
	return container.NewBorder(nil, nil, nil, add, en)
}

// rowField returns a field of row r showing get(element) and committing
// set as the command desc.
func rowField[E app.Entity, T any, V comparable](l *rowList[E, T], r *listRow[T], multi bool, desc string, c codec[V], get func(T) V, set func(*T, V)) *form.Entry {
	f := valueEntry(multi, c,
		func() (V, bool) {
			e, ok := l.b.current()
			if !ok {
				var zero V
				return zero, false
			}
			s := l.get(e)
			if r.index >= len(s) {
				var zero V
				return zero, false
			}
			return get(s[r.index]), true
		},
		func(v V) error { return l.editAt(r.index, desc, func(t *T) { set(t, v) }) },
		func(err error) error { return l.b.fail(desc, err) })
	r.loads = append(r.loads, func(_, _ int, v T) { show(f, c.format(get(v))) })
	r.controls = append(r.controls, f)
	r.fields = append(r.fields, f)
	return f
}

// stringList edits a list of strings: each on its own row, with buttons to
// reorder and remove, and a field to add one.
func stringList[E app.Entity](b *binder[E], noun string, get func(E) []string, set func(E, []string)) *rowList[E, string] {
	l := newRowList(b, noun, "None yet.", get, set, func(l *rowList[E, string], r *listRow[string]) {
		f := rowField(l, r, false, "Edit "+noun, requiredText(noun), func(s string) string { return s }, func(s *string, v string) { *s = v })
		r.obj = container.NewBorder(nil, nil, nil, l.buttons(r), f)
	})
	l.obj = container.NewVBox(l.obj, l.adder("Add "+article(noun)+" "+noun+"…", func(s string) string { return s }))
	return l
}

// article returns "an" before a vowel sound, else "a" (good enough for the
// nouns of the editors).
func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an"
	}
	return "a"
}

// refList edits a set of references to entities of one kind: each shown by
// name, as a button that opens it, with a button to remove it, and a select
// of the others to add one.
type refList[E app.Entity] struct {
	b               *binder[E]
	kind            app.Kind
	get             func(E) []string
	set             func(E, []string)
	addDesc, rmDesc string
	self            string // an entity never offered (itself)
	rows            []*refRow
	box             *fyne.Container
	empty           *widget.Label
	pick            *widget.Select
	pickIDs         []string
	ro              bool
	obj             fyne.CanvasObject
}

type refRow struct {
	id     string
	open   *widget.Button
	remove *widget.Button
	obj    fyne.CanvasObject
}

// newRefList returns the editor of the references get(entity) to kind.
func newRefList[E app.Entity](b *binder[E], kind app.Kind, self, addDesc, rmDesc, placeholder, empty string, get func(E) []string, set func(E, []string)) *refList[E] {
	l := &refList[E]{b: b, kind: kind, self: self, get: get, set: set, addDesc: addDesc, rmDesc: rmDesc,
		box: container.NewVBox(), empty: hint(empty)}
	l.pick = widget.NewSelect(nil, l.onPick)
	l.pick.PlaceHolder = placeholder
	b.control(l.pick)
	b.load(l.load)
	b.modes = append(b.modes, l.setReadOnly)
	l.obj = container.NewVBox(l.empty, l.box, l.pick)
	return l
}

func (l *refList[E]) onPick(string) {
	i := l.pick.SelectedIndex()
	if l.b.loading || i < 0 || i >= len(l.pickIDs) {
		return
	}
	id := l.pickIDs[i]
	l.b.loading = true
	l.pick.ClearSelected()
	l.b.loading = false
	l.b.do(l.addDesc, func(e E) error {
		ids := l.get(e)
		if !slices.Contains(ids, id) {
			l.set(e, append(ids, id))
		}
		return nil
	})
}

func (l *refList[E]) onRemove(id string) {
	l.b.do(l.rmDesc, func(e E) error {
		l.set(e, slices.DeleteFunc(l.get(e), func(s string) bool { return s == id }))
		return nil
	})
}

func (l *refList[E]) load(e E) {
	ws := l.b.env.WS
	linked := map[string]bool{}
	var cur []option[string]
	var others []option[string]
	for _, o := range refOptions(ws, l.kind, "") {
		switch {
		case o.value == l.self:
		case slices.Contains(l.get(e), o.value):
			cur = append(cur, o)
			linked[o.value] = true
		default:
			others = append(others, o)
		}
	}
	// References to entities that are gone still show, so they can be removed.
	for _, id := range l.get(e) {
		if !linked[id] {
			cur = append(cur, option[string]{id, nameOf(ws, app.Key{Kind: l.kind, ID: id})})
		}
	}
	for len(l.rows) < len(cur) {
		r := &refRow{}
		r.open = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() {
			if l.b.env.Open != nil {
				l.b.env.Open(app.Key{Kind: l.kind, ID: r.id})
			}
		})
		r.open.Alignment = widget.ButtonAlignLeading
		r.open.IconPlacement = widget.ButtonIconTrailingText
		r.open.Importance = widget.LowImportance
		r.remove = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { l.onRemove(r.id) })
		r.remove.Importance = widget.LowImportance
		r.obj = container.NewBorder(nil, nil, nil, r.remove, r.open)
		l.rows = append(l.rows, r)
		l.box.Add(r.obj)
	}
	if len(l.rows) > len(cur) {
		for _, r := range l.rows[len(cur):] {
			l.box.Remove(r.obj)
		}
		l.rows = l.rows[:len(cur)]
	}
	for i, o := range cur {
		r := l.rows[i]
		r.id = o.value
		if r.open.Text != o.title {
			r.open.SetText(o.title)
		}
	}
	setVisible(l.empty, len(cur) == 0)
	titles := make([]string, len(others))
	l.pickIDs = make([]string, len(others))
	for i, o := range others {
		titles[i], l.pickIDs[i] = o.title, o.value
	}
	if !equalStrings(l.pick.Options, titles) {
		l.pick.SetOptions(titles)
	}
	l.setReadOnly(l.ro)
}

func (l *refList[E]) setReadOnly(ro bool) {
	l.ro = ro
	for _, r := range l.rows {
		setEnabled(r.remove, !ro)
	}
	setEnabled(l.pick, !ro && len(l.pickIDs) > 0)
}

// checklist edits a set of references as one check box per entity that
// could be referred to, labelled by name.
type checklist[E app.Entity] struct {
	b       *binder[E]
	options func() []option[string]
	get     func(E) []string
	set     func(E, []string)
	on, off string // command descriptions
	opts    []option[string]
	checks  []*widget.Check
	box     *fyne.Container
	empty   *widget.Label
	ro      bool
	obj     fyne.CanvasObject
}

func newChecklist[E app.Entity](b *binder[E], on, off, empty string, options func() []option[string], get func(E) []string, set func(E, []string)) *checklist[E] {
	l := &checklist[E]{b: b, options: options, get: get, set: set, on: on, off: off, box: container.NewVBox(), empty: hint(empty)}
	l.obj = container.NewVBox(l.empty, l.box)
	b.load(l.load)
	b.modes = append(b.modes, l.setReadOnly)
	return l
}

func (l *checklist[E]) load(e E) {
	opts := l.options()
	if !slices.Equal(opts, l.opts) {
		l.opts = opts
		l.checks = l.checks[:0]
		l.box.RemoveAll()
		for _, o := range opts {
			id := o.value
			c := widget.NewCheck(o.title, nil)
			c.OnChanged = func(on bool) { l.onChanged(id, on) }
			l.checks = append(l.checks, c)
			l.box.Add(c)
		}
	}
	ids := l.get(e)
	for i, o := range l.opts {
		l.checks[i].SetChecked(slices.Contains(ids, o.value))
	}
	setVisible(l.empty, len(l.opts) == 0)
	l.setReadOnly(l.ro)
}

func (l *checklist[E]) onChanged(id string, on bool) {
	if l.b.loading {
		return
	}
	if e, ok := l.b.current(); ok && slices.Contains(l.get(e), id) == on {
		return
	}
	desc := l.off
	if on {
		desc = l.on
	}
	l.b.do(desc, func(e E) error {
		ids := slices.DeleteFunc(l.get(e), func(s string) bool { return s == id })
		if on {
			ids = append(ids, id)
		}
		l.set(e, ids)
		return nil
	})
}

func (l *checklist[E]) setReadOnly(ro bool) {
	l.ro = ro
	for _, c := range l.checks {
		setEnabled(c, !ro)
	}
}

// colorPattern is the form of a colour: #rrggbb.
var colorPattern = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

var colorCodec = codec[string]{
	placeholder: "#rrggbb",
	format:      func(s string) string { return s },
	parse: func(s string) (string, error) {
		s = strings.ToLower(strings.TrimSpace(s))
		if s != "" && !strings.HasPrefix(s, "#") {
			s = "#" + s
		}
		if s != "" && !colorPattern.MatchString(s) {
			return "", fmt.Errorf("%q is not a colour: want # and six hex digits, like #1f7a8c", strings.TrimSpace(s))
		}
		return s, nil
	},
}

// parseColor returns the colour of "#rrggbb", and false for anything else.
func parseColor(s string) (color.NRGBA, bool) {
	if !colorPattern.MatchString(s) {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}, true
}

// swatch is a square of colour to tap.
type swatch struct {
	widget.DisableableWidget
	color    string
	rect     *canvas.Rectangle
	selected bool
	onTap    func(color string)
}

var (
	_ fyne.Tappable    = (*swatch)(nil)
	_ fyne.Disableable = (*swatch)(nil)
)

const swatchSize = 28

func newSwatch(c string, onTap func(string)) *swatch {
	s := &swatch{color: c, onTap: onTap, rect: canvas.NewRectangle(color.Transparent)}
	if col, ok := parseColor(c); ok {
		s.rect.FillColor = col
	}
	s.rect.CornerRadius = 4
	s.ExtendBaseWidget(s)
	return s
}

func (s *swatch) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(s.rect) }

// MinSize returns the swatch's fixed size.
func (s *swatch) MinSize() fyne.Size { return fyne.NewSquareSize(swatchSize) }

// Tapped picks the swatch's colour.
func (s *swatch) Tapped(*fyne.PointEvent) {
	if !s.Disabled() && s.onTap != nil {
		s.onTap(s.color)
	}
}

// setSelected outlines the swatch when it is the current colour.
func (s *swatch) setSelected(on bool) {
	if s.selected == on {
		return
	}
	s.selected = on
	if on {
		s.rect.StrokeColor = theme.Color(theme.ColorNameForeground)
		s.rect.StrokeWidth = 3
	} else {
		s.rect.StrokeWidth = 0
	}
	s.rect.Refresh()
}

package roadmap

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"canopy/app/timeline"
)

// The keyboard twins of a drag, on the selected bar: the arrows move it by
// one unit of the zoom, Shift+arrows move its end, Alt+Up and Alt+Down move
// it to the lane above or below, Return opens it; Ctrl+plus and Ctrl+minus
// zoom; Home scrolls to today.

// FocusGained shows the selection as focused.
func (t *Timeline) FocusGained() { t.Refresh() }

// FocusLost forgets the modifiers held.
func (t *Timeline) FocusLost() {
	t.shift = false
	t.Refresh()
}

// TypedRune zooms with + and -.
func (t *Timeline) TypedRune(r rune) {
	switch r {
	case '+', '=':
		t.ZoomIn()
	case '-':
		t.ZoomOut()
	}
}

// KeyDown tracks Shift, which the driver does not pass to TypedKey.
func (t *Timeline) KeyDown(e *fyne.KeyEvent) {
	if e.Name == desktop.KeyShiftLeft || e.Name == desktop.KeyShiftRight {
		t.shift = true
	}
}

// KeyUp tracks Shift.
func (t *Timeline) KeyUp(e *fyne.KeyEvent) {
	if e.Name == desktop.KeyShiftLeft || e.Name == desktop.KeyShiftRight {
		t.shift = false
	}
}

// TypedKey nudges, resizes or opens the selected bar.
func (t *Timeline) TypedKey(e *fyne.KeyEvent) {
	shift := t.shift || t.mods()&fyne.KeyModifierShift != 0
	switch e.Name {
	case fyne.KeyLeft, fyne.KeyRight:
		n := 1
		if e.Name == fyne.KeyLeft {
			n = -1
		}
		if shift {
			t.ResizeSelected(n)
		} else {
			t.NudgeSelected(n)
		}
	case fyne.KeyUp, fyne.KeyDown:
		if t.mods()&fyne.KeyModifierAlt != 0 {
			t.MoveSelectedLane(map[bool]int{true: -1, false: 1}[e.Name == fyne.KeyUp])
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		t.open(t.selected)
	case fyne.KeyHome:
		t.ScrollToToday()
	case fyne.KeyEscape:
		t.selected = ""
		t.status()
		t.Refresh()
	}
}

// TypedShortcut zooms (Ctrl+plus, Ctrl+minus) and moves between lanes
// (Alt+Up, Alt+Down).
func (t *Timeline) TypedShortcut(s fyne.Shortcut) {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok {
		return
	}
	switch {
	case cs.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 && (cs.KeyName == fyne.KeyEqual || cs.KeyName == fyne.KeyPlus):
		t.ZoomIn()
	case cs.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 && cs.KeyName == fyne.KeyMinus:
		t.ZoomOut()
	case cs.Modifier == fyne.KeyModifierAlt && cs.KeyName == fyne.KeyUp:
		t.MoveSelectedLane(-1)
	case cs.Modifier == fyne.KeyModifierAlt && cs.KeyName == fyne.KeyDown:
		t.MoveSelectedLane(1)
	case cs.Modifier == fyne.KeyModifierShift && cs.KeyName == fyne.KeyLeft:
		t.ResizeSelected(-1)
	case cs.Modifier == fyne.KeyModifierShift && cs.KeyName == fyne.KeyRight:
		t.ResizeSelected(1)
	}
}

// selectedBar returns the selected bar's index, or -1.
func (t *Timeline) selectedBar() int {
	if t.selected == "" {
		return -1
	}
	i, ok := t.plan.Bar(t.selected)
	if !ok {
		return -1
	}
	return i
}

// NudgeSelected moves the selected bar by n units of the zoom, keeping its
// length.
func (t *Timeline) NudgeSelected(n int) {
	i := t.selectedBar()
	if i < 0 {
		return
	}
	b := t.plan.Bars[i]
	start := t.frame.Cal.Add(b.Start, n)
	t.apply(b.ID, target{start: start, end: start.AddDays(b.Start.DaysUntil(b.End)), lane: b.Lane, ok: true})
	t.Select(b.ID)
}

// ResizeSelected moves the selected bar's end by n units of the zoom,
// never before its start.
func (t *Timeline) ResizeSelected(n int) {
	i := t.selectedBar()
	if i < 0 {
		return
	}
	b := t.plan.Bars[i]
	end := t.frame.Cal.Add(b.End.AddDays(1), n).AddDays(-1)
	if end.Before(b.Start) {
		return
	}
	t.apply(b.ID, target{start: b.Start, end: end, lane: b.Lane, ok: true})
	t.Select(b.ID)
}

// MoveSelectedLane moves the selected bar to the lane n rows down (up when
// negative).
func (t *Timeline) MoveSelectedLane(n int) {
	i := t.selectedBar()
	if i < 0 {
		return
	}
	b := t.plan.Bars[i]
	lane := b.Lane + n
	if lane < 0 || lane >= len(t.plan.Lanes) {
		return
	}
	t.apply(b.ID, target{start: b.Start, end: b.End, lane: lane, ok: true})
	t.Select(b.ID)
}

// zoomNames are the zoom levels as the toolbar names them.
func zoomNames() []string {
	out := make([]string, len(timeline.Zooms))
	for i, z := range timeline.Zooms {
		out[i] = z.String()
	}
	return out
}

package roadmap

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"canopy/app/timeline"
)

// The keyboard twins of a drag, on the selected bar: the arrows move it by
// one unit of the zoom, Shift+arrows move its end, Alt+Up and Alt+Down move
// it to the lane above or below, Return opens it; Ctrl+plus and Ctrl+minus
// zoom, Ctrl+0 and Home scroll to today. The zoom shortcuts work wherever
// the focus is while the timeline is in sight (ZoomShortcuts).

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
		if t.OnEscape != nil {
			t.OnEscape()
		}
	}
}

// TypedShortcut zooms (Ctrl+plus, Ctrl+minus), scrolls to today (Ctrl+0)
// and moves between lanes (Alt+Up, Alt+Down).
func (t *Timeline) TypedShortcut(s fyne.Shortcut) {
	if t.zoomShortcut(s) {
		return
	}
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok {
		return
	}
	switch {
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

// ZoomShortcuts returns the zoom shortcuts of the timeline, with the
// platform's shortcut modifier (Ctrl, Cmd on macOS): Ctrl+= and Ctrl++ (and
// Ctrl+Shift+=, a plus on most layouts) zoom in, Ctrl+minus zooms out, Ctrl+0
// scrolls to today. The page that shows the timeline registers them on the
// window's canvas while the timeline is in sight, so they work wherever the
// focus is; the timeline answers them itself when it has the focus.
func ZoomShortcuts() []fyne.Shortcut {
	m := fyne.KeyModifierShortcutDefault
	return []fyne.Shortcut{
		&desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: m},
		&desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: m | fyne.KeyModifierShift},
		&desktop.CustomShortcut{KeyName: fyne.KeyPlus, Modifier: m},
		&desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: m},
		&desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: m},
	}
}

// ZoomShortcut runs a zoom shortcut on the timeline; false when s is none.
func (v *View) ZoomShortcut(s fyne.Shortcut) bool { return v.Timeline.zoomShortcut(s) }

// zoomShortcut zooms in or out, or scrolls to today, for the shortcuts
// ZoomShortcuts lists (with Ctrl or Cmd, Shift or not); false for others.
func (t *Timeline) zoomShortcut(s fyne.Shortcut) bool {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok || cs.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierSuper) == 0 || cs.Modifier&fyne.KeyModifierAlt != 0 {
		return false
	}
	switch cs.KeyName {
	case fyne.KeyEqual, fyne.KeyPlus:
		t.ZoomIn()
	case fyne.KeyMinus:
		t.ZoomOut()
	case fyne.Key0:
		t.ScrollToToday()
	default:
		return false
	}
	return true
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

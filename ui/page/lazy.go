package page

// Lazy keeps the parts of a page up to date only while they are in sight:
// a change marks every part stale and refreshes at once those in sight; the
// others catch up when they come into sight (a tab selected, the section
// shown). Ranking 10 000 items or planning 2 000 initiatives costs tens of
// milliseconds, which an edit elsewhere need not pay. It is the one way a
// page refreshes lazily.
type Lazy struct {
	parts []func()
	stale []bool
	shown bool
	// inSight reports whether part i is in sight while the page is shown;
	// nil when every part is.
	inSight func(i int) bool
}

// NewLazy returns a helper whose parts are in sight when inSight says so
// (nil: all of them, while the page is shown). The page starts hidden.
func NewLazy(inSight func(i int) bool) *Lazy { return &Lazy{inSight: inSight} }

// Add appends a part that refresh brings up to date; it returns its index.
func (l *Lazy) Add(refresh func()) int {
	l.parts = append(l.parts, refresh)
	l.stale = append(l.stale, false)
	return len(l.parts) - 1
}

// Changed follows a change of the workspace: the parts in sight now, the
// others when shown.
func (l *Lazy) Changed() {
	for i := range l.stale {
		l.stale[i] = true
	}
	l.CatchUp()
}

// CatchUp refreshes each part in sight that missed a change: call it when
// what is in sight changes (a tab selected).
func (l *Lazy) CatchUp() {
	if !l.shown {
		return
	}
	for i, f := range l.parts {
		if l.stale[i] && (l.inSight == nil || l.inSight(i)) {
			l.stale[i] = false
			f()
		}
	}
}

// SetShown tells whether the page is in sight; shown, it catches up.
func (l *Lazy) SetShown(on bool) {
	l.shown = on
	l.CatchUp()
}

// Shown reports whether the page is in sight.
func (l *Lazy) Shown() bool { return l.shown }

// Stale reports whether part i missed a change.
func (l *Lazy) Stale(i int) bool { return l.stale[i] }

package sample

import (
	"fmt"
	"os"
	"path/filepath"

	"canopy/app"
	"canopy/app/store"
	"canopy/assets"
)

// Anchor is the first day of the quarter the embedded sample was written
// for; New moves its dates so that its first quarter is the current one.
var Anchor = app.MustDate("2026-01-01")

// AnchorClock is the clock the embedded sample was built with.
var AnchorClock = app.DayClock(Anchor.AddDays(40))

// New returns the sample workspace for the day today: the embedded copy with
// every date moved by whole quarters, so that the roadmap starts in the
// current quarter. The same day always gives the same workspace.
func New(today app.Date, clock app.Clock) (*app.Workspace, error) {
	ws, report, err := store.Load(assets.Sample())
	if err != nil {
		return nil, fmt.Errorf("embedded sample: %w", err)
	}
	if !report.OK() {
		return nil, fmt.Errorf("embedded sample: %v", report.Lines())
	}
	ws.SetClock(clock)
	if err := ws.Do(app.ShiftDates(quartersSinceAnchor(today) * 3)); err != nil {
		return nil, fmt.Errorf("sample: %w", err)
	}
	return ws, nil
}

// quartersSinceAnchor returns how many calendar quarters lie between the
// anchor's quarter and today's.
func quartersSinceAnchor(today app.Date) int {
	a, t := Anchor.Time(), today.Time()
	months := (t.Year()-a.Year())*12 + int(t.Month()) - int(a.Month())
	if months >= 0 {
		return months / 3
	}
	return -((-months + 2) / 3)
}

// UserCopy returns the folder of the user's own copy of the sample inside
// dataDir, writing it first for the day today when it does not exist yet.
// An existing copy is opened as it is: the user may have edited it.
func UserCopy(dataDir string, today app.Date, clock app.Clock) (string, error) {
	dir := filepath.Join(dataDir, "Sample workspace")
	if _, err := os.Stat(filepath.Join(dir, store.ManifestFile)); err == nil {
		return dir, nil
	}
	ws, err := New(today, clock)
	if err != nil {
		return "", err
	}
	if _, err := store.Create(dir, ws); err != nil {
		return "", fmt.Errorf("copy the sample: %w", err)
	}
	return dir, nil
}

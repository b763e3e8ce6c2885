package roadmap

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"canopy/app"
	"canopy/app/diff"
	"canopy/ui/page"
)

// earlier returns the roadmap workspace as it was before: Alpha ended
// three weeks sooner, Delta did not exist, and Foxtrot, since deleted,
// was planned in Lane One.
func earlier(t *testing.T) *app.Workspace {
	t.Helper()
	old := roadmapWorkspace(t)
	d := app.MustDate
	err := old.Do(app.Func{Desc: "the old plan", Fn: func(tx *app.Tx) error {
		a, _ := old.Initiative("in-a")
		a2 := *a
		a2.End = d("2027-03-10")
		if err := tx.Put(&a2); err != nil {
			return err
		}
		if err := tx.Delete(app.Key{Kind: app.KindInitiative, ID: "in-d"}); err != nil {
			return err
		}
		return tx.Put(&app.Initiative{ID: "in-f", Name: "Foxtrot", Lane: "l1", Status: app.InitiativePlanned,
			Start: d("2027-05-10"), End: d("2027-05-28")})
	}})
	if err != nil {
		t.Fatal(err)
	}
	return old
}

// ghostTexts returns the ghosts' labels drawn, and the outlines drawn with
// their position on the timeline.
func ghostTexts(tl *Timeline) (labels map[string]*canvas.Text, outlines []*canvas.Rectangle) {
	labels = map[string]*canvas.Text{}
	r := tl.r
	for i, tx := range r.gh.labels.items {
		if i < r.gh.labels.shown && tx.Visible() {
			labels[tx.Text] = tx
		}
	}
	for i, o := range r.gh.outlines.items {
		if i < r.gh.outlines.shown && o.Visible() {
			outlines = append(outlines, o)
		}
	}
	return labels, outlines
}

func TestCompareGhosts(t *testing.T) {
	ws := roadmapWorkspace(t)
	f := newFixture(t, ws)
	f.Env.Compare = &page.Comparing{}
	f.v.followCompare(f.Env)
	f.tl.ScrollTo(f.tl.Frame().X(app.MustDate("2027-02-01")), 0)
	if labels, outlines := ghostTexts(f.tl); len(labels)+len(outlines) != 0 {
		t.Fatalf("ghosts drawn before comparing: %v, %d outlines", labels, len(outlines))
	}
	old := earlier(t)
	f.Env.Compare.Set(&page.Comparison{Name: "baseline q1", Old: old, Diff: diff.Compare(old, ws)})
	labels, outlines := ghostTexts(f.tl)
	for _, want := range []string{"+3 w", "new", "removed: Foxtrot"} {
		if labels[want] == nil {
			t.Errorf("no ghost label %q among %v", want, labels)
		}
	}
	// Alpha's ghost is an outline at its old dates in its row; its label
	// sits right of the bar now.
	i, _ := f.tl.Plan().Bar("in-a")
	bar := f.tl.Frame().BarRect(i)
	x0 := float32(f.tl.Frame().X(app.MustDate("2027-03-01"))-f.tl.Scroll().X) + laneW
	x1 := float32(f.tl.Frame().X(app.MustDate("2027-03-11"))-f.tl.Scroll().X) + laneW
	y := float32(bar.Y-f.tl.Scroll().Y) + headerH
	found := false
	for _, o := range outlines {
		if o.Position() == fyne.NewPos(x0, y) && o.Size().Width == x1-x0 && o.StrokeWidth > 0 && translucent(o.FillColor) {
			found = true
		}
	}
	if !found {
		t.Errorf("no outline at Alpha's old dates (%v, %v wide) among %d", fyne.NewPos(x0, y), x1-x0, len(outlines))
	}
	if l := labels["+3 w"]; l != nil && l.Position().X < float32(bar.X+bar.W-f.tl.Scroll().X)+laneW {
		t.Errorf("the slip's label at %v overlaps the bar ending at %v", l.Position(), bar.X+bar.W)
	}
	// A slip later is in the error colour, "new" in the primary.
	if labels["+3 w"] != nil && labels["new"] != nil && labels["+3 w"].Color == labels["new"].Color {
		t.Errorf("a slip and a new bar in the same colour %v", labels["new"].Color)
	}
	// The tip of a moved bar says where it was.
	if got, want := f.tl.ghostNote(i), " · was Mar 1 – Mar 10, 2027, +3 w"; got != want {
		t.Errorf("Alpha's tip adds %q, want %q", got, want)
	}
	// The ghosts follow the plan: after an edit, Alpha ends on its old
	// day and its ghost goes.
	a, _ := ws.Initiative("in-a")
	a2 := *a
	a2.End = app.MustDate("2027-03-10")
	if err := ws.Do(app.Func{Desc: "Alpha back", Fn: func(tx *app.Tx) error { return tx.Put(&a2) }}); err != nil {
		t.Fatal(err)
	}
	if labels, _ := ghostTexts(f.tl); labels["+3 w"] != nil || labels["new"] == nil {
		t.Errorf("after Alpha moved back: %v", labels)
	}
	// Out of sight, nothing is drawn.
	f.tl.ScrollTo(f.tl.Frame().X(app.MustDate("2029-01-01")), 0)
	if labels, outlines := ghostTexts(f.tl); len(labels)+len(outlines) != 0 {
		t.Errorf("ghosts drawn out of sight: %v, %d outlines", labels, len(outlines))
	}
	// Stopping draws none.
	f.tl.ScrollTo(f.tl.Frame().X(app.MustDate("2027-02-01")), 0)
	f.Env.Compare.Set(nil)
	if labels, outlines := ghostTexts(f.tl); len(labels)+len(outlines) != 0 || f.tl.Ghosts() != nil {
		t.Errorf("ghosts after stopping: %v, %d outlines", labels, len(outlines))
	}
	names := 0
	for i, tx := range f.tl.r.barText.items {
		if f.tl.r.shown[i] && tx.Visible() && tx.Text != "" {
			names++
		}
	}
	if names == 0 {
		t.Error("the bars' names are gone")
	}
}

// translucent reports whether c lets the bar under it show.
func translucent(c color.Color) bool {
	_, _, _, a := c.RGBA()
	return a < 0x4000
}

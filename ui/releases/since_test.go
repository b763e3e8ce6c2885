package releases

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/diff"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// TestScopeSinceComparison: in compare mode, the release shows the items
// put in and taken out since the earlier version, with the points, and
// opens them; out of it, nothing.
func TestScopeSinceComparison(t *testing.T) {
	test.NewTempApp(t)
	old := uitest.PMWorkspace(t) // the plan as it was: item-a and item-d in Spring
	ws := uitest.PMWorkspace(t)
	err := ws.Do(app.Func{Desc: "rescope", Fn: func(tx *app.Tx) error {
		b, err := app.Edit[*app.Item](tx, app.KindItem, "item-b")
		if err != nil {
			return err
		}
		b.Release, b.Estimate = "rel-spring", 5
		d, err := app.Edit[*app.Item](tx, app.KindItem, "item-d")
		if err != nil {
			return err
		}
		d.Release = ""
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := uitest.NewContext(t, ws)
	ctx.Env.Compare = &page.Comparing{}
	p := newReleasesPage(ctx.Env)
	uitest.Follow(ws, p.refresh)
	ctx.Show(p.content, 1200, 900)
	p.SetShown(true)
	p.Show(app.Key{Kind: app.KindRelease, ID: "rel-spring"})
	if p.since.box.Visible() || uitest.HasText(p.content, "Scope since") {
		t.Fatal("the scope since a comparison shows before comparing")
	}

	ctx.Env.Compare.Set(&page.Comparison{Name: "baseline q1 (saved 2026-11-01)", Old: old, Diff: diff.Compare(old, ws)})
	if !p.since.box.Visible() {
		t.Fatal("comparing shows no scope since")
	}
	var rows []string
	for i := range p.since.changes {
		rows = append(rows, p.since.changes[i].item.ID)
	}
	if !slices.Equal(rows, []string{"item-b", "item-d"}) || !p.since.changes[0].added || p.since.changes[1].added {
		t.Errorf("scope changes %v", rows)
	}
	for _, want := range []string{"Scope since the comparison", "Since baseline q1 (saved 2026-11-01): 1 item in (+5 pts), 1 item out (−3 pts). Scope creep: +2 pts.",
		"+ Runner-up", "− Work in progress"} {
		if !uitest.HasText(p.content, want) {
			t.Errorf("no %q in %q", want, uitest.Texts(p.content))
		}
	}
	p.since.list.Select(1)
	if !slices.Equal(ctx.Opened, []app.Key{{Kind: app.KindItem, ID: "item-d"}}) {
		t.Errorf("opened %v", ctx.Opened)
	}
	// Stopping hides it.
	ctx.Env.Compare.Set(nil)
	if p.since.box.Visible() || strings.Contains(strings.Join(uitest.Texts(p.content), "\n"), "Scope since") {
		t.Error("the scope since a comparison still shows after stopping")
	}
}

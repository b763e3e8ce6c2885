package board_test

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/backlog/board"
	"canopy/ui/internal/uitest"
)

// TestBoardAPI drives the board only through what the Backlog section
// uses: New, Object, SetFilter, Refresh, Select and MoveSelected.
func TestBoardAPI(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	ctx := uitest.NewContext(t, ws)
	b := board.New(ctx.Env)
	ctx.Show(b.Object(), 1400, 800)
	if !uitest.HasText(b.Object(), "Highest scored") || !uitest.HasText(b.Object(), "Work in progress") {
		t.Fatalf("the board does not show the items: %q", uitest.Texts(b.Object()))
	}
	b.SetFilter(app.Filter{Types: []app.ItemType{app.TypeBug}})
	if uitest.HasText(b.Object(), "Highest scored") || !uitest.HasText(b.Object(), "Waits on work") {
		t.Fatalf("filtered on bugs, the board shows %q", uitest.Texts(b.Object()))
	}
	b.SetFilter(app.Filter{})
	if err := ws.Do(app.Create(&app.Item{ID: "item-new", Title: "Fresh idea", Type: app.TypeStory, Status: app.StatusNew})); err != nil {
		t.Fatal(err)
	}
	b.Refresh()
	if !uitest.HasText(b.Object(), "Fresh idea") {
		t.Fatal("Refresh does not show the new item")
	}
	b.Select("item-d") // in progress, with criteria and an estimate
	b.MoveSelected(app.StatusDone)
	if it, _ := ws.Item("item-d"); it.Status != app.StatusDone || len(ctx.Cmds) != 1 {
		t.Fatalf("move: status %s, commands %q, refusals %v", it.Status, ctx.Cmds, ctx.Errs)
	}
}

package teamsync

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

var update = flag.Bool("update", false, "rewrite the golden markup under testdata/")

// TestGoldenConflictsPage renders the page with two conflicted items,
// the first one's title about to be edited, and compares it with
// testdata/conflicts_page.xml; -update rewrites it, and a mismatch
// leaves the new markup in testdata/failed/.
func TestGoldenConflictsPage(t *testing.T) {
	test.NewTempApp(t)
	ws, places, fcs := workspace(t)
	p := NewConflictsPage(writer(ws, places), fcs)
	w := test.NewWindow(p)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 600))
	title, _ := row(t, p, 0)
	title.SetSelected(choiceEdit)
	status, _ := row(t, p, 1)
	status.SetSelected(choiceTheirs)
	const file = "conflicts_page.xml"
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("testdata", file), []byte(test.RenderToMarkup(w.Canvas())), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	test.AssertRendersToMarkup(t, file, w.Canvas())
}

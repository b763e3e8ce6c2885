package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

func TestOverviewShowsProductAndStrategy(t *testing.T) {
	test.NewTempApp(t)
	content := NewOverview(uitest.SeedWorkspace(t))
	uitest.ShowInWindow(t, content)

	for _, want := range []string{
		uitest.TestProduct, "2026", "Robin", "1.2", "RICE",
		"See the whole forest.", "Orchard owners",
		"For growerswho plan by hand.Unlike paper,our product ranks the work.", /* one paragraph per part */
		"Trees planted", "0 → 50 → 200 trees", "25%",
	} {
		if !uitest.HasText(content, want) {
			t.Errorf("overview does not show %q; it shows %q", want, uitest.Texts(content))
		}
	}
}

func TestOverviewShowsGoalsWithKeyResults(t *testing.T) {
	test.NewTempApp(t)
	content := NewOverview(uitest.SeedWorkspace(t))
	uitest.ShowInWindow(t, content)

	for _, want := range []string{"Grow the orchard", "Latency", "10 → 25 → 40 ms", "Harvest", "0 → 100 → 100 t", "75% overall"} {
		if !uitest.HasText(content, want) {
			t.Errorf("goals do not show %q; the overview shows %q", want, uitest.Texts(content))
		}
	}
	// The bars: north star 0.25, goal overall 0.75, key results 0.5 and 1.
	var got []float64
	uitest.Visit(content, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.ProgressBar); ok {
			got = append(got, b.Value)
		}
		return true
	})
	want := []float64{0.25, 0.75, 0.5, 1}
	if !slices.Equal(got, want) {
		t.Errorf("progress bars = %v, want %v", got, want)
	}
}

func TestOverviewEmptyWorkspaceShowsPlaceholders(t *testing.T) {
	test.NewTempApp(t)
	content := NewOverview(app.NewWorkspace(app.Product{Name: "Blank"}))
	uitest.ShowInWindow(t, content)

	for _, want := range []string{"No vision written yet.", "No positioning statement yet.", "No north-star metric set.", "No goals yet.", "Nothing to do next"} {
		if !uitest.HasText(content, want) {
			t.Errorf("empty overview does not show %q; it shows %q", want, uitest.Texts(content))
		}
	}
	if n := uitest.Find[*widget.List](t, content).Length(); n != 0 {
		t.Errorf("what-next list has %d rows, want 0", n)
	}
}

func TestReadOnlyBanner(t *testing.T) {
	for _, tc := range []struct {
		name   string
		reason error
		want   bool
	}{
		{"editable", nil, false},
		{"read-only", uitest.ErrLocked, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			test.NewTempApp(t)
			ws := uitest.SeedWorkspace(t)
			ws.SetReadOnly(tc.reason)
			content := NewOverview(ws)
			uitest.ShowInWindow(t, content)

			if got := uitest.HasText(content, "read-only"); got != tc.want {
				t.Errorf("read-only banner shown = %v, want %v", got, tc.want)
			}
			if tc.want && !uitest.HasText(content, uitest.ErrLocked.Error()) {
				t.Errorf("banner does not say why: %q", uitest.Texts(content))
			}
		})
	}
}

func TestSummaryCountsStatuses(t *testing.T) {
	test.NewTempApp(t)
	content := NewOverview(uitest.SeedWorkspace(t))
	uitest.ShowInWindow(t, content)

	want := "New 3 · Ready 1 · In progress 1 · Done 0 · Accepted 0   —   5 items · 0 initiatives · 0 releases"
	if !uitest.HasText(content, want) {
		t.Errorf("summary missing %q; the overview shows %q", want, uitest.Texts(content))
	}
}

func TestGoalWithoutKeyResultsShowsNoProgress(t *testing.T) {
	test.NewTempApp(t)
	ws := app.NewWorkspace(app.Product{Name: "P"})
	err := ws.Do(app.Func{Desc: "goal", Fn: func(tx *app.Tx) error {
		return tx.Put(&app.Goal{ID: "goal-bare", Title: "Bare goal", Description: "Just words."})
	}})
	if err != nil {
		t.Fatal(err)
	}
	content := NewOverview(ws)
	uitest.ShowInWindow(t, content)

	for _, want := range []string{"Bare goal", "Just words.", "No key results yet."} {
		if !uitest.HasText(content, want) {
			t.Errorf("goal does not show %q; the overview shows %q", want, uitest.Texts(content))
		}
	}
	if uitest.HasText(content, "overall") {
		t.Errorf("a goal without key results shows an overall progress: %q", uitest.Texts(content))
	}
}

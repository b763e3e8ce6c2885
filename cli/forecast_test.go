package cli

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/store"
)

func TestForecastGolden(t *testing.T) {
	dir := sampleDir(t, "--today", "2026-11-12")
	before := tree(t, dir)
	tests := []struct {
		name string
		args []string
	}{
		{"forecast.txt", nil},
		{"forecast.json", []string{"--json"}},
		{"forecast_filtered.txt", []string{"--release", "crewline 4.3 — live re-planning", "--initiative", "init-dfp7tym7", "--weeks", "6", "--runs", "2000", "--seed", "7"}},
		{"forecast_filtered.json", []string{"--initiative", "Offline-first technician app", "--json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"forecast", dir, "--today", "2026-11-12"}, tt.args...)
			code, stdout, stderr := runCLI(t, args...)
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if _, again, _ := runCLI(t, args...); again != stdout {
				t.Error("the same forecast twice differs")
			}
			golden(t, tt.name, stdout)
		})
	}
	if !reflect.DeepEqual(before, tree(t, dir)) {
		t.Error("forecast changed the workspace")
	}
}

// TestForecastJSONShape checks the --json output against the shape:
// releases and initiatives with id, name, date, remaining, p50, p85, p95
// and chance, weeks and throughput.
func TestForecastJSONShape(t *testing.T) {
	dir := sampleDir(t, "--today", "2026-11-12")
	code, stdout, stderr := runCLI(t, "forecast", dir, "--today", "2026-11-12", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var out map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if want := []string{"initiatives", "releases", "throughput", "weeks"}; !slices.Equal(keys, want) {
		t.Fatalf("keys %v, want %v", keys, want)
	}
	var weeks int
	var throughput []int
	json.Unmarshal(out["weeks"], &weeks)
	json.Unmarshal(out["throughput"], &throughput)
	if weeks != 12 || len(throughput) != weeks {
		t.Errorf("weeks %d, throughput %v", weeks, throughput)
	}
	day := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	for _, list := range []string{"releases", "initiatives"} {
		var entries []map[string]any
		if err := json.Unmarshal(out[list], &entries); err != nil || len(entries) == 0 {
			t.Fatalf("%s: %v (%d entries)", list, err, len(entries))
		}
		for _, e := range entries {
			for _, k := range []string{"id", "name", "date", "remaining", "p50", "p85", "p95", "chance"} {
				if _, ok := e[k]; !ok {
					t.Errorf("%s %v: no %q", list, e["name"], k)
				}
			}
			for _, k := range []string{"date", "p50", "p85", "p95"} {
				if s, _ := e[k].(string); !day.MatchString(s) {
					t.Errorf("%s %v: %s %q is not YYYY-MM-DD", list, e["name"], k, s)
				}
			}
			if c, ok := e["chance"].(float64); !ok || c < 0 || c > 1 {
				t.Errorf("%s %v: chance %v, want 0–1", list, e["name"], e["chance"])
			}
			if e["p50"].(string) > e["p85"].(string) || e["p85"].(string) > e["p95"].(string) {
				t.Errorf("%s %v: P50 %v P85 %v P95 %v out of order", list, e["name"], e["p50"], e["p85"], e["p95"])
			}
		}
	}
}

// TestForecastWithoutHistory: a workspace whose history is too short
// forecasts nothing, says why, and exits 0.
func TestForecastWithoutHistory(t *testing.T) {
	isolate(t)
	day := app.MustDate("2026-11-12")
	ws := app.NewWorkspace(app.Product{Name: "Fresh"})
	ws.SetClock(app.DayClock(day))
	err := ws.Do(app.Func{Desc: "fixture", Fn: func(tx *app.Tx) error {
		if err := tx.Put(&app.Release{ID: "rel-first", Name: "First light", Date: day.AddDays(40)}); err != nil {
			return err
		}
		return tx.Put(&app.Item{ID: "item-one", Type: app.TypeStory, Title: "One", Status: app.StatusNew, Release: "rel-first", Rank: 1})
	}})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "fresh")
	if _, err := store.Create(dir, ws); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "forecast", dir, "--today", "2026-11-12")
	want := "No forecast: no item has a recorded status change yet; a forecast needs about 6 weeks of history."
	if code != 0 || !strings.HasPrefix(stdout, want+"\n") || !strings.Contains(stdout, "First light") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = runCLI(t, "forecast", dir, "--today", "2026-11-12", "--json")
	if code != 0 || !strings.Contains(stdout, `"reason": "no item has a recorded status change yet`) || strings.Contains(stdout, `"p50"`) || strings.Contains(stdout, `"chance"`) {
		t.Errorf("exit %d\n%s", code, stdout)
	}
}

func TestForecastErrors(t *testing.T) {
	dir := sampleDir(t)
	tests := []struct {
		args   []string
		stderr string
	}{
		{[]string{"forecast"}, "forecast: want a workspace folder, got 0 arguments"},
		{[]string{"forecast", dir, "--weeks", "0"}, "--weeks must be from 1 to 520, got 0"},
		{[]string{"forecast", dir, "--runs", "0"}, "--runs must be from 1 to 1000000, got 0"},
		{[]string{"forecast", dir, "--seed", "-1"}, "invalid value"},
		{[]string{"forecast", dir, "--release", "Crewline 9"}, `--release "Crewline 9": no release has that ID or name (the releases: Crewline 4.2 — Job completion,`},
		{[]string{"forecast", dir, "--initiative", "Teleportation"}, `--initiative "Teleportation": no initiative has that ID or name (the initiatives: `},
		{[]string{"forecast", dir, "--today", "soon"}, `--today: date "soon"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args[1:], " "), func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.args...)
			if code != 2 || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, stderr, tt.stderr)
			}
		})
	}
	if code, _, _ := runCLI(t, "forecast", filepath.Join(dir, "nope")); code != 1 {
		t.Errorf("a missing folder: exit %d, want 1", code)
	}
}

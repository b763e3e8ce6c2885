package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"

	"canopy/app"
	"canopy/app/forecast"
)

const forecastArgs = "DIR [--release ID|NAME] [--initiative ID|NAME] [--weeks N] [--runs N] [--seed S] [--json]"

func runForecast(env *Env, args []string) error {
	fs, today := newFlags("forecast", forecastArgs, "forecast when each release not yet shipped, and each active initiative, will be done, from the throughput of the past weeks", env)
	release := fs.String("release", "", "forecast only this release (its ID or name)")
	initiative := fs.String("initiative", "", "forecast only this initiative (its ID or name)")
	weeks := fs.Int("weeks", forecast.DefaultWeeks, "draw from the throughput of the last N whole weeks")
	runs := fs.Int("runs", forecast.DefaultRuns, "simulate N futures")
	seed := fs.Uint64("seed", forecast.DefaultSeed, "seed of the simulation (the same seed gives the same forecast)")
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	if *weeks < 1 || *weeks > forecast.HorizonWeeks {
		return usageError("forecast: --weeks must be from 1 to %d, got %d", forecast.HorizonWeeks, *weeks)
	}
	if *runs < 1 || *runs > 1_000_000 {
		return usageError("forecast: --runs must be from 1 to 1000000, got %d", *runs)
	}
	d, err := today()
	if err != nil {
		return err
	}
	ws, _, err := open(pos[0], d)
	if err != nil {
		return err
	}
	o := forecast.Options{Today: ws.Today(), Weeks: *weeks, Runs: *runs, Seed: *seed, Initiatives: true}
	res, err := forecast.Run(ws, o)
	if err != nil {
		return err
	}
	if *release != "" || *initiative != "" {
		rels, inits := []forecast.Forecast{}, []forecast.Forecast{}
		if *release != "" {
			f, err := pickRelease(ws, res, *release)
			if err != nil {
				return err
			}
			rels = append(rels, f)
		}
		if *initiative != "" {
			f, err := pickInitiative(ws, res, *initiative)
			if err != nil {
				return err
			}
			inits = append(inits, f)
		}
		res.Releases, res.Initiatives = rels, inits
	}
	if *asJSON {
		return writeForecastJSON(env.Stdout, res)
	}
	return writeForecastText(env.Stdout, res, *release != "" || *initiative == "", *initiative != "" || *release == "")
}

// pickRelease returns the forecast of the release named by an ID or a
// name (case aside); a shipped release, which the forecast leaves out,
// says so.
func pickRelease(ws *app.Workspace, res *forecast.Result, key string) (forecast.Forecast, error) {
	var found *app.Release
	var names []string
	for _, r := range ws.Releases() {
		names = append(names, r.Name)
		if r.ID == key || strings.EqualFold(strings.TrimSpace(r.Name), strings.TrimSpace(key)) {
			if found == nil {
				found = r
			}
		}
	}
	if found == nil {
		return forecast.Forecast{}, usageError("forecast: --release %q: no release has that ID or name (the releases: %s)", key, list(names))
	}
	for _, f := range res.Releases {
		if f.ID == found.ID {
			return f, nil
		}
	}
	return forecast.Forecast{ID: found.ID, Name: found.Name, Planned: found.Date, Reason: "shipped: its date has passed and every item is Done or Accepted"}, nil
}

// pickInitiative returns the forecast of the initiative named by an ID or
// a name; one that is not active or at risk is not forecast, and says why.
func pickInitiative(ws *app.Workspace, res *forecast.Result, key string) (forecast.Forecast, error) {
	var found *app.Initiative
	var names []string
	for _, in := range ws.Initiatives() {
		names = append(names, in.Name)
		if found == nil && (in.ID == key || strings.EqualFold(strings.TrimSpace(in.Name), strings.TrimSpace(key))) {
			found = in
		}
	}
	if found == nil {
		return forecast.Forecast{}, usageError("forecast: --initiative %q: no initiative has that ID or name (the initiatives: %s)", key, list(names))
	}
	for _, f := range res.Initiatives {
		if f.ID == found.ID {
			return f, nil
		}
	}
	left := 0
	for it := range ws.AllItems() {
		if it.Initiative == found.ID && it.Status != app.StatusDone && it.Status != app.StatusAccepted {
			left++
		}
	}
	return forecast.Forecast{ID: found.ID, Name: found.Name, Planned: found.End, Remaining: left,
		Reason: fmt.Sprintf("the initiative is %s; only active and at-risk initiatives are forecast", initiativeStatusTitle(found.Status))}, nil
}

// initiativeStatusTitle names an initiative's status in a sentence.
func initiativeStatusTitle(s app.InitiativeStatus) string {
	if s == "" {
		return "without a status"
	}
	return strings.ReplaceAll(string(s), "-", " ")
}

// list joins names for a message, at most eight of them.
func list(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	if len(names) > 8 {
		return strings.Join(names[:8], ", ") + fmt.Sprintf(" and %d more", len(names)-8)
	}
	return strings.Join(names, ", ")
}

// forecastJSON is one release or initiative in --json output.
type forecastJSON struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Date      string   `json:"date,omitempty"`
	Remaining int      `json:"remaining"`
	P50       string   `json:"p50,omitempty"`
	P85       string   `json:"p85,omitempty"`
	P95       string   `json:"p95,omitempty"`
	Chance    *float64 `json:"chance,omitempty"`
	Reason    string   `json:"reason,omitempty"`
}

func toJSON(fs []forecast.Forecast) []forecastJSON {
	out := make([]forecastJSON, len(fs))
	for i, f := range fs {
		out[i] = forecastJSON{ID: f.ID, Name: f.Name, Date: f.Planned.String(), Remaining: f.Remaining,
			P50: f.P50.String(), P85: f.P85.String(), P95: f.P95.String(), Reason: f.Reason}
		if f.HasChance {
			c := math.Round(f.Chance*10000) / 10000
			out[i].Chance = &c
		}
	}
	return out
}

func writeForecastJSON(w io.Writer, res *forecast.Result) error {
	throughput := make([]int, len(res.Throughput))
	for i, wk := range res.Throughput {
		throughput[i] = wk.Done
	}
	out := struct {
		Releases    []forecastJSON `json:"releases"`
		Initiatives []forecastJSON `json:"initiatives"`
		Weeks       int            `json:"weeks"`
		Throughput  []int          `json:"throughput"`
	}{toJSON(res.Releases), toJSON(res.Initiatives), len(res.Throughput), throughput}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func writeForecastText(w io.Writer, res *forecast.Result, releases, initiatives bool) error {
	if res.Reason != "" {
		fmt.Fprintf(w, "No forecast: %s.\n", res.Reason)
	} else {
		counts := make([]string, len(res.Throughput))
		for i, wk := range res.Throughput {
			counts[i] = fmt.Sprint(wk.Done)
		}
		fmt.Fprintf(w, "Throughput of the last %d weeks, oldest first: %s items a week.\n", len(res.Throughput), strings.Join(counts, " "))
		fmt.Fprintf(w, "%d simulated futures from %s (seed %d).\n", res.Runs, res.Today, res.Seed)
	}
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	table := func(title string, fs []forecast.Forecast) {
		fmt.Fprintln(tw)
		fmt.Fprintf(tw, "%s\tDATE\tLEFT\tP50\tP85\tP95\tCHANCE\t\n", title)
		if len(fs) == 0 {
			fmt.Fprintf(tw, "(none)\t\t\t\t\t\t\t\n")
		}
		for _, f := range fs {
			date := f.Planned.String()
			if date == "" {
				date = "—"
			}
			chance := "—"
			if f.HasChance {
				chance = fmt.Sprintf("%.0f %%", f.Chance*100)
			}
			p50, p85, p95, note := "—", "—", "—", ""
			if f.OK() {
				p50, p85, p95 = f.P50.String(), f.P85.String(), f.P95.String()
			} else if f.Reason != res.Reason {
				note = f.Reason // the workspace's own reason is said once, above
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", oneLine(f.Name, 40), date, f.Remaining, p50, p85, p95, chance, note)
		}
	}
	if releases {
		table("RELEASE", res.Releases)
	}
	if initiatives {
		table("INITIATIVE", res.Initiatives)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for line := range strings.Lines(buf.String()) {
		if _, err := io.WriteString(w, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	return nil
}

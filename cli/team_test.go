package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"canopy/app"
	"canopy/app/store"
	"canopy/app/store/storetest"
	"canopy/assets"
	"canopy/internal/gittest"
)

// TestMain lets the test binary stand in for canopy when git runs it as
// the merge driver (CANOPY_AS_CLI=1), so the git scenario needs no build.
func TestMain(m *testing.M) {
	if os.Getenv("CANOPY_AS_CLI") == "1" {
		os.Exit(Run(os.Args[1:], &Env{Stdout: os.Stdout, Stderr: os.Stderr}))
	}
	os.Exit(m.Run())
}

func readEntity(t *testing.T, ws, rel string) app.Entity {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(ws, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	e, _, err := store.Decode(rel, data)
	if err != nil {
		t.Fatalf("%s: %v\n%s", rel, err, data)
	}
	return e
}

// TestGitScenario is the "done when": two clones of the sample,
// a PM and a PO editing the same items, merged by git through the driver,
// the one field given two values found and settled, nothing lost.
func TestGitScenario(t *testing.T) {
	gittest.Isolate(t)
	root := t.TempDir()
	origin := filepath.Join(root, "origin.git")
	gittest.Run(t, root, "init", "-q", "--bare", origin)

	// The plan lives in a sub-folder of a bigger repository.
	seed := filepath.Join(root, "seed")
	gittest.Run(t, root, "clone", "-q", origin, seed)
	ws := filepath.Join(seed, "plans", "canopy")
	if err := os.CopyFS(ws, assets.Sample()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(seed, "README.md"), []byte("the company repo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runCLI(t, "git-setup", ws); code != 0 || !strings.Contains(out, ".gitattributes") {
		t.Fatalf("git-setup = %d\n%s%s", code, out, errOut)
	}
	if code, out, errOut := runCLI(t, "git-setup", ws); code != 0 || out != "" || !strings.Contains(errOut, "already set up") {
		t.Fatalf("git-setup again = %d %q %q", code, out, errOut)
	}
	if got := gittest.Run(t, seed, "config", "merge.canopy.driver"); !strings.HasSuffix(strings.TrimSpace(got), " merge-file %O %A %B %P") {
		t.Fatalf("driver = %q", got)
	}
	gittest.Run(t, seed, "add", "-A")
	gittest.Run(t, seed, "commit", "-qm", "the plan")
	gittest.Run(t, seed, "push", "-q", "origin", "main")

	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	clone := func(name string) string {
		dir := filepath.Join(root, name)
		gittest.Run(t, root, "clone", "-q", origin, dir)
		w := filepath.Join(dir, "plans", "canopy")
		if code, _, errOut := runCLI(t, "git-setup", w); code != 0 {
			t.Fatalf("git-setup in %s: %s", name, errOut)
		}
		// The test binary stands in for the canopy program.
		gittest.Run(t, dir, "config", "merge.canopy.driver", "CANOPY_AS_CLI=1 '"+self+"' merge-file %O %A %B %P")
		return w
	}
	pm, po := clone("pm"), clone("po")

	entries, err := os.ReadDir(filepath.Join(pm, "items"))
	if err != nil || len(entries) < 6 {
		t.Fatalf("sample items: %v", err)
	}
	var items []string
	for _, e := range entries {
		items = append(items, "items/"+e.Name())
	}
	slices.Sort(items)
	titled, tagged, moved, gone, newer, accepted := items[0], items[1], items[2], items[3], items[4], items[5]
	inits, _ := os.ReadDir(filepath.Join(pm, "initiatives"))
	goals, _ := os.ReadDir(filepath.Join(pm, "goals"))
	initiative, goal := "initiatives/"+inits[0].Name(), "goals/"+goals[0].Name()
	at := func(h int) time.Time { return time.Date(2026, 3, 2, h, 0, 0, 0, time.UTC) }
	move := func(by string, h int) func(e app.Entity) {
		return func(e app.Entity) {
			it := e.(*app.Item)
			it.History = append(it.History, app.Decision{At: at(h), By: by, Kind: app.DecisionMoved, From: it.Status, To: app.StatusInProgress})
			it.Status = app.StatusInProgress
		}
	}

	// The PM reschedules an initiative, edits a goal, and touches items.
	storetest.EditFile(t, pm, initiative, func(e app.Entity) {
		in := e.(*app.Initiative)
		in.Start, in.End = app.MustDate("2026-02-02"), app.MustDate("2026-07-31")
	})
	storetest.EditFile(t, pm, goal, func(e app.Entity) { e.(*app.Goal).Description = "Reworded by the PM" })
	storetest.EditFile(t, pm, titled, func(e app.Entity) { e.(*app.Item).Title = "The PM's title" })
	storetest.EditFile(t, pm, tagged, func(e app.Entity) { it := e.(*app.Item); it.Tags = append(it.Tags, "pm-pick"); it.Assignee = "Grace" })
	storetest.EditFile(t, pm, moved, move("PM", 9))
	if err := os.Remove(filepath.Join(pm, filepath.FromSlash(gone))); err != nil {
		t.Fatal(err)
	}
	// A newer Canopy wrote a field this one does not know.
	newerFile := filepath.Join(pm, filepath.FromSlash(newer))
	data, _ := os.ReadFile(newerFile)
	data = bytes.Replace(data, []byte("\n}\n"), []byte(",\n  \"points\": 8\n}\n"), 1)
	if err := os.WriteFile(newerFile, data, 0o644); err != nil {
		t.Fatal(err)
	}
	storetest.EditFile(t, pm, accepted, func(e app.Entity) { e.(*app.Item).Description = "Clarified by the PM" })
	gittest.Run(t, pm, "commit", "-qam", "PM: roadmap")
	gittest.Run(t, pm, "push", "-q", "origin", "main")

	// The PO moves, scores and accepts items, some the same.
	storetest.EditFile(t, po, titled, func(e app.Entity) { it := e.(*app.Item); it.Title = "The PO's title"; it.Estimate = 8 })
	storetest.EditFile(t, po, tagged, func(e app.Entity) {
		it := e.(*app.Item)
		it.Tags = append(it.Tags, "po-pick")
		it.Status = app.StatusReady
		it.Scores.ICE = &app.ICE{Impact: 7, Confidence: 6, Ease: 5}
	})
	storetest.EditFile(t, po, moved, move("PO", 8))
	storetest.EditFile(t, po, gone, func(e app.Entity) { e.(*app.Item).Notes = "The PO still needs this" })
	storetest.EditFile(t, po, newer, func(e app.Entity) { e.(*app.Item).Type = app.TypeBug })
	storetest.EditFile(t, po, accepted, func(e app.Entity) {
		it := e.(*app.Item)
		for i := range it.Criteria {
			it.Criteria[i].Met = true
		}
		it.History = append(it.History, app.Decision{At: at(11), By: "PO", Kind: app.DecisionAccepted, From: it.Status, To: app.StatusAccepted, Reason: "demoed"})
		it.Status = app.StatusAccepted
	})
	gittest.Run(t, po, "commit", "-qam", "PO: backlog")
	if out, err := gittest.Try(po, "", "pull", "-q", "origin", "main"); err == nil {
		t.Fatalf("the pull merged with no conflict:\n%s", out)
	}

	// The conflicts: one title given two values, one item deleted on one
	// side and changed on the other (in the index, with no markers).
	code, out, errOut := runCLI(t, "conflicts", po)
	if code != 1 {
		t.Fatalf("conflicts = %d\n%s%s", code, out, errOut)
	}
	idOf := func(rel string) string { return strings.TrimSuffix(filepath.Base(rel), ".json") }
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.Contains(out, idOf(titled)+"  title") || !strings.Contains(out, `"The PM's title"`) ||
		!strings.Contains(out, `"The PO's title"`) || !strings.Contains(out, idOf(gone)) || !strings.Contains(out, "deleted on theirs") {
		t.Fatalf("conflicts listed:\n%s", out)
	}
	if code, out, _ := runCLI(t, "validate", po); code != 1 || !strings.Contains(out, "field title has two values") {
		t.Fatalf("validate = %d\n%s", code, out)
	}

	// Everything else merged already, field by field.
	it := readEntity(t, po, tagged).(*app.Item)
	if !slices.Contains(it.Tags, "pm-pick") || !slices.Contains(it.Tags, "po-pick") || it.Assignee != "Grace" || it.Status != app.StatusReady || it.Scores.ICE == nil {
		t.Fatalf("neighbouring fields and a tag each: %+v", it)
	}
	it = readEntity(t, po, moved).(*app.Item)
	if n := len(it.History); it.Status != app.StatusInProgress || n < 2 || it.History[n-2].By != "PO" || it.History[n-1].By != "PM" {
		t.Fatalf("both moved it: %+v", it.History)
	}
	it = readEntity(t, po, accepted).(*app.Item)
	if d, ok := it.LastDecision(); it.Status != app.StatusAccepted || !ok || d.By != "PO" || it.Description != "Clarified by the PM" {
		t.Fatalf("the acceptance or the PM's description is missing: %+v", it)
	}
	in := readEntity(t, po, initiative).(*app.Initiative)
	if in.Start != app.MustDate("2026-02-02") || readEntity(t, po, goal).(*app.Goal).Description != "Reworded by the PM" {
		t.Fatal("the PM's roadmap edits are missing")
	}
	merged, _ := os.ReadFile(filepath.Join(po, filepath.FromSlash(newer)))
	if !bytes.Contains(merged, []byte(`"points": 8`)) || !bytes.Contains(merged, []byte(`"type": "bug"`)) {
		t.Fatalf("the newer build's field or the PO's edit was lost:\n%s", merged)
	}
	titledData, _ := os.ReadFile(filepath.Join(po, filepath.FromSlash(titled)))
	if !bytes.Contains(titledData, []byte("<<<<<<< ours\n  \"title\": \"The PO's title\",\n||||||| base\n")) || !bytes.Contains(titledData, []byte(`"estimate": 8`)) {
		t.Fatalf("markers not around the title alone:\n%s", titledData)
	}

	// Settle both: the PM's title, the PO's undeleted item.
	if code, out, errOut := runCLI(t, "resolve", po, idOf(titled), "--take", "theirs", "--field", "title"); code != 0 || !strings.Contains(out, "staged") {
		t.Fatalf("resolve title = %d\n%s%s", code, out, errOut)
	}
	if code, out, errOut := runCLI(t, "resolve", po, idOf(gone), "--take", "ours"); code != 0 {
		t.Fatalf("resolve deleted = %d\n%s%s", code, out, errOut)
	}
	if code, out, _ := runCLI(t, "conflicts", po); code != 0 {
		t.Fatalf("conflicts left:\n%s", out)
	}
	if got := gittest.Run(t, po, "diff", "--name-only", "--diff-filter=U"); got != "" {
		t.Fatalf("git still sees conflicts: %s", got)
	}
	gittest.Run(t, po, "commit", "-qm", "merge")
	it = readEntity(t, po, titled).(*app.Item)
	if it.Title != "The PM's title" || it.Estimate != 8 {
		t.Fatalf("after resolve: %q, estimate %g", it.Title, it.Estimate)
	}
	if readEntity(t, po, gone).(*app.Item).Notes != "The PO still needs this" {
		t.Fatal("the PO's edit of the item the PM deleted was lost")
	}
	if code, out, errOut := runCLI(t, "validate", po); code != 0 {
		t.Fatalf("validate after the merge = %d\n%s%s", code, out, errOut)
	}
	// The replaced version of the title's file is in the trash.
	p, err := store.DefaultPlaces()
	if err != nil {
		t.Fatal(err)
	}
	if v, err := store.Versions(p, po, app.Key{Kind: app.KindItem, ID: idOf(titled)}); err != nil || len(v) != 1 {
		t.Fatalf("versions in the trash: %v %v", v, err)
	}
}

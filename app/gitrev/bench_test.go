package gitrev

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"canopy/app"
	"canopy/app/diff"
	"canopy/app/sample"
	"canopy/app/store"
)

var (
	benchOnce sync.Once
	benchRoot string
	benchErr  error
	benchEdit int // how many items the second commit changed
)

// benchRepo makes, once, a repository holding a 10 000-item workspace in
// plan/, tagged "before", then a commit that changes one item in ten (1 007).
func benchRepo(b *testing.B) string {
	b.Helper()
	benchOnce.Do(func() {
		benchRoot, benchErr = os.MkdirTemp("", "canopy-diff-bench-")
		if benchErr != nil {
			return
		}
		dir := filepath.Join(benchRoot, "plan")
		ws, err := sample.New(today, app.DayClock(today))
		if err == nil {
			err = sample.Generate(ws, 10000, 1)
		}
		if err == nil {
			_, err = store.Create(dir, ws)
		}
		if err != nil {
			benchErr = err
			return
		}
		git := func(args ...string) {
			if benchErr != nil {
				return
			}
			cmd := exec.Command("git", append([]string{"-c", "user.name=Bench", "-c", "user.email=bench@example.com", "-c", "init.defaultBranch=main"}, args...)...)
			cmd.Dir = benchRoot
			cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull, "HOME="+benchRoot)
			if out, err := cmd.CombinedOutput(); err != nil {
				benchErr = &gitError{args: args, msg: strings.TrimSpace(string(out)), err: err}
			}
		}
		git("init", "-q")
		git("add", ".")
		git("commit", "-q", "-m", "before")
		git("tag", "before")
		for i, it := range ws.Items() {
			if i%10 != 0 {
				continue
			}
			benchEdit++
			c := app.Clone(it)
			c.Estimate++
			data, err := store.Encode(c)
			if err == nil {
				err = os.WriteFile(filepath.Join(dir, filepath.FromSlash(store.Path(app.KeyOf(c)))), data, 0o644)
			}
			if err != nil {
				benchErr = err
				return
			}
		}
		git("commit", "-q", "-am", "after")
		git("status", "-s") // refreshes the index, as any git command the user runs does
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return filepath.Join(benchRoot, "plan")
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchRoot != "" {
		os.RemoveAll(benchRoot)
	}
	os.Exit(code)
}

func openBench(b *testing.B, dir string) *app.Workspace {
	_, ws, report, err := store.OpenAt(dir, store.Places{})
	if err != nil || !report.OK() {
		b.Fatal(err, report.Lines())
	}
	return ws
}

// BenchmarkDiff: what `canopy diff --rev before` does at 10 000 items, 1 000
// of them changed since (open the workspace, read the revision, compare) ÷
// opening the workspace once. The two are timed in turns, each iteration
// one of each, so that the load of a shared machine weighs on both alike;
// the ratio of their sums is reported.
func BenchmarkDiff(b *testing.B) {
	if _, err := exec.LookPath("git"); err != nil {
		b.Fatal("git is needed (`make test` installs it):", err)
	}
	dir := benchRepo(b)
	var ours, base time.Duration
	for b.Loop() {
		t0 := time.Now()
		openBench(b, dir)
		t1 := time.Now()
		now := openBench(b, dir)
		old, _, _, err := Load(dir, "before", now)
		if err != nil {
			b.Fatal(err)
		}
		d := diff.Compare(old, now)
		t2 := time.Now()
		base += t1.Sub(t0)
		ours += t2.Sub(t1)
		n := 0
		for _, c := range d.Section(diff.SectionBacklog) {
			if c.Field == "estimate" {
				n++
			}
		}
		if n != benchEdit {
			b.Fatalf("%d estimates changed, want %d", n, benchEdit)
		}
	}
	b.ReportMetric(float64(ours)/float64(base), "ratio")
}

//go:build !windows

// The crash test kills a child process with SIGKILL and reads its wait
// status, which Windows has no equivalent of: it runs on Linux and macOS.

package store

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"canopy/app"
)

// The child process is this test binary run with -test.run=^TestCrashChild$
// and these variables set.
const (
	crashEnvDir   = "CANOPY_CRASH_CHILD" // the workspace folder
	crashEnvLog   = "CANOPY_CRASH_LOG"   // the child's round log, outside the workspace
	crashEnvRound = "CANOPY_CRASH_ROUND" // the number of the child's first round
)

const (
	crashKills     = 200 // children killed per run
	crashBaseItems = 30  // items added to the fixture so that saves touch many files
	// A child is killed 1 ms to 40 ms after it opened the workspace, or up to
	// 5/4 of a round when rounds are longer (a slow disk: each file written
	// is flushed), so that kills land all along a save, its removals last
	// included; never later than crashCapDelay, to bound the run time.
	crashMinDelay = time.Millisecond
	crashMaxDelay = 40 * time.Millisecond
	crashCapDelay = 150 * time.Millisecond
	// Every crashLateEvery-th child, and the first, is killed only after it
	// completed a round, so later rounds and their saved state are checked
	// too, and the length of a round is measured.
	crashLateEvery = 10
)

// crashRecord is one line of the round log. Before each Save the child
// appends the bytes it is about to write (the canonical JSON of every
// entity the round changed, or Removed for a deleted one); after Save
// returns it appends Saved. So the parent knows, for each file, its state
// at the last completed save (old) and what the save in progress was
// writing (new).
type crashRecord struct {
	Round int           `json:"round"`
	Files []crashFile   `json:"files,omitempty"`
	Saved bool          `json:"saved,omitempty"`
	Took  time.Duration `json:"took,omitempty"` // with Saved: the round, from its edit to the end of its save
}

type crashFile struct {
	Path    string `json:"path"` // slash-separated, in the workspace
	Data    []byte `json:"data"`
	Removed bool   `json:"removed"`
}

// crashState is the content of every entity file of a workspace by path.
type crashState map[string][]byte

// TestCrashDuringSaves proves that a save interrupted at any moment loses
// nothing: a child process saves many files per round in a loop and is
// killed with SIGKILL at a random moment, crashKills times. After each kill
// the workspace must open without a decode or rule problem (no torn file,
// no dangling reference), every file must be its version at the last
// completed save or the one the interrupted save was writing, and nothing
// saved before must be missing. The next child goes on from what is on disk.
func TestCrashDuringSaves(t *testing.T) {
	// The lock and the trash live in the user's folders: keep them in the test's.
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "data"))
	t.Setenv("XDG_CACHE_HOME", filepath.Join(home, "cache"))
	dir := filepath.Join(t.TempDir(), "workspace")
	logs := t.TempDir()

	ws := fullWorkspace(t)
	ws.SetIDSource(app.SeededIDs(20261127))
	for i := range crashBaseItems {
		it := &app.Item{Type: app.TypeStory, Title: fmt.Sprintf("Base %02d", i), Status: app.StatusNew,
			Initiative: "init-base", Release: "rel-one", Estimate: float64(1 + i%5), Tags: []string{"base"}}
		if i%3 == 0 {
			it.DependsOn = []string{"item-dep"}
		}
		if err := ws.Do(app.Create(it)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Create(dir, ws); err != nil {
		t.Fatal(err)
	}
	disk, temps := crashReadDir(t, dir)
	if len(temps) > 0 {
		t.Fatalf("Create left temporary files: %v", temps)
	}

	rng := rand.New(rand.NewPCG(1127, 2026))
	var (
		start         = time.Now()
		round         = 1
		took          []time.Duration // of the rounds completed
		saved         int             // rounds completed, over all children
		midSave       int             // kills while a save was in progress
		mixed         int             // ... that left some files old and some new
		inRemovals    int             // ... that came after the writes, before the last removal
		leftTemps     int             // kills that left a temporary file behind
		beforeRecords int             // kills before the child recorded a round
	)
	for i := range crashKills {
		logFile := filepath.Join(logs, fmt.Sprintf("child-%03d.jsonl", i))
		window := crashMaxDelay
		if len(took) > 0 {
			slices.Sort(took)
			window = min(max(window, took[len(took)/2]*5/4), crashCapDelay)
		}
		delay := crashMinDelay + time.Duration(rng.Int64N(int64(window-crashMinDelay)))
		late := i%crashLateEvery == 0
		crashRunChild(t, dir, logFile, round, late, delay)

		recs := crashReadLog(t, logFile)
		committed, pending, next := crashReplay(t, disk, recs, round)
		when := "opening"
		if late {
			when = "its first save"
		}
		ctx := fmt.Sprintf("kill %d (%v after %s, rounds %d–%d)", i, delay.Round(10*time.Microsecond), when, round, next-1)
		if len(recs) == 0 {
			beforeRecords++
		}
		for _, r := range recs {
			if r.Saved {
				saved++
				took = append(took, r.Took)
			}
		}
		if pending != nil {
			midSave++
		}
		var ph crashPhase
		var ok bool
		disk, temps, ph, ok = crashCheck(t, ctx, dir, committed, pending)
		if len(temps) > 0 {
			leftTemps++
		}
		if ph.mixed {
			mixed++
		}
		if ph.inRemovals {
			inRemovals++
		}
		if !ok || t.Failed() {
			t.FailNow()
		}
		round = next
	}
	var median time.Duration
	if len(took) > 0 {
		slices.Sort(took)
		median = took[len(took)/2]
	}
	t.Logf("%d kills in %v: %d while a save was in progress (%d with some files written and some not, %d between "+
		"the writes and the last removal), %d before the child recorded a round; %d rounds saved in all, "+
		"a round taking %v (median); %d kills left temporary files",
		crashKills, time.Since(start).Round(time.Millisecond), midSave, mixed, inRemovals, beforeRecords, saved,
		median.Round(10*time.Microsecond), leftTemps)
	if midSave < crashKills/10 {
		t.Errorf("only %d of %d kills landed during a save: the test no longer interrupts saves", midSave, crashKills)
	}
}

// crashRunChild starts a child saving rounds from round on, and kills it
// with SIGKILL delay after it has opened the workspace or, when late, after
// it completed its first round.
func crashRunChild(t *testing.T, dir, logFile string, round int, late bool, delay time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1", "-test.timeout=60s")
	cmd.Env = append(os.Environ(),
		crashEnvDir+"="+dir, crashEnvLog+"="+logFile, crashEnvRound+"="+strconv.Itoa(round))
	out := &crashOutput{ready: make(chan struct{}), saved: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = out, out
	// The child exits when its standard input closes, so that it never
	// outlives a parent that died.
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	start := out.ready
	if late {
		start = out.saved
	}
	select {
	case <-start:
	case err := <-exited:
		t.Fatalf("the child exited before it was killed (%v):\n%s", err, out.String())
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		<-exited
		t.Fatalf("the child did not open the workspace and save within 30 s:\n%s", out.String())
	}
	time.Sleep(delay)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = <-exited
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("child: %v\n%s", err, out.String())
	}
	if st, ok := ee.Sys().(syscall.WaitStatus); !ok || !st.Signaled() || st.Signal() != syscall.SIGKILL {
		t.Fatalf("the child exited before it was killed (%v):\n%s", err, out.String())
	}
}

// crashOutput collects the child's output and tells when it opened the
// workspace (ready) and completed its first round (saved).
type crashOutput struct {
	mu           sync.Mutex
	buf          bytes.Buffer
	ready, saved chan struct{}
	once1, once2 sync.Once
}

func (o *crashOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.buf.Write(p)
	if bytes.Contains(o.buf.Bytes(), []byte("crash child ready\n")) {
		o.once1.Do(func() { close(o.ready) })
	}
	if bytes.Contains(o.buf.Bytes(), []byte("crash child saved\n")) {
		o.once2.Do(func() { close(o.saved) })
	}
	return len(p), nil
}

func (o *crashOutput) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

// crashReadLog returns the complete records of a child's log; a last line
// cut short by the kill is ignored (its save had not started).
func crashReadLog(t *testing.T, file string) []crashRecord {
	t.Helper()
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var recs []crashRecord
	for len(data) > 0 {
		line, rest, complete := bytes.Cut(data, []byte("\n"))
		if !complete {
			break
		}
		var r crashRecord
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		recs = append(recs, r)
		data = rest
	}
	return recs
}

// crashReplay applies the rounds of a log to base, the files as the child
// found them: committed is the state at the last completed save, pending
// the files of the save in progress at the kill (nil if none), next the
// round the next child starts with.
func crashReplay(t *testing.T, base crashState, recs []crashRecord, first int) (committed crashState, pending []crashFile, next int) {
	t.Helper()
	committed = maps.Clone(base)
	next = first
	for i, r := range recs {
		if r.Round != next {
			t.Fatalf("round log: record %d is of round %d, want %d", i, r.Round, next)
		}
		if !r.Saved {
			if pending != nil {
				t.Fatalf("round log: round %d recorded twice", r.Round)
			}
			pending = r.Files
			if pending == nil {
				pending = []crashFile{}
			}
			continue
		}
		if pending == nil {
			t.Fatalf("round log: round %d saved but not recorded", r.Round)
		}
		for _, f := range pending {
			if f.Removed {
				delete(committed, f.Path)
			} else {
				committed[f.Path] = f.Data
			}
		}
		pending = nil
		next++
	}
	if pending != nil {
		next++
	}
	return committed, pending, next
}

// crashReadDir returns the entity files of the workspace and the names of
// the temporary files an interrupted save left. Any other file is an error.
func crashReadDir(t *testing.T, dir string) (crashState, []string) {
	t.Helper()
	files := crashState{}
	var temps []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case strings.HasPrefix(d.Name(), tempPrefix):
			temps = append(temps, rel)
		case strings.HasSuffix(d.Name(), ".json"):
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			files[rel] = data
		default:
			t.Errorf("unexpected file in the workspace: %s", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files, temps
}

// crashPhase says where in a save a kill landed, as the files show it.
type crashPhase struct {
	mixed      bool // some files of the save were written, some not yet
	inRemovals bool // every file was written, a removal was still to come
}

// crashCheck checks the workspace after a kill and returns its files.
func crashCheck(t *testing.T, ctx, dir string, committed crashState, pending []crashFile) (crashState, []string, crashPhase, bool) {
	t.Helper()
	ok := true
	fail := func(format string, args ...any) {
		t.Errorf(ctx+": "+format, args...)
		ok = false
	}
	disk, temps := crashReadDir(t, dir)

	// 2. Every file parses and is its old or its new version.
	var state []string // of the files of the interrupted save, for messages
	var olds, news, writesLeft, removalsLeft int
	inPending := map[string]bool{}
	for _, f := range pending {
		inPending[f.Path] = true
		got, there := disk[f.Path]
		old, had := committed[f.Path]
		isOld := there == had && bytes.Equal(got, old)
		isNew := there == !f.Removed && bytes.Equal(got, f.Data)
		switch {
		case isOld && isNew:
			state = append(state, f.Path+" (unchanged)")
		case isOld:
			olds++
			if f.Removed {
				removalsLeft++
			} else {
				writesLeft++
			}
			state = append(state, f.Path+" (old)")
		case isNew:
			news++
			state = append(state, f.Path+" (new)")
		default:
			state = append(state, f.Path+" (NEITHER)")
			fail("%s is neither its old nor its new version:\n%s", f.Path, crashShow(got, there))
		}
	}
	ph := crashPhase{mixed: olds > 0 && news > 0, inRemovals: writesLeft == 0 && removalsLeft > 0}
	for p, data := range disk {
		if !json.Valid(data) {
			fail("%s does not parse:\n%s", p, data)
		}
		if _, known := committed[p]; !known && !inPending[p] {
			fail("%s is on disk but was never saved:\n%s", p, data)
		}
	}
	for p, want := range committed {
		if inPending[p] {
			continue
		}
		got, there := disk[p]
		if !there {
			fail("%s, saved before, is missing", p)
		} else if !bytes.Equal(got, want) {
			fail("%s differs from its last saved version:\n%s\nwant:\n%s", p, got, want)
		}
	}

	// 1. The workspace opens without decode or rule problems.
	s, ws, report, err := Open(dir)
	if err != nil {
		fail("open: %v", err)
		return disk, temps, ph, false
	}
	if !report.OK() {
		fail("opening after the kill reports:\n  %s\nthe files of the interrupted save:\n  %s",
			strings.Join(report.Lines(), "\n  "), strings.Join(state, "\n  "))
	}

	// 3. Nothing saved before the kill is missing, unless the interrupted
	// save was removing it.
	removed := map[string]bool{}
	for _, f := range pending {
		removed[f.Path] = f.Removed
	}
	for p := range committed {
		k, isEntity := crashKeyOf(p)
		if isEntity && !removed[p] {
			if _, there := ws.Get(k); !there {
				fail("%s, saved before the kill, did not load", k)
			}
		}
	}

	// Temporary files of the interrupted save may remain until the store
	// clears them: it does so under the lock (clearTemps).
	if err := s.Lock(ws); err != nil {
		fail("lock after the kill: %v", err)
		return disk, temps, ph, false
	}
	defer s.Close()
	if _, left := crashReadDir(t, dir); len(left) > 0 {
		fail("temporary files remain after Open and Lock: %v", left)
	}
	return disk, temps, ph, ok
}

func crashShow(data []byte, there bool) string {
	if !there {
		return "(missing)"
	}
	return string(data)
}

// crashKeyOf returns the key of the entity stored at a slash path.
func crashKeyOf(p string) (app.Key, bool) {
	switch p {
	case ManifestFile:
		return app.ProductKey, true
	case StrategyFile:
		return app.StrategyKey, true
	}
	kind, name, ok := strings.Cut(p, "/")
	if !ok || !strings.HasSuffix(name, ".json") {
		return app.Key{}, false
	}
	return app.Key{Kind: app.Kind(kind), ID: strings.TrimSuffix(name, ".json")}, true
}

// TestCrashChild is the child process of TestCrashDuringSaves. Run by the
// test tool, without the variable, it does nothing.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashEnvDir)
	if dir == "" {
		return
	}
	round, err := strconv.Atoi(os.Getenv(crashEnvRound))
	if err != nil {
		t.Fatal(err)
	}
	// Never outlive the parent, whatever happens to it.
	go func() {
		io.Copy(io.Discard, os.Stdin)
		os.Exit(3)
	}()
	time.AfterFunc(30*time.Second, func() { os.Exit(4) })

	s, ws, report, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !report.OK() {
		t.Fatalf("open: %s", strings.Join(report.Lines(), "\n"))
	}
	if err := s.Lock(ws); err != nil {
		t.Fatal(err)
	}
	ws.SetClock(app.FixedClock{T: fixedNow})
	ws.SetIDSource(app.SeededIDs(uint64(round)))
	ws.SetUser("Crash Child")
	logFile, err := os.OpenFile(os.Getenv(crashEnvLog), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	log := bufio.NewWriter(logFile)
	record := func(r crashRecord) {
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		log.Write(data)
		log.WriteByte('\n')
		// One write per record; fsync too, as a save would, though a
		// killed process loses nothing it has written.
		if err := log.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := logFile.Sync(); err != nil {
			t.Fatal(err)
		}
	}
	fmt.Println("crash child ready")
	for r := round; ; r++ {
		start := time.Now()
		if err := ws.Do(crashRound(r)); err != nil {
			t.Fatal(err)
		}
		keys := ws.Dirty()
		slices.SortFunc(keys, compareKeys)
		rec := crashRecord{Round: r}
		for _, k := range keys {
			f := crashFile{Path: Path(k)}
			if e, ok := ws.Get(k); ok {
				if f.Data, err = Encode(e); err != nil {
					t.Fatal(err)
				}
			} else {
				f.Removed = true
			}
			rec.Files = append(rec.Files, f)
		}
		record(rec)
		if _, err := s.Save(ws); err != nil {
			t.Fatal(err)
		}
		record(crashRecord{Round: r, Saved: true, Took: time.Since(start)})
		if r == round {
			fmt.Println("crash child saved")
		}
	}
}

// crashID returns the ID of an entity made in round r.
func crashID(prefix string, r int, suffix string) string {
	return fmt.Sprintf("%s-r%06d%s", prefix, r, suffix)
}

// crashRound is the edit of round r: one command that changes many
// entities, creating and removing references. It goes from whatever state
// the workspace is in, since a kill may have cut the previous round short.
//
//   - ten base items are renamed with the round number;
//   - release rel-one, which the base items are in, is edited;
//   - a release and two items are created: b is in the new release and
//     depends on the previous round's b; a depends on b (a new item on a
//     new item, as an import or the undo of a delete makes);
//   - a base item starts depending on the new b, the one that depended on
//     the previous b stops, and a base item moves to the new release;
//   - the items and the release of round r-2 are deleted with app.Delete,
//     which removes every reference to them.
func crashRound(r int) app.Command {
	return app.Func{Desc: fmt.Sprintf("Crash round %d", r), Fn: func(tx *app.Tx) error {
		ws := tx.Workspace()
		var base []string
		for _, it := range ws.Items() {
			if slices.Contains(it.Tags, "base") {
				base = append(base, it.ID)
			}
		}
		slices.Sort(base)
		n := len(base)
		if n == 0 {
			return errors.New("no base items")
		}
		for j := range 10 {
			id := base[(r*10+j)%n]
			it, err := app.Edit[*app.Item](tx, app.KindItem, id)
			if err != nil {
				return err
			}
			it.Title = fmt.Sprintf("Base item %s, renamed in round %d", id, r)
		}
		rel, err := app.Edit[*app.Release](tx, app.KindRelease, "rel-one")
		if err != nil {
			return err
		}
		rel.LaunchNotes = fmt.Sprintf("Notes of round %d", r)
		rel.Capacity = float64(40 + r%10)

		relID := crashID("rel", r, "")
		if err := app.Create(&app.Release{ID: relID, Name: fmt.Sprintf("Round %d", r), Capacity: 10}).Apply(tx); err != nil {
			return err
		}
		prevB := crashID("item", r-1, "-b")
		b := &app.Item{ID: crashID("item", r, "-b"), Type: app.TypeChore, Title: fmt.Sprintf("B of round %d", r),
			Status: app.StatusNew, Release: relID, Initiative: "init-base"}
		if ws.Has(app.KindItem, prevB) {
			b.DependsOn = []string{prevB}
		}
		if err := app.Create(b).Apply(tx); err != nil {
			return err
		}
		a := &app.Item{ID: crashID("item", r, "-a"), Type: app.TypeBug, Title: fmt.Sprintf("A of round %d", r),
			Status: app.StatusNew, DependsOn: []string{b.ID}}
		if err := app.Create(a).Apply(tx); err != nil {
			return err
		}

		if err := app.AddDependency(base[r%n], b.ID).Apply(tx); err != nil {
			return err
		}
		if ws.Has(app.KindItem, prevB) {
			if err := app.RemoveDependency(base[(r+n-1)%n], prevB).Apply(tx); err != nil {
				return err
			}
		}
		moved, err := app.Edit[*app.Item](tx, app.KindItem, base[(r+3)%n])
		if err != nil {
			return err
		}
		moved.Release = relID

		for _, k := range []app.Key{
			{Kind: app.KindItem, ID: crashID("item", r-2, "-a")},
			{Kind: app.KindItem, ID: crashID("item", r-2, "-b")},
			{Kind: app.KindRelease, ID: crashID("rel", r-2, "")},
		} {
			if ws.Has(k.Kind, k.ID) {
				if err := app.Delete(k).Apply(tx); err != nil {
					return err
				}
			}
		}
		return nil
	}}
}

package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestWatchReportsExternalChanges(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	calls := make(chan struct{}, 10)
	w, err := Watch(dir, 50*time.Millisecond, func() { calls <- struct{}{} })
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	// A burst of changes, like a git pull, gives one call.
	for i := range 5 {
		f := filepath.Join(dir, "items", "item-full.json")
		data, _ := os.ReadFile(f)
		os.WriteFile(f, append(data, byte(' '+i)), 0o644)
	}
	select {
	case <-calls:
	case <-time.After(5 * time.Second):
		t.Fatal("no call after files changed")
	}
	select {
	case <-calls:
		t.Fatal("a burst gave more than one call")
	case <-time.After(300 * time.Millisecond):
	}
	// A kind folder created by someone else is watched too.
	os.MkdirAll(filepath.Join(dir, "milestones"), 0o755)
	os.WriteFile(filepath.Join(dir, "lanes", "lane-x.json"), []byte("{}"), 0o644)
	select {
	case <-calls:
	case <-time.After(5 * time.Second):
		t.Fatal("no call after a file was added")
	}
}

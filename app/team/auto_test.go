package team

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestSyncerOneAtATime(t *testing.T) {
	var runs, at atomic.Int32
	var overlap atomic.Bool
	release := make(chan struct{})
	s := NewSyncer(func() {
		if at.Add(1) > 1 {
			overlap.Store(true)
		}
		runs.Add(1)
		<-release
		at.Add(-1)
	})
	if !s.Start() {
		t.Fatal("the first sync did not start")
	}
	for !s.Running() {
		time.Sleep(time.Millisecond)
	}
	if s.Start() {
		t.Fatal("a second sync started beside the first")
	}
	quit := make(chan struct{})
	go func() { s.Now(); close(quit) }() // on quit: waits, then syncs once more
	close(release)
	<-quit
	if runs.Load() != 2 || overlap.Load() || s.Running() {
		t.Fatalf("runs %d, overlap %v, running %v", runs.Load(), overlap.Load(), s.Running())
	}
}

func TestSyncerEvery(t *testing.T) {
	ran := make(chan struct{}, 10)
	s := NewSyncer(func() { ran <- struct{}{} })
	s.Every(5 * time.Millisecond)
	for range 2 {
		select {
		case <-ran:
		case <-time.After(10 * time.Second):
			t.Fatal("auto-sync did not run")
		}
	}
	s.Every(0) // off
	for s.Running() {
		time.Sleep(time.Millisecond)
	}
	for len(ran) > 0 {
		<-ran
	}
	time.Sleep(30 * time.Millisecond)
	if len(ran) != 0 {
		t.Fatal("auto-sync ran after it was turned off")
	}
}

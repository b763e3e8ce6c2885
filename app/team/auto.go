package team

import (
	"sync"
	"time"
)

// Syncer runs one sync at a time for the window: the Sync button, the
// auto-sync timer and the sync on quit all go through it, so two never
// run at once. It runs nothing itself on the UI goroutine.
type Syncer struct {
	run func()

	mu      sync.Mutex
	running bool
	stop    chan struct{}
	done    chan struct{}
}

// NewSyncer returns a Syncer that calls run for each sync; run blocks
// until the sync is over (it runs off the UI goroutine, and reports back
// through fyne.Do).
func NewSyncer(run func()) *Syncer { return &Syncer{run: run} }

// Start runs a sync in a goroutine of its own, unless one is running; it
// reports whether it started one.
func (s *Syncer) Start() bool {
	if !s.claim() {
		return false
	}
	go func() {
		defer s.release()
		s.run()
	}()
	return true
}

// Now runs a sync and waits for it (on quit), or waits for the one
// running to end.
func (s *Syncer) Now() {
	for !s.claim() {
		time.Sleep(20 * time.Millisecond)
	}
	defer s.release()
	s.run()
}

// Running reports whether a sync is under way.
func (s *Syncer) Running() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.running
}

func (s *Syncer) claim() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running {
		return false
	}
	s.running = true
	return true
}

func (s *Syncer) release() {
	s.mu.Lock()
	s.running = false
	s.mu.Unlock()
}

// Every starts syncing every interval (the auto-sync setting, in
// minutes); 0 or less stops it. A tick while a sync runs is skipped.
func (s *Syncer) Every(interval time.Duration) {
	s.Stop()
	if interval <= 0 {
		return
	}
	stop, done := make(chan struct{}), make(chan struct{})
	s.mu.Lock()
	s.stop, s.done = stop, done
	s.mu.Unlock()
	go func() {
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				s.Start()
			}
		}
	}()
}

// Stop ends the auto-sync timer; a sync under way runs to its end.
func (s *Syncer) Stop() {
	s.mu.Lock()
	stop, done := s.stop, s.done
	s.stop, s.done = nil, nil
	s.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
	}
}

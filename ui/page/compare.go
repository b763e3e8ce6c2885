package page

import (
	"canopy/app"
	"canopy/app/diff"
)

// Comparison is an earlier version of the plan that the window compares
// the workspace with (Roadmap ▸ Compare with…).
type Comparison struct {
	// Name says which version it is: "baseline q4 (saved 2026-11-20)",
	// "v1 (abc1234, 2026-10-01)".
	Name string
	// Old is the earlier version. It is read-only and shares nothing with
	// the workspace: the window reads it from git or a baseline file.
	Old *app.Workspace
	// Diff is what changed from Old to the workspace as it is now; the
	// window computes it again after every change of the workspace.
	Diff *diff.Diff
}

// Comparing holds the comparison the window shows, if any, and tells the
// pages that follow it when it starts, changes or stops. Its methods run on
// the UI goroutine; a nil *Comparing compares with nothing.
type Comparing struct {
	cur  *Comparison
	subs map[int]func(*Comparison)
	next int
}

// Current returns the comparison shown, or nil.
func (c *Comparing) Current() *Comparison {
	if c == nil {
		return nil
	}
	return c.cur
}

// Set shows the comparison x (nil stops comparing) and tells the followers.
func (c *Comparing) Set(x *Comparison) {
	c.cur = x
	for i := range c.next {
		if f := c.subs[i]; f != nil {
			f(x)
		}
	}
}

// follow calls f with the comparison after each Set until stop.
func (c *Comparing) follow(f func(*Comparison)) (stop func()) {
	if c.subs == nil {
		c.subs = map[int]func(*Comparison){}
	}
	id := c.next
	c.next++
	c.subs[id] = f
	return func() { delete(c.subs, id) }
}

// FollowCompare calls f with the comparison each time it starts, changes
// (after an edit) or stops (nil), until Close. Nothing happens in an
// environment without a Compare.
func (e *Env) FollowCompare(f func(*Comparison)) {
	if e.Compare == nil {
		return
	}
	e.unsubscribe = append(e.unsubscribe, e.Compare.follow(f))
}

package app

import (
	"errors"
	"strings"
	"testing"
	"time"
)

var testNow = time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)

// newTestWS returns an empty workspace with a fixed clock and seeded IDs.
func newTestWS(t *testing.T) *Workspace {
	t.Helper()
	ws := NewWorkspace(Product{Name: "Test product"})
	ws.SetClock(FixedClock{T: testNow})
	ws.SetIDSource(SeededIDs(1))
	ws.SetUser("po")
	return ws
}

// put adds entities in one command and fails the test on error.
func put(t *testing.T, ws *Workspace, es ...Entity) {
	t.Helper()
	err := ws.Do(Func{Desc: "seed", Fn: func(tx *Tx) error {
		for _, e := range es {
			if err := tx.Put(e); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
}

// item returns a valid New item with the ID and title.
func item(id, title string) *Item {
	return &Item{ID: id, Type: TypeStory, Title: title, Status: StatusNew}
}

// groomed returns a valid Ready item with one criterion and an estimate.
func groomed(id, title string) *Item {
	it := item(id, title)
	it.Status = StatusReady
	it.Estimate = 3
	it.Criteria = []Criterion{{Text: "works"}}
	return it
}

// detailed returns err's message followed by the Detail of each rule
// error in it, for tests that pin a rule by its field and wording.
func detailed(err error) string {
	s := err.Error()
	var ps Problems
	var re *RuleError
	switch {
	case errors.As(err, &ps):
		for _, p := range ps {
			s += "\n" + p.Detail()
		}
	case errors.As(err, &re):
		s += "\n" + re.Detail()
	}
	return s
}

// wantErr checks that err is nil when want is "", else that it mentions
// want, in its message or in the Detail of its rule errors.
func wantErr(t *testing.T, err error, want string) {
	t.Helper()
	switch {
	case want == "" && err != nil:
		t.Fatalf("unexpected error: %v", err)
	case want != "" && err == nil:
		t.Fatalf("no error, want one mentioning %q", want)
	case want != "" && !strings.Contains(detailed(err), want):
		t.Fatalf("error %q does not mention %q", err, want)
	case want != "" && !errors.Is(err, ErrRule) && !errors.Is(err, ErrNotFound):
		t.Fatalf("error %q wraps neither ErrRule nor ErrNotFound", err)
	}
}

package form

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestSelectCommitsPicksAndRefusals(t *testing.T) {
	test.NewTempApp(t)
	var commits []string
	refuse := false
	var shown error
	s := NewSelect([]string{"Must", "Should", "Could"}, func(v string) error {
		if refuse {
			return errors.New("refused")
		}
		commits = append(commits, v)
		return nil
	})
	s.OnError = func(err error) { shown = err }
	s.SetValue("Must")
	if len(commits) != 0 || s.Selected != "Must" {
		t.Fatalf("SetValue committed %v or shows %q", commits, s.Selected)
	}
	s.SetSelected("Should")
	if len(commits) != 1 || commits[0] != "Should" || s.Value() != "Should" {
		t.Fatalf("after pick: commits %v value %q", commits, s.Value())
	}
	s.SetSelected("Should") // the same option again commits nothing
	if len(commits) != 1 {
		t.Fatalf("same option committed again: %v", commits)
	}
	refuse = true
	s.SetSelected("Could")
	if shown == nil || s.Selected != "Should" || s.Value() != "Should" {
		t.Fatalf("refused pick: error %v selected %q value %q", shown, s.Selected, s.Value())
	}
	// A value the options do not hold is shown as it is.
	s.SetValue("init-gone")
	if s.Selected != "init-gone" || len(commits) != 1 {
		t.Fatalf("unknown value: selected %q commits %v", s.Selected, commits)
	}
}

func TestCheckCommitsTicksAndRefusals(t *testing.T) {
	test.NewTempApp(t)
	var commits []bool
	refuse := false
	var shown error
	c := NewCheck("Met", func(on bool) error {
		if refuse {
			return errors.New("refused")
		}
		commits = append(commits, on)
		return nil
	})
	c.OnError = func(err error) { shown = err }
	c.SetValue(true)
	if len(commits) != 0 || !c.Checked {
		t.Fatalf("SetValue committed %v or shows %v", commits, c.Checked)
	}
	test.Tap(c)
	if len(commits) != 1 || commits[0] || c.Value() {
		t.Fatalf("after tap: commits %v value %v", commits, c.Value())
	}
	refuse = true
	test.Tap(c)
	if shown == nil || c.Checked || c.Value() {
		t.Fatalf("refused tick: error %v checked %v", shown, c.Checked)
	}
}

package form

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestEntryCommitsOnFocusLossAndEnter(t *testing.T) {
	test.NewTempApp(t)
	var commits []string
	refuse := false
	var shown error
	e := NewEntry(func(s string) error {
		if refuse {
			return errors.New("title is required")
		}
		commits = append(commits, s)
		return nil
	})
	e.OnError = func(err error) { shown = err }
	e.SetValue("Old")
	w := test.NewTempWindow(t, e)
	w.Resize(fyne.NewSize(300, 60))

	w.Canvas().Focus(e)
	e.SetText("")
	test.Type(e, "New")
	if len(commits) != 0 {
		t.Fatalf("committed while typing: %v", commits)
	}
	w.Canvas().Unfocus()
	if len(commits) != 1 || commits[0] != "New" || e.Value() != "New" {
		t.Fatalf("after focus loss: commits %v value %q", commits, e.Value())
	}
	w.Canvas().Focus(e)
	test.Type(e, "er")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(commits) != 2 || commits[1] != "Newer" {
		t.Fatalf("after Enter: %v", commits)
	}
	// Unchanged text commits nothing.
	w.Canvas().Unfocus()
	if len(commits) != 2 {
		t.Fatalf("unchanged text committed: %v", commits)
	}
	// Escape puts the field back; leaving it then commits nothing.
	w.Canvas().Focus(e)
	test.Type(e, " draft")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if e.Text != "Newer" {
		t.Fatalf("after Escape the field shows %q, want the committed %q", e.Text, "Newer")
	}
	w.Canvas().Unfocus()
	if len(commits) != 2 {
		t.Fatalf("Escape then leaving committed: %v", commits)
	}
	// A refused commit shows the error and puts the last good value back.
	refuse = true
	w.Canvas().Focus(e)
	e.SetText("")
	w.Canvas().Unfocus()
	if shown == nil || e.Text != "Newer" || e.Value() != "Newer" {
		t.Fatalf("refused commit: error %v text %q", shown, e.Text)
	}
}

package form

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Entry is a text field that commits its text as one edit when it loses
// focus or, for a single line, when Enter is pressed.
type Entry struct {
	widget.Entry
	committed string
	set       bool // SetValue was called
	commit    func(string) error
	// OnError is called with a refused commit's error; the field then shows
	// the last good value again.
	OnError func(error)
	// OnLeft, if set, is called after the field lost focus and committed.
	OnLeft func()
}

var _ fyne.Focusable = (*Entry)(nil)

// NewEntry returns a single-line field that calls commit with its new text.
func NewEntry(commit func(string) error) *Entry {
	e := &Entry{commit: commit}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrapOff
	e.OnSubmitted = func(string) { e.Commit() }
	return e
}

// NewMultiLineEntry returns a wrapping field of several lines; Enter adds a
// line and the text commits when the field loses focus.
func NewMultiLineEntry(commit func(string) error) *Entry {
	e := &Entry{commit: commit}
	e.ExtendBaseWidget(e)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// SetValue shows v as the committed value without committing it; editors
// call it when the data changes under them. When v is the value already
// committed, text being typed in the field is left alone.
func (e *Entry) SetValue(v string) {
	if v == e.committed && e.set {
		return
	}
	e.committed, e.set = v, true
	if e.Text != v {
		e.SetText(v)
	}
}

// Value returns the last committed value.
func (e *Entry) Value() string { return e.committed }

// Commit commits the text now if it changed; it returns the refusal, if any.
func (e *Entry) Commit() error {
	if e.Text == e.committed || e.commit == nil {
		return nil
	}
	if err := e.commit(e.Text); err != nil {
		e.SetText(e.committed)
		if e.OnError != nil {
			e.OnError(err)
		}
		return err
	}
	e.committed = e.Text
	return nil
}

// FocusLost commits the edit.
func (e *Entry) FocusLost() {
	e.Entry.FocusLost()
	e.Commit()
	if e.OnLeft != nil {
		e.OnLeft()
	}
}

// TypedKey puts the field back to its committed value on Escape, so that
// leaving it afterwards commits nothing; every other key is the entry's.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		if e.Text != e.committed {
			e.SetText(e.committed)
		}
		return
	}
	e.Entry.TypedKey(k)
}

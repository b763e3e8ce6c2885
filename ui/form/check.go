package form

import "fyne.io/fyne/v2/widget"

// Check is a check box that commits each tick as one edit.
type Check struct {
	widget.Check
	committed bool
	commit    func(bool) error
	// OnError is called with a refused commit's error; the box then shows
	// the last good state again.
	OnError func(error)
}

// NewCheck returns a check box labelled label that calls commit with its new
// state when the user ticks or unticks it.
func NewCheck(label string, commit func(bool) error) *Check {
	c := &Check{commit: commit}
	c.Text = label
	c.ExtendBaseWidget(c)
	c.OnChanged = c.onChanged
	return c
}

func (c *Check) onChanged(on bool) {
	if on == c.committed || c.commit == nil {
		return
	}
	if err := c.commit(on); err != nil {
		c.Checked = c.committed
		c.Refresh()
		if c.OnError != nil {
			c.OnError(err)
		}
		return
	}
	c.committed = on
}

// SetValue shows on as the committed state without committing it.
func (c *Check) SetValue(on bool) {
	c.committed = on
	if c.Checked != on {
		c.Checked = on
		c.Refresh()
	}
}

// Value returns the last committed state.
func (c *Check) Value() bool { return c.committed }

package form

import "fyne.io/fyne/v2/widget"

// Select is a drop-down list that commits the chosen option as one edit.
type Select struct {
	widget.Select
	committed string
	commit    func(string) error
	// OnError is called with a refused commit's error; the list then shows
	// the last good option again.
	OnError func(error)
}

// NewSelect returns a drop-down of options that calls commit with the option
// the user picks.
func NewSelect(options []string, commit func(string) error) *Select {
	s := &Select{commit: commit}
	s.Options = options
	s.ExtendBaseWidget(s)
	s.OnChanged = s.onChanged
	return s
}

func (s *Select) onChanged(v string) {
	if v == s.committed || s.commit == nil {
		return
	}
	if err := s.commit(v); err != nil {
		s.show(s.committed)
		if s.OnError != nil {
			s.OnError(err)
		}
		return
	}
	s.committed = v
}

// show selects v without calling OnChanged; v need not be one of the
// options (a value the list does not offer is shown as it is).
func (s *Select) show(v string) {
	if s.Selected != v {
		s.Selected = v
		s.Refresh()
	}
}

// SetValue shows v as the committed option without committing it; editors
// call it when the data changes under them.
func (s *Select) SetValue(v string) {
	s.committed = v
	s.show(v)
}

// Value returns the last committed option.
func (s *Select) Value() string { return s.committed }

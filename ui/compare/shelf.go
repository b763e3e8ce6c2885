package compare

import "time"

// Baseline is a saved baseline as the lists show it: its name and when it
// was saved.
type Baseline struct {
	Name    string
	SavedAt time.Time
}

// Shelf is what the baselines' list needs from the window, which keeps the
// baselines with the store: list them, save the plan as it is now under a
// name, delete one. Its errors are shown as they are: they name the
// baseline and say what to do.
type Shelf interface {
	// List returns the baselines, oldest first; problems name the files
	// that could not be read, err says why none could be listed.
	List() (bs []Baseline, problems []error, err error)
	// Save saves the plan as it is now as the baseline name; a bad or
	// taken name is refused.
	Save(name string) error
	// Delete deletes the baseline name.
	Delete(name string) error
}

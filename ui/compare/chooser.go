package compare

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/gitrev"
	"canopy/app/since"
)

// Choices are the versions the window offers to compare with.
type Choices struct {
	Baselines []Baseline
	// Commits are the latest commits that changed the workspace, latest
	// first.
	Commits []gitrev.Revision
}

// LoadChoices lists the baselines on the shelf and the last n commits of
// the workspace in dir; a workspace outside git has no commits, and that is
// no error. The problems name what could not be read. It runs git: call it
// off the UI goroutine.
func LoadChoices(shelf Shelf, dir string, n int) (Choices, []error) {
	var c Choices
	var problems []error
	bs, bad, err := shelf.List()
	problems = append(problems, bad...)
	if err != nil {
		problems = append(problems, err)
	}
	c.Baselines = bs
	commits, err := gitrev.Recent(dir, n)
	if err != nil && !errors.Is(err, gitrev.ErrNotRepo) && !errors.Is(err, gitrev.ErrNoGit) {
		problems = append(problems, err)
	}
	c.Commits = commits
	return c, problems
}

// dayChoice is the chooser's last option: a day typed in.
const dayChoice = "The last commit before a day…"

// Chooser asks what to compare with: a baseline, a recent commit (by date
// and message), or the last commit before a day. Compare calls OnChoose.
type Chooser struct {
	widget.BaseWidget
	// OnChoose receives the version chosen.
	OnChoose func(since.Source)

	choices Choices
	options []string
	pick    *widget.Select
	day     *widget.Entry
	problem *widget.Label
	compare *widget.Button
}

// NewChooser returns a chooser offering the choices.
func NewChooser(c Choices) *Chooser {
	ch := &Chooser{choices: c}
	for _, b := range c.Baselines {
		ch.options = append(ch.options, fmt.Sprintf("Baseline %s (saved %s)", b.Name, b.SavedAt.Local().Format("2006-01-02")))
	}
	for _, r := range c.Commits {
		ch.options = append(ch.options, fmt.Sprintf("%s · %s (%.7s)", r.When.Local().Format("2006-01-02"), r.Subject, r.Commit))
	}
	ch.options = append(ch.options, dayChoice)
	ch.day = widget.NewEntry()
	ch.day.SetPlaceHolder("YYYY-MM-DD")
	ch.day.Disable()
	ch.pick = widget.NewSelect(ch.options, func(s string) {
		if s == dayChoice {
			ch.day.Enable()
		} else {
			ch.day.Disable()
		}
	})
	ch.pick.PlaceHolder = "Compare with…"
	ch.problem = widget.NewLabel("")
	ch.problem.Importance = widget.DangerImportance
	ch.problem.Wrapping = fyne.TextWrapWord
	ch.compare = widget.NewButton("Compare", ch.onCompare)
	ch.compare.Importance = widget.HighImportance
	ch.ExtendBaseWidget(ch)
	return ch
}

// Options returns the choices offered, in order.
func (ch *Chooser) Options() []string { return ch.options }

// Choose picks the option with the text, as the user does.
func (ch *Chooser) Choose(option string) { ch.pick.SetSelected(option) }

// SetDay types a day for the last option.
func (ch *Chooser) SetDay(s string) { ch.day.SetText(s) }

// Problem returns the message shown under the choices, if any.
func (ch *Chooser) Problem() string { return ch.problem.Text }

// Compare presses the Compare button.
func (ch *Chooser) Compare() { ch.onCompare() }

func (ch *Chooser) onCompare() {
	src, err := ch.source()
	if err != nil {
		ch.problem.SetText(err.Error())
		return
	}
	ch.problem.SetText("")
	if ch.OnChoose != nil {
		ch.OnChoose(src)
	}
}

// source returns the version the choice names.
func (ch *Chooser) source() (since.Source, error) {
	i := ch.pick.SelectedIndex()
	switch {
	case i < 0:
		return since.Source{}, errors.New("choose a baseline, a commit or a day")
	case i < len(ch.choices.Baselines):
		return since.Source{Baseline: ch.choices.Baselines[i].Name}, nil
	case i < len(ch.choices.Baselines)+len(ch.choices.Commits):
		return since.Source{Rev: ch.choices.Commits[i-len(ch.choices.Baselines)].Commit}, nil
	}
	d, err := app.ParseDate(ch.day.Text)
	if err != nil || d.IsZero() {
		return since.Source{}, fmt.Errorf("type the day as YYYY-MM-DD, such as 2026-09-30 (%q is not a day)", ch.day.Text)
	}
	return since.Source{Day: d}, nil
}

// CreateRenderer lays the chooser out as a small form.
func (ch *Chooser) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewVBox(ch.pick, ch.day, ch.problem, container.NewHBox(ch.compare)))
}

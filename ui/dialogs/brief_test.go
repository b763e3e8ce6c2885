package dialogs

import (
	"reflect"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/export/brief"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

func TestBriefDialogOptions(t *testing.T) {
	test.NewTempApp(t)
	b := newBriefDialog(nil)
	opt, err := b.options()
	if err != nil || opt.Paper != brief.PaperA4 || opt.Landscape || opt.Summary || !slices.Equal(opt.Sections, brief.Sections) {
		t.Fatalf("defaults: %+v, %v", opt, err)
	}
	b.paper.SetSelected(paperLetter)
	b.orient.SetSelected(orientLand)
	b.from.SetText("2026-03-01")
	b.to.SetText("2026-05-31")
	selectSections(b, app.DocRisks, app.DocRoadmap)
	opt, err = b.options()
	if err != nil || opt.Paper != brief.PaperLetter || !opt.Landscape || opt.From != app.MustDate("2026-03-01") || opt.To != app.MustDate("2026-06-01") ||
		!slices.Equal(opt.Sections, []brief.Section{app.DocRoadmap, app.DocRisks}) {
		t.Fatalf("chosen: %+v, %v", opt, err)
	}
	b.audience.SetSelected(briefSummary)
	if !b.sections[0].Disabled() {
		t.Error("the sections stay enabled for the executive summary")
	}
	if opt, err = b.options(); err != nil || !opt.Summary || opt.Sections != nil {
		t.Errorf("summary: %+v, %v", opt, err)
	}
	for _, c := range []struct {
		from, to string
		sections []brief.Section
		want     string
	}{
		{"March", "", nil, `roadmap from: date "March": want YYYY-MM-DD`},
		{"2026-05-01", "2026-03-01", nil, "the roadmap ends (2026-03-01) before it starts (2026-05-01)"},
		{"", "", []brief.Section{}, "choose at least one section"},
	} {
		b.audience.SetSelected(briefFull)
		b.from.SetText(c.from)
		b.to.SetText(c.to)
		if c.sections != nil {
			selectSections(b, c.sections...)
		}
		if _, err := b.options(); err == nil || err.Error() != c.want {
			t.Errorf("from %q to %q: error %v, want %q", c.from, c.to, err, c.want)
		}
	}
}

// selectSections checks the sections given and unchecks the others.
func selectSections(b *briefDialog, secs ...brief.Section) {
	for i, c := range b.sections {
		c.SetChecked(slices.Contains(secs, brief.Sections[i]))
	}
}

// briefDialogState is what a brief dialog shows, for comparisons.
type briefDialogState struct {
	audience, paper, orient, from, to string
	sections                          []brief.Section
}

func stateOf(b *briefDialog) briefDialogState {
	st := briefDialogState{audience: b.audience.Selected, paper: b.paper.Selected, orient: b.orient.Selected, from: b.from.Text, to: b.to.Text}
	for i, c := range b.sections {
		if c.Checked {
			st.sections = append(st.sections, brief.Sections[i])
		}
	}
	return st
}

func (s briefDialogState) equal(o briefDialogState) bool {
	return s.audience == o.audience && s.paper == o.paper && s.orient == o.orient && s.from == o.from && s.to == o.to &&
		slices.Equal(s.sections, o.sections)
}

// defaultBriefState is the dialog the first time: the full brief of every
// section on A4 portrait, the roadmap's months that hold work.
var defaultBriefState = briefDialogState{audience: briefFull, paper: paperA4, orient: orientPort, sections: brief.Sections}

// TestBriefDialogRemembers sets the options, confirms them, and opens the
// dialog again on the same preferences: the options come back, and the
// brief they make is the same.
func TestBriefDialogRemembers(t *testing.T) {
	p := test.NewTempApp(t).Preferences()
	if got := stateOf(newBriefDialog(p)); !got.equal(defaultBriefState) {
		t.Fatalf("first time: %+v, want %+v", got, defaultBriefState)
	}
	for _, c := range []struct {
		name string
		set  func(b *briefDialog)
		want briefDialogState
	}{
		{"letter landscape, two sections and a range", func(b *briefDialog) {
			b.paper.SetSelected(paperLetter)
			b.orient.SetSelected(orientLand)
			b.from.SetText("2026-03-01")
			b.to.SetText(" 2026-05-31")
			selectSections(b, app.DocRisks, app.DocRoadmap)
		}, briefDialogState{audience: briefFull, paper: paperLetter, orient: orientLand, from: "2026-03-01", to: "2026-05-31",
			sections: []brief.Section{app.DocRoadmap, app.DocRisks}}},
		{"the summary, the range cleared", func(b *briefDialog) {
			b.audience.SetSelected(briefSummary)
			b.from.SetText("")
			b.to.SetText("")
		}, briefDialogState{audience: briefSummary, paper: paperLetter, orient: orientLand,
			sections: []brief.Section{app.DocRoadmap, app.DocRisks}}},
		{"back to A4 portrait", func(b *briefDialog) {
			b.paper.SetSelected(paperA4)
			b.orient.SetSelected(orientPort)
		}, briefDialogState{audience: briefSummary, paper: paperA4, orient: orientPort,
			sections: []brief.Section{app.DocRoadmap, app.DocRisks}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newBriefDialog(p)
			c.set(b)
			opt, err := b.options()
			if err != nil {
				t.Fatal(err)
			}
			saveBriefChoices(p, b.choices())
			again := newBriefDialog(p)
			if got := stateOf(again); !got.equal(c.want) {
				t.Errorf("reopened: %+v, want %+v", got, c.want)
			}
			if got, err := again.options(); err != nil || !reflect.DeepEqual(got, opt) {
				t.Errorf("reopened options %+v, %v; want %+v", got, err, opt)
			}
			if c.want.audience == briefSummary && !again.sections[0].Disabled() {
				t.Error("the sections are enabled under the remembered summary")
			}
		})
	}
}

// TestBriefDialogBadPrefs stores values the dialog does not know: each
// falls back to its default, the others stay.
func TestBriefDialogBadPrefs(t *testing.T) {
	for _, c := range []struct {
		name string
		set  func(p fyne.Preferences)
		want briefDialogState
	}{
		{"all bad", func(p fyne.Preferences) {
			p.SetString(page.PrefBriefPaper, "a3")
			p.SetString(page.PrefBriefOrientation, "sideways")
			p.SetString(page.PrefBriefAudience, "board")
			p.SetStringList(page.PrefBriefSections, []string{"budget", ""})
			p.SetString(page.PrefBriefFrom, "March")
			p.SetString(page.PrefBriefTo, "2026-13-40")
		}, defaultBriefState},
		{"a range ending before it starts", func(p fyne.Preferences) {
			p.SetString(page.PrefBriefPaper, "letter")
			p.SetString(page.PrefBriefFrom, "2026-05-01")
			p.SetString(page.PrefBriefTo, "2026-03-01")
		}, briefDialogState{audience: briefFull, paper: paperLetter, orient: orientPort, sections: brief.Sections}},
		{"one known section among unknown ones", func(p fyne.Preferences) {
			p.SetStringList(page.PrefBriefSections, []string{"budget", "goals", "Goals"})
			p.SetString(page.PrefBriefFrom, "2026-02-01")
		}, briefDialogState{audience: briefFull, paper: paperA4, orient: orientPort, from: "2026-02-01",
			sections: []brief.Section{app.DocGoals}}},
		{"a value of another type", func(p fyne.Preferences) {
			p.SetBool(page.PrefBriefPaper, true)
			p.SetInt(page.PrefBriefAudience, 1)
		}, defaultBriefState},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := test.NewTempApp(t).Preferences()
			c.set(p)
			b := newBriefDialog(p)
			if got := stateOf(b); !got.equal(c.want) {
				t.Errorf("dialog %+v, want %+v", got, c.want)
			}
			if _, err := b.options(); err != nil {
				t.Errorf("options: %v", err)
			}
		})
	}
}

// TestBriefDialogFromTheWindow chooses options in File ▸ Export ▸ Strategy
// brief…, confirms, and opens the dialog again: it shows them. Cancelling
// keeps nothing.
func TestBriefDialogFromTheWindow(t *testing.T) {
	h := newTestHost(t, uitest.SeedWorkspace(t))
	open := func() (*briefDialogState, fyne.CanvasObject, []*widget.RadioGroup, []*widget.Check, []*widget.Entry) {
		h.OnExportBrief()
		top := uitest.WaitForDialog(t, h.Win, "Sections of the full brief")
		var radios []*widget.RadioGroup
		var checks []*widget.Check
		var entries []*widget.Entry
		uitest.Visit(top, func(o fyne.CanvasObject) bool {
			switch x := o.(type) {
			case *widget.RadioGroup:
				radios = append(radios, x)
				return false
			case *widget.Check:
				checks = append(checks, x)
				return false
			case *widget.Entry:
				entries = append(entries, x)
				return false
			}
			return true
		})
		if len(radios) != 3 || len(checks) != len(brief.Sections) || len(entries) != 2 {
			t.Fatalf("the dialog has %d radio groups, %d checks, %d entries", len(radios), len(checks), len(entries))
		}
		st := &briefDialogState{audience: radios[0].Selected, paper: radios[1].Selected, orient: radios[2].Selected, from: entries[0].Text, to: entries[1].Text}
		for i, c := range checks {
			if c.Checked {
				st.sections = append(st.sections, brief.Sections[i])
			}
		}
		return st, top, radios, checks, entries
	}
	st, top, radios, checks, entries := open()
	if !st.equal(defaultBriefState) {
		t.Fatalf("first time: %+v", *st)
	}
	entries[0].SetText("2026-02-01")
	radios[1].SetSelected(paperLetter)
	radios[2].SetSelected(orientLand)
	checks[0].SetChecked(false)
	test.Tap(uitest.Button(top, "Choose file…"))
	uitest.WaitUntil(t, func() bool {
		top := h.Win.Canvas().Overlays().Top()
		return top != nil && !uitest.HasText(top, "Sections of the full brief")
	})
	h.Win.Canvas().Overlays().Remove(h.Win.Canvas().Overlays().Top()) // the file dialog
	want := briefDialogState{audience: briefFull, paper: paperLetter, orient: orientLand, from: "2026-02-01", sections: brief.Sections[1:]}
	st, top, radios, _, _ = open()
	if !st.equal(want) {
		t.Errorf("reopened: %+v, want %+v", *st, want)
	}
	radios[1].SetSelected(paperA4)
	test.Tap(uitest.Button(top, "Cancel"))
	st, _, _, _, _ = open()
	if !st.equal(want) {
		t.Errorf("reopened after Cancel: %+v, want %+v", *st, want)
	}
}

// newTestHost returns the dialogs of ws in a shown test window, as the
// window gives them (a refusal shown in a dialog, work off the UI goroutine
// reported back with fyne.Do).
func newTestHost(t *testing.T, ws *app.Workspace) *Host {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1200, 800))
	w.Show()
	return &Host{App: a, Win: w, WS: ws, Dir: "/plans/orchard",
		Do: func(c app.Command) error {
			err := ws.Do(c)
			if err != nil {
				dialog.ShowError(err, w)
			}
			return err
		},
		Busy:  func(bool) {},
		Go:    func(f func()) { go f() },
		Files: anyName{},
	}
}

// anyName takes every file name and leaves errors as they are.
type anyName struct{}

func (anyName) CheckName(string) error             { return nil }
func (anyName) Describe(_ string, err error) error { return err }
